// period.mismatch — the stated statistics period is not 1 January – 31 December of the report year.
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_period_mismatch;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const Meta& m = ctx.doc.meta;
    if (!m.period || !ctx.year) return;
    const int y = *ctx.year;
    const Date from{y, 1, 1, {}}, to{y, 12, 31, {}};
    const Period& p = *m.period;
    if (p.from == from && p.to == to) return;
    const std::string stated = chinese_date(p.from) + "至" + chinese_date(p.to);
    Finding& f = out.add(rule_period_mismatch, p.span,
                         "统计期限写的是" + stated + "，应为报告年度的" + chinese_date(from) + "至" +
                             chinese_date(to),
                         "《政府信息公开条例》第四十九条：年度报告报告上一年度的政府信息公开工作情况");
    f.expected = from.iso() + "/" + to.iso();
    f.actual = p.from.iso() + "/" + p.to.iso();
}

}  // namespace

const Rule rule_period_mismatch{
    "period.mismatch",
    Severity::Error,
    "统计期限不是报告年度的1月1日至12月31日",
    {
        "报告写明了统计期限（统计期限、统计时限、所列数据的统计期限……自……至……）时，核对它是否正好是报告年度的"
        "1月1日至12月31日。第二个日期省略年份（“从2017年1月1日到12月31日”）时沿用第一个日期的年份。",
        "年度报告反映一个完整自然年度的工作；期限写成别的年份或半年，数据就与报告年度对不上，"
        "也常是沿用上一年报告时忘了改年份。",
        "《中华人民共和国政府信息公开条例》第四十九条",
        "某县民政局2020年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n",
        "晋江市残疾人联合会2017年政府信息公开工作年度报告\n\n所列数据的统计期限从2017年1月1日到12月31日止。\n",
        R"({"assume_report":true})",
    },
    run,
};

}  // namespace nianbao
