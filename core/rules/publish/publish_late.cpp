// publish.late — published (page 发布时间, or signed) after the legal deadline for the agency kind.
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_publish_late;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const Meta& m = ctx.doc.meta;
    if (!m.published || !ctx.year) return;
    const bool government = ctx.kind == AgencyKind::Government;
    const std::string key = government ? "government" : "department";
    const auto it = ctx.edition.deadlines.find(key);
    if (it == ctx.edition.deadlines.end()) return;
    const Date deadline{*ctx.year + 1, it->second.month, it->second.day, {}};
    if (!(deadline < *m.published)) return;
    std::string who = government ? "县级以上地方人民政府" : "政府部门";
    if (ctx.kind == AgencyKind::Unknown) who += "（未能判断机关类型，按部门计）";
    const std::string what = m.published_source == "page" ? "发布日期" : "落款日期";
    const auto basis = ctx.edition.deadline_basis.find(key);
    Finding& f = out.add(rule_publish_late, m.published_span,
                         what + chinese_date(*m.published) + "晚于" + who + "公布" + std::to_string(*ctx.year) +
                             "年度报告的法定期限" + chinese_date(deadline),
                         basis != ctx.edition.deadline_basis.end() ? basis->second : ctx.edition.basis);
    f.expected = "不晚于" + deadline.iso();
    f.actual = m.published->iso();
}

}  // namespace

const Rule rule_publish_late{
    "publish.late",
    Severity::Warning,
    "发布晚于法定期限",
    {
        "比较报告的发布日期（网页的“发布时间”，没有时用文末落款日期）与所适用版本、机关类型的法定期限："
        "2019年及以后的报告，政府部门为次年1月31日，县级以上地方人民政府为次年3月31日；2018年及以前一律为次年3月31日。"
        "未能判断机关类型时按部门的期限。",
        "逾期公布是评估通报中最常见的问题之一；地方规定可能更早，这里只核对法定期限。",
        "《中华人民共和国政府信息公开条例》（2008）第三十一条；（2019年修订）第四十九条",
        "某县民政局2020年政府信息公开工作年度报告\n\n发布时间:2021-03-15 10:00 信息来源:某县民政局\n\n"
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n",
        "某县民政局2020年政府信息公开工作年度报告\n\n发布时间:2021-01-19 15:48 信息来源:某县民政局\n\n"
        "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n",
        R"({"assume_report":true})",
    },
    run,
};

}  // namespace nianbao
