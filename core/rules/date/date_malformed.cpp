// date.malformed — a date-like string that is not a valid date ("20201月1日", "2019年13月", "2月30日").
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_date_malformed;

namespace {

std::string compact(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n') out += c;
    return out;
}

void run(const CheckContext& ctx, Findings& out) {
    for (const MalformedDate& m : ctx.doc.malformed_dates) {
        const std::string raw = compact(m.raw);
        std::string message = "日期“" + raw + "”无效：" + m.reason;
        if (m.likely) message += "，可能应为" + chinese_date(*m.likely);
        Finding& f = out.add(rule_date_malformed, m.span, std::move(message),
                             "《出版物上数字用法》（GB/T 15835—2011）：公历年月日应写全，如“2020年1月1日”");
        f.actual = raw;
        if (m.likely) f.expected = m.likely->iso();
    }
}

}  // namespace

const Rule rule_date_malformed{
    "date.malformed",
    Severity::Error,
    "日期写法有误，不是有效日期",
    {
        "找出形似日期却不是有效日期的写法：年份与月份粘连、漏了“年”字（“20201月1日”“202012月31日”），"
        "月份不存在（“2019年13月”），日期超出当月天数（“2月30日”）。能推断时给出可能想写的日期。",
        "统计期限、发布日期写错，读者无法确认报告覆盖的时间，也常是照搬上一年报告后改年份留下的痕迹。",
        "《出版物上数字用法》（GB/T 15835—2011）；统计期限应为报告年度1月1日至12月31日",
        "2020年区残联政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自20201月1日起至202012月31日止。\n",
        "2020年区残联政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"
        "如有疑问，请致电0552-2073025（邮编：233000）。2020年1-2月受理申请3件。\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
