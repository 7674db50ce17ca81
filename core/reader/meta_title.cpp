// The title: the first short line near the top that names 信息公开 and a report (报告/年报/总结),
// joined with the line before it when a PDF wrapped the agency onto its own line
// ("淮安市人民政府\n2024 年政府信息公开工作年度报告") or with the next line when the title itself
// was wrapped. Breadcrumbs, page metadata and the 文号 ("晋残〔2018〕2号") are not titles.
#include "reader/meta_parts.h"

namespace nianbao::meta {
namespace {

constexpr size_t kMaxTitleLines = 60;       // the title sits at the top
constexpr size_t kMaxTitleCodePoints = 60;  // longer lines are paragraphs

bool names_disclosure(std::string_view s) { return has(s, "信息公开") || has(s, "政务公开"); }
bool names_report(std::string_view s) { return has(s, "报告") || has(s, "年报") || has(s, "总结"); }

// Lines that look like titles but are page chrome (when read_clutter did not flag them).
bool is_chrome(std::string_view s) {
    for (std::string_view w : {">", "首页", "当前位置", "现在的位置", "发布时间", "信息来源", "索引号"})
        if (has(s, w)) return true;
    for (std::string_view ext : {".pdf", ".doc", ".docx", ".wps", ".PDF", ".DOC", ".DOCX"})
        if (ends(s, ext)) return true;
    return false;
}

// 文号: "晋残〔2018〕2号", "X政办发[2021]3号".
bool is_doc_number(std::string_view s) {
    if (!ends(s, "号") || code_points(s) > 30 || names_report(s)) return false;
    return has(s, "〔") || has(s, "[") || has(s, "(");
}

// The line before ends like an agency name: the PDF put the agency on its own line.
bool looks_like_agency_line(std::string_view s) {
    if (code_points(s) > 25 || has_sentence_punctuation(s) || is_chrome(s)) return false;
    for (std::string_view suffix : {"政府", "局", "委", "委员会", "办公室", "办公厅", "联合会", "残联", "中心",
                                    "街道", "办事处", "镇", "乡", "院", "厅", "部", "署", "所", "会", "处",
                                    "队", "站", "馆", "管理处", "公司"})
        if (ends(s, suffix)) return true;
    return false;
}

// The title line starts without an agency of its own: a year, or the wording itself.
bool starts_without_agency(std::string_view s) {
    if (!s.empty() && s[0] >= '0' && s[0] <= '9') return true;
    for (std::string_view p : {"年度", "政府信息公开", "信息公开", "政务公开", "关于", "二〇", "二0", "二零"})
        if (starts(s, p)) return true;
    return false;
}

bool is_heading(std::string_view s) {
    for (std::string_view p : {"一、", "一.", "(一)"})
        if (starts(s, p)) return true;
    return false;
}

}  // namespace

void read_title(Document& doc) {
    const std::string_view text = doc.text->text;
    const auto& lines = doc.lines;
    auto usable = [&](size_t i) { return i < lines.size() && !lines[i].blank && !lines[i].clutter; };
    int paragraphs = 0;
    for (size_t i = 0; i < lines.size() && i < kMaxTitleLines; ++i) {
        if (!usable(i)) continue;
        Span s = trim(text, lines[i].span);
        // "标题: 平潭…年度报告": a page's or an archive's field label stands before the title.
        for (std::string_view label : {"标题:", "题目:", "标题 :"})
            if (starts(text.substr(s.begin, s.size()), label)) {
                s.begin += static_cast<uint32_t>(label.size());
                while (s.begin < s.end && text[s.begin] == ' ') ++s.begin;
                break;
            }
        const std::string_view v = text.substr(s.begin, s.size());
        if (is_doc_number(v)) {
            if (doc.meta.doc_number.empty()) doc.meta.doc_number = without_spaces(v);
            continue;
        }
        if (is_heading(v)) break;
        if (code_points(v) > kMaxTitleCodePoints) {
            if (++paragraphs >= 2) break;
            continue;
        }
        // "现将2020年政府信息公开工作年度报告公布如下:" introduces the report; it is not its title.
        if (is_chrome(v) || !names_disclosure(v) || has(v, "。") || has(v, "如下") || ends(v, ":")) continue;

        Span title = s;
        if (!names_report(v)) {
            // "…2024年政府信息公开" / "工作年度报告": the title wrapped onto the next line.
            if (!usable(i + 1)) continue;
            const Span n = trim(text, lines[i + 1].span);
            const std::string_view nv = text.substr(n.begin, n.size());
            if (code_points(nv) > 20 || !names_report(nv) || has_sentence_punctuation(nv)) continue;
            title.end = n.end;
        }
        // A subtitle line holding only the year: "政府信息公开工作年度报告\n（2020年度）".
        if (usable(i + 1) && title.end == s.end) {
            const Span n = trim(text, lines[i + 1].span);
            const std::string nv = without_spaces(text.substr(n.begin, n.size()));
            if (starts(nv, "(") && ends(nv, ")") && code_points(nv) <= 10 && year_before_nian(nv))
                title.end = n.end;
        }
        if (i > 0 && usable(i - 1) && starts_without_agency(without_spaces(v))) {
            const Span p = trim(text, lines[i - 1].span);
            const std::string_view pv = text.substr(p.begin, p.size());
            if (looks_like_agency_line(pv) && !is_doc_number(pv)) title.begin = p.begin;
        }
        doc.meta.title = without_spaces(text.substr(title.begin, title.size()));
        doc.meta.title_span = title;
        if (const int y = year_before_nian(doc.meta.title)) doc.meta.title_year = y;
        return;
    }
}

}  // namespace nianbao::meta
