// period.missing — the report does not state its statistics period.
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_period_missing;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    if (ctx.doc.meta.period) return;
    std::string message = "报告未写明所列数据的统计期限";
    if (ctx.year)
        message += "（应为" + std::to_string(*ctx.year) + "年1月1日至" + std::to_string(*ctx.year) + "年12月31日）";
    out.add(rule_period_missing, Span{}, std::move(message),
            "年度报告通行写法：“本报告中所列数据的统计期限自X年1月1日起至X年12月31日止”");
}

}  // namespace

const Rule rule_period_missing{
    "period.missing",
    Severity::Info,
    "未写明统计期限",
    {
        "报告中没有找到统计期限的说明（统计期限、统计时限、所列数据……自……至……）。",
        "写明统计期限，读者才能确认表中数据覆盖的是报告年度的全年；各地年度报告普遍在开头说明。",
        "政府信息公开工作年度报告的通行写法（报告开头的说明段）",
        "某县民政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真贯彻落实《条例》。\n",
        "淮安市人民政府\n2024 年政府信息公开工作年度报告\n\n报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。\n",
        R"({"assume_report":true})",
    },
    run,
};

}  // namespace nianbao
