// content.placeholder — content replaced by a placeholder: an image marker ("[image: …png]", "[图片]")
// or "见附件"/"详见附表" with no table, above all where a required table should be.
#include <algorithm>
#include <set>
#include <string>

#include "rules/rule.h"

namespace nianbao {

namespace {

// A document made of images gets a bounded number of findings and a count for the rest.
constexpr size_t kMaxFindings = 20;

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_content_placeholder;
const Rule rule_content_placeholder{
    "content.placeholder",
    Severity::Error,
    "内容被图片或“见附件”之类的占位文字代替",
    {
        "找出代替正文内容的占位：图片标记（“[image: image1.png]”“[图片]”“【图片】”）、"
        "“见附件”“详见附表”而报告中并没有相应表格。格式要求的统计表所在的部分（2019、2021 年格式的二、三、四部分）尤其要紧。",
        "以图片发布的表格，机器无法核对数字，读屏软件也读不出来；只写“见附件”而不附表格，读者看不到应当公开的数据。",
        "《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号（年度报告格式：表格应以文字形式公开）",
        "2020年区残联政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我部门累计主动公开信息350条。\n\n"
        "二、主动公开政府信息情况\n\n[image: image1.png]\n\n"
        "三、收到和处理政府信息公开申请情况\n\n详见附表。\n",
        "2020年区残联政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我部门通过文字、图片等形式制作政策解读21个。\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

namespace {

// Topics whose section must hold a statistics table: the edition data says so ("tables": [{"topic"…}])
// when it lists tables; the 2019/2021 formats prescribe tables 二、三、四 otherwise.
std::set<std::string> table_topics(const Edition& e) {
    std::set<std::string> topics;
    const auto it = e.raw.find("tables");
    if (it != e.raw.end() && it->is_array()) {
        for (const auto& t : *it)
            if (t.is_object() && t.contains("topic") && t["topic"].is_string() &&
                t.value("required", true))
                topics.insert(t["topic"].get<std::string>());
        return topics;
    }
    if (e.id != "2008") topics = {"proactive", "applications", "review_litigation"};
    return topics;
}

bool section_has_table(const Document& doc, const Section& s) {
    const Span whole{s.heading.begin, std::max(s.body.end, s.heading.end)};
    for (const Table& t : doc.tables)
        if (t.span.overlaps(whole)) return true;
    return false;
}

// Whether `span` lies in the last few content lines (signature, date, seal): an image there is the
// seal, not content.
bool in_closing(const Document& doc, Span span) {
    constexpr int kClosingLines = 4;
    int seen = 0;
    for (size_t i = doc.lines.size(); i-- > 0 && seen < kClosingLines;) {
        const Line& l = doc.lines[i];
        if (l.blank || l.clutter) continue;
        if (span.begin >= l.span.begin) return true;
        ++seen;
    }
    return false;
}

std::string section_name(const Section& s) {
    return "“" + (s.number.empty() ? std::string() : s.number + "、") + s.title + "”";
}

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    const std::set<std::string> needs_table = table_topics(ctx.edition);
    const char* basis = "《中华人民共和国政府信息公开条例》第五十条；政府信息公开工作年度报告格式";
    size_t reported = 0;
    for (const Placeholder& p : doc.placeholders) {
        const int top = doc.top_section_at(p.span.begin);
        const Section* s = top >= 0 ? &doc.sections[static_cast<size_t>(top)] : nullptr;
        const bool table_missing_here = s && needs_table.count(s->topic) && !section_has_table(doc, *s);
        std::string message;
        if (p.kind == Placeholder::Kind::Image) {
            if (table_missing_here)
                message = section_name(*s) + "部分应有的统计表被图片“" + p.text + "”代替，表中数据无法核对，读屏软件也无法读取";
            else if (!s || in_closing(doc, p.span))
                continue;  // letterhead or logo before the first part; seal or signature at the end
            else
                message = "此处是图片“" + p.text + "”而不是文字，其中的内容无法检查，读屏软件也无法读取";
        } else {
            if (table_missing_here)
                message = section_name(*s) + "部分只写了“" + p.text + "”，报告中没有该部分应有的统计表";
            else if (doc.tables.empty())
                message = "正文以“" + p.text + "”代替内容，但报告中没有找到相应的表格或附件内容";
            else
                continue;  // the table it points to is in the report
        }
        if (++reported > kMaxFindings) continue;
        Finding& f = out.add(rule_content_placeholder, p.span, std::move(message), basis);
        f.actual = p.text;
    }
    if (reported > kMaxFindings)
        out.add(rule_content_placeholder, doc.placeholders.back().span,
                "另有" + std::to_string(reported - kMaxFindings) + "处图片或“见附件”占位未逐一列出", basis);
}

}  // namespace

}  // namespace nianbao
