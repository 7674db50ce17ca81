// report.not-annual-report — the text is not recognisably a disclosure annual report.
#include "rules/report/gate.h"
#include "rules/rule.h"
#include "text/label_key.h"

namespace nianbao {

namespace {

// Evidence, each worth a point: a title naming 信息公开…报告; two or more level-1 sections whose topic
// the edition knows; a statistics period; an edition table; the words 政府信息公开 in the body.
int report_evidence(const Document& doc) {
    int points = 0;
    const std::string title = label_key(doc.meta.title);
    if (title.find("信息公开") != std::string::npos && title.find("报告") != std::string::npos) points += 2;
    int topics = 0;
    for (const Section& s : doc.sections)
        if (s.level == 1 && !s.topic.empty()) ++topics;
    if (topics >= 2) points += 2;
    if (doc.meta.period) ++points;
    for (const Table& t : doc.tables)
        if (!t.edition.empty()) {
            points += 2;
            break;
        }
    const std::string_view text = doc.text->text;
    size_t mentions = 0;
    for (size_t p = text.find("政府信息公开"); p != std::string_view::npos && mentions < 3;
         p = text.find("政府信息公开", p + 1))
        ++mentions;
    if (mentions >= 3) ++points;
    return points;
}

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    std::string what;
    size_t content = 0;
    for (const Line& l : doc.lines)
        if (!l.blank && !l.clutter) content += l.span.size();
    if (content == 0) what = "输入为空（没有可检查的文字）";
    else what = "未找到年度报告的标题、章节、统计期限或统计表";
    Span span{};
    for (const Line& l : doc.lines)
        if (!l.blank) {
            span = l.span;
            break;
        }
    out.add(rule_report_not_annual_report, span,
            "这不像一份政府信息公开工作年度报告：" + what + "，未进行逐项检查",
            "《政府信息公开条例》第四十九、五十条");
}

}  // namespace

bool looks_like_annual_report(const Document& doc) { return report_evidence(doc) >= 2; }

extern const Rule rule_report_not_annual_report;
const Rule rule_report_not_annual_report{
    "report.not-annual-report",
    Severity::Error,
    "文本不是政府信息公开工作年度报告",
    {
        "判断输入是否是一份政府信息公开工作年度报告：标题（“……政府信息公开……报告”）、按版本可识别的章节、统计期限、"
        "统计表和“政府信息公开”字样，至少要有两项证据。不是报告时只给出这一条结果，不再逐项检查。",
        "粘贴错了内容（空白页、别的公文、网页导航）时，逐条报告“缺少章节”“缺少表格”只会制造噪声。",
        "《中华人民共和国政府信息公开条例》第四十九、五十条（年度报告应当包括的内容）",
        "第一章 风起\n\n那一年的春天来得很晚，河边的柳树迟迟没有发芽。\n",
        "某县民政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n\n"
        "二、主动公开政府信息情况\n\n本年主动公开政府信息120条。\n",
        "{}",
    },
    run,
};

}  // namespace nianbao
