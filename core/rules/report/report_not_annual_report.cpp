// report.not-annual-report — the text is not recognisably a disclosure annual report.
#include "rules/report/gate.h"
#include "rules/rule.h"
#include "text/find_word.h"
#include "text/label_key.h"

namespace nianbao {

namespace {

// The gate asks two things: is the text about 政府信息公开/政务公开 work, and does it have the form
// of a year-end report on it? A report whose title says something else ("某局2012年政务公开工作总结",
// "…信息公开年度报告"), whose statistics period is left blank, or which is in Traditional script (it
// is read after conversion) is still a report: the other rules say what is wrong with it. A novel,
// a blank page or a news article about something else is not.

constexpr std::string_view kDisclosureWords[] = {"信息公开", "政务公开"};
constexpr std::string_view kReportWords[] = {"报告", "总结", "年报"};
constexpr std::string_view kPeriodWords[] = {"统计期限", "统计时限", "统计期间"};
// The law's items, one concept each: a report speaks of several of them; an article seldom does.
constexpr std::string_view kItemWords[][3] = {
    {"主动公开", "", ""}, {"依申请", "公开申请", "申请公开"}, {"行政复议", "行政诉讼", ""}, {"收费", "减免", ""}};

bool names_any(std::string_view text, const std::string_view* words, size_t n) {
    for (size_t i = 0; i < n; ++i)
        if (!words[i].empty() && find_word(text, words[i]) != std::string_view::npos) return true;
    return false;
}

// How often the text names disclosure work, counted up to `enough`.
size_t disclosure_mentions(std::string_view text, size_t enough) {
    size_t n = 0;
    for (std::string_view w : kDisclosureWords)
        for (size_t p = find_word(text, w); p != std::string_view::npos && n < enough; p = find_word(text, w, p + w.size()))
            ++n;
    return n;
}

bool report_on_disclosure_work(const Document& doc) {
    // The title says so: "…政府信息公开工作年度报告", "…政务公开工作总结", "…信息公开年度报告".
    const std::string title = label_key(doc.meta.title);
    if (names_any(title, kDisclosureWords, std::size(kDisclosureWords)) &&
        names_any(title, kReportWords, std::size(kReportWords)))
        return true;
    // The format's own parts or tables.
    int topics = 0;
    for (const Section& s : doc.sections)
        if (s.level == 1 && !s.topic.empty()) ++topics;
    if (topics >= 2) return true;
    for (const Table& t : doc.tables)
        if (!t.edition.empty()) return true;
    // Without title, parts or tables (a body on one line, a lost title): a text that keeps speaking
    // of disclosure work and either states a statistics period (even a blank one) or reports on
    // several of the law's items.
    const std::string_view text = doc.text->text;
    if (disclosure_mentions(text, 3) < 3) return false;
    if (doc.meta.period || names_any(text, kPeriodWords, std::size(kPeriodWords))) return true;
    int items = 0;
    for (const auto& words : kItemWords)
        if (names_any(text, words, std::size(words))) ++items;
    return items >= 2;
}

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    std::string what;
    size_t content = 0;
    for (const Line& l : doc.lines)
        if (!l.blank && !l.clutter) content += l.span.size();
    if (content == 0) what = "输入为空（没有可检查的文字）";
    else what = "未找到关于政府信息公开（政务公开）工作的年度报告标题、章节、统计期限或统计表";
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

bool looks_like_annual_report(const Document& doc) { return report_on_disclosure_work(doc); }

extern const Rule rule_report_not_annual_report;
const Rule rule_report_not_annual_report{
    "report.not-annual-report",
    Severity::Error,
    "文本不是政府信息公开工作年度报告",
    {
        "判断输入是否是一份关于政府信息公开（政务公开）工作的年度报告：标题说明是此项工作的报告或总结，"
        "或有按版本可识别的两个以上章节，或有统计表；没有这些时（如正文只有一行、标题缺失），正文反复提到"
        "信息公开或政务公开，并写了统计期限（即使留空）或报告了两项以上法定事项的，也算报告。标题写成"
        "“工作总结”“信息公开年度报告”、统计期限空白、繁体字或带网页元素的报告照常逐项检查，由其他规则指出问题。"
        "不是报告（小说、空白页、与此无关的新闻）时只给出这一条结果，不再逐项检查。",
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
