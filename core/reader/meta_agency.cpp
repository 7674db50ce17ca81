// The agency and its kind. Candidates: the title ("晋江市残疾人联合会2017年…"), the page's
// 信息来源, the signature, the body's "由…编制". A title that names the agency without its place
// ("区残联…") yields to a fuller name. Kind (editions.md): a report by/for a 省/市/区/县 人民政府
// as a whole is a government report; everything else — bureaus, 残联, 街道/乡镇 — is a department.
#include "reader/meta_parts.h"

namespace nianbao::meta {
namespace {

constexpr std::string_view kSourceLabels[] = {"信息来源:", "发布机构:", "发布机关:", "来源单位:"};
constexpr size_t kMaxAgency = 30;  // code points

bool plausible(std::string_view a) {
    return !a.empty() && static_cast<unsigned char>(a[0]) >= 0x80 && code_points(a) <= kMaxAgency &&
           !has_sentence_punctuation(a);
}

// The agency part of the title: before the year, or between the year and 政府信息公开.
std::string agency_from_title(std::string_view t) {
    if (starts(t, "关于")) t.remove_prefix(std::string_view("关于").size());
    size_t disclosure = std::string_view::npos;
    for (std::string_view w : {"政府信息公开", "政务公开", "信息公开"}) {
        const size_t p = t.find(w);
        if (p != std::string_view::npos && p < disclosure) disclosure = p;
    }
    if (disclosure == std::string_view::npos) return {};
    size_t year_at = 0, year_end = 0;
    std::string_view a;
    if (year_before_nian(t, 0, &year_at, &year_end) && year_at < disclosure) {
        if (t.substr(year_end, 3) == "度") year_end += 3;
        const std::string_view after_year = t.substr(year_end, disclosure - year_end);
        if (year_at == 0) {
            a = after_year;
        } else if (!after_year.empty() && !starts(after_year, "全") && !starts(after_year, "本")) {
            // "蚌山区2020年度残联政府信息公开…": the place before the year, the body after it.
            return std::string(t.substr(0, year_at)) + std::string(after_year);
        } else {
            a = t.substr(0, year_at);
        }
    } else {
        a = t.substr(0, disclosure);
    }
    for (bool trimmed = true; trimmed;) {  // "某某市人民政府办公室关于2012年…的报告"
        trimmed = false;
        for (std::string_view tail : {"的", "关于"})
            if (ends(a, tail)) {
                a.remove_suffix(tail.size());
                trimmed = true;
            }
    }
    return std::string(a);
}

std::string agency_from_page(const Document& doc) {
    const std::string_view text = doc.text->text;
    for (const Line& line : doc.lines) {
        const std::string_view v = text.substr(line.span.begin, line.span.size());
        for (std::string_view label : kSourceLabels) {
            size_t at = v.find(label);
            if (at == std::string_view::npos) continue;
            at += label.size();
            while (at < v.size() && (v[at] == ' ' || v[at] == '\t')) ++at;
            size_t e = at;
            while (e < v.size() && v[e] != ' ' && v[e] != '\t') ++e;
            const std::string_view a = v.substr(at, e - at);
            if (plausible(a)) return std::string(a);
        }
    }
    return {};
}

// "本报告…由淮安市人民政府办公室根据…编制", "…要求,由蚌山区残联编制" near the top.
std::string agency_from_body(const Document& doc) {
    const std::string_view text = doc.text->text;
    const std::string_view head = text.substr(0, std::min<size_t>(text.size(), 4000));
    constexpr std::string_view kBy = "由";
    for (size_t p = head.find(kBy); p != std::string_view::npos; p = head.find(kBy, p + kBy.size())) {
        const size_t from = p + kBy.size();
        const std::string_view ahead = head.substr(from, 3 * (kMaxAgency + 2));  // the name, then the verb
        size_t best = std::string_view::npos;
        for (std::string_view w : {"编制", "根据", "负责编"}) {
            const size_t q = ahead.find(w);
            if (q != std::string_view::npos && q < best) best = q;
        }
        if (best == std::string_view::npos) continue;
        const std::string a = without_spaces(ahead.substr(0, best));
        if (code_points(a) >= 2 && plausible(a) && !has(a, "\n")) return a;
    }
    return {};
}

// Named without its place: "区残联", "市政府", "县教育局".
bool lacks_place(std::string_view a) {
    if (code_points(a) < 3) return true;
    for (std::string_view p : {"区", "市", "县", "省", "镇", "乡", "本", "我"})
        if (starts(a, p)) return true;
    return false;
}

AgencyKind classify(std::string_view a, std::string& reason) {
    const std::string name(a);
    for (std::string_view local : {"镇人民政府", "乡人民政府", "街道", "办事处"}) {
        if (has(a, local)) {
            reason = "机关“" + name + "”为乡镇人民政府或街道，按部门处理";
            return AgencyKind::Department;
        }
    }
    for (std::string_view gov : {"人民政府", "省政府", "市政府", "区政府", "县政府", "州政府", "旗政府"}) {
        if (ends(a, gov)) {
            reason = "机关“" + name + "”为县级以上地方人民政府";
            return AgencyKind::Government;
        }
    }
    // A bare place name in the title ("北京市2020年…", "海淀区政府信息公开…") is its government.
    for (std::string_view zone : {"开发区", "高新区", "园区", "新区", "景区", "示范区", "保护区", "试验区", "合作区"})
        if (ends(a, zone)) {
            reason = "机关“" + name + "”为开发区等派出机构，按部门处理";
            return AgencyKind::Department;
        }
    for (std::string_view place : {"省", "市", "区", "县", "自治州", "州", "旗", "盟"}) {
        if (ends(a, place) && code_points(a) <= 12) {
            reason = "标题以地名“" + name + "”开头，为该地人民政府的报告";
            return AgencyKind::Government;
        }
    }
    reason = "机关“" + name + "”不是县级以上地方人民政府，按部门处理";
    return AgencyKind::Department;
}

}  // namespace

void read_agency(Document& doc, const std::string& signature_agency) {
    Meta& m = doc.meta;
    const std::string from_title = agency_from_title(m.title);
    m.source_agency = agency_from_page(doc);
    const std::string from_body = agency_from_body(doc);

    if (!from_title.empty() && !lacks_place(from_title)) m.agency = from_title;
    else if (!m.source_agency.empty()) m.agency = m.source_agency;
    else if (plausible(signature_agency)) m.agency = signature_agency;
    else if (!from_body.empty()) m.agency = from_body;
    else m.agency = from_title;

    // The title says whose report it is; a government's report is often compiled by its office.
    std::string reason;
    if (!from_title.empty()) {
        const AgencyKind k = classify(from_title, reason);
        if (k == AgencyKind::Government || m.agency == from_title) {
            m.kind = k;
            m.kind_reason = reason;
            return;
        }
    }
    if (!m.agency.empty()) {
        m.kind = classify(m.agency, reason);
        m.kind_reason = reason;
        return;
    }
    m.kind = AgencyKind::Unknown;
    m.kind_reason = "未找到发布机关";
}

}  // namespace nianbao::meta
