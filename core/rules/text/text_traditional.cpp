// text.traditional — the report is in Traditional characters (info), or mixes Traditional and
// Simplified (warning). normalize() converts and counts; this rule reports.
#include <string>

#include "rules/rule.h"

namespace nianbao {

namespace {

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_text_traditional;
const Rule rule_text_traditional{
    "text.traditional",
    Severity::Info,
    "报告使用繁体字（繁简混用时为警告）",
    {
        "判断报告的字体：全文为繁体字时提示（检查前已转换为简体）；同一份报告中繁体字和简体字混用时给出警告。",
        "内地行政机关的公文应使用规范汉字；繁简混用通常是从不同来源拼凑文字留下的痕迹。",
        "《中华人民共和国国家通用语言文字法》第九条、第十四条",
        "2020年度政府資訊公開工作年度報告\n\n一、總體情況\n\n2020年，本機關認真貫徹落實《政府資訊公開條例》，"
        "進一步規範資訊公開工作流程，主動公開政府資訊一百二十條。\n",
        "2020年度政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，本机关认真贯彻落实《政府信息公开条例》，"
        "进一步规范信息公开工作流程，主动公开政府信息一百二十条。\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

namespace {

// The span a whole-document finding points at: the title, else the first content line.
Span document_anchor(const Document& doc) {
    if (!doc.meta.title_span.empty()) return doc.meta.title_span;
    for (const Line& l : doc.lines)
        if (!l.blank && !l.clutter) return l.span;
    return {};
}

void run(const CheckContext& ctx, Findings& out) {
    const NormalizedText* t = ctx.doc.text;
    if (!t) return;
    const ScriptCounts& c = t->script_counts;
    if (t->script == Script::Traditional) {
        Finding& f = out.add(rule_text_traditional, document_anchor(ctx.doc),
                             "报告使用繁体字，已将" + std::to_string(t->converted_characters) + "个繁体字转换为简体后检查",
                             "《中华人民共和国国家通用语言文字法》第九条");
        f.actual = std::to_string(t->converted_characters);
    } else if (t->script == Script::Mixed) {
        Finding& f = out.add(rule_text_traditional, document_anchor(ctx.doc),
                             "报告繁简混用：有" + std::to_string(c.traditional_only) + "个繁体字和" +
                                 std::to_string(c.simplified_only) + "个简体字，应统一使用规范简体字",
                             "《中华人民共和国国家通用语言文字法》第九条");
        f.severity = Severity::Warning;
        f.actual = std::to_string(c.traditional_only);
    }
}

}  // namespace

}  // namespace nianbao
