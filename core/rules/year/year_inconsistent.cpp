// year.inconsistent — the title's year (or the period's) and the year the body speaks of disagree.
#include <map>

#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_year_inconsistent;

namespace {

constexpr int kMinMentions = 3;  // a single mention of another year is a plan or a comparison

void run(const CheckContext& ctx, Findings& out) {
    const Meta& m = ctx.doc.meta;
    int stated = 0;
    std::string where;
    if (m.title_year) {
        stated = *m.title_year;
        where = "标题";
    } else if (m.period && m.period->from.year == m.period->to.year) {
        stated = m.period->from.year;
        where = "统计期限";
    }
    if (!stated) return;
    // The title and the period name different years: the period belongs to another report.
    if (m.title_year && m.period && m.period->from.year == m.period->to.year && m.period->from.year != stated) {
        Finding& f = out.add(rule_year_inconsistent, m.period->span,
                             "标题写的是" + std::to_string(stated) + "年，统计期限却是" +
                                 std::to_string(m.period->from.year) + "年，报告年度前后不一致",
                             "《政府信息公开条例》第四十九条：年度报告报告上一年度的工作情况");
        f.expected = std::to_string(stated);
        f.actual = std::to_string(m.period->from.year);
    }
    // Mentions in 存在的主要问题及改进情况 are last year's problems and next year's plans: not counted.
    std::map<int, int> count;
    std::map<int, Span> first;
    for (const auto& [year, span] : m.body_years) {
        const int top = ctx.doc.top_section_at(span.begin);
        if (top >= 0 && ctx.doc.sections[top].topic == "problems") continue;
        if (count[year]++ == 0) first[year] = span;
    }
    int dominant = 0, dominant_count = 0;
    for (const auto& [year, n] : count)
        if (n > dominant_count) {
            dominant = year;
            dominant_count = n;
        }
    const int stated_count = count.count(stated) ? count[stated] : 0;
    if (dominant == stated || dominant_count < kMinMentions || dominant_count <= 2 * stated_count) return;
    Finding& f = out.add(rule_year_inconsistent, first[dominant],
                         where + "写的是" + std::to_string(stated) + "年，正文却有" + std::to_string(dominant_count) +
                             "处写" + std::to_string(dominant) + "年（写" + std::to_string(stated) + "年的只有" +
                             std::to_string(stated_count) + "处），报告年度前后不一致",
                         "《政府信息公开条例》第四十九条：年度报告报告上一年度的工作情况");
    f.expected = std::to_string(stated);
    f.actual = std::to_string(dominant);
}

}  // namespace

const Rule rule_year_inconsistent{
    "year.inconsistent",
    Severity::Warning,
    "标题、统计期限与正文的年份不一致",
    {
        "比较标题的年份（没有时用统计期限的年份）与正文叙述的年份（“2019年度……”“2019年，我局……”）。"
        "正文多处（至少3处、且是标题年份的两倍以上）写的是另一个年份时提示。“存在的主要问题及改进情况”"
        "一节中提到的上年问题和下年计划不计。标题与统计期限的年份不同也提示（统计期限本身不是报告年度全年另由 "
        "period.mismatch 报告）。",
        "照搬上一年的报告只改了标题年份，是评估中常见的问题；正文的年份会露出破绽。",
        "《中华人民共和国政府信息公开条例》第四十九条",
        "某县民政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2019年，我局认真贯彻落实《条例》。\n\n"
        "二、主动公开政府信息情况\n\n2019年，我局主动公开政府信息120条。2019年度未发生收费。\n",
        "某县民政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真贯彻落实《条例》。\n\n"
        "二、主动公开政府信息情况\n\n2020年，我局主动公开政府信息120条，较2019年度增加5条。\n\n"
        "五、存在的主要问题及改进情况\n\n2021年，我局将进一步规范公开工作。2021年，加强培训。2021年，完善制度。\n",
        R"({"assume_report":true})",
    },
    run,
};

}  // namespace nianbao
