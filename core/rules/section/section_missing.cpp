// section.missing — a part that the edition requires is absent.
#include "rules/content/evidence.h"
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_section_missing;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    // 2019/2021: the six parts, matched by their headings' meaning (概述 counts as 总体情况).
    for (const SectionSpec& spec : ctx.edition.sections) {
        if (!spec.required) continue;
        bool found = false;
        for (const Section& s : doc.sections)
            if (s.level == 1 && s.topic == spec.topic) found = true;
        if (found) continue;
        auto& f = out.add(rule_section_missing, {},
                          "缺少第" + spec.number + "部分“" + spec.heading + "”（" + ctx.edition.name + "规定的必备部分）",
                          ctx.edition.basis);
        f.expected = spec.number + "、" + spec.heading;
    }
    // 2008: required items, which may be covered inside another section's body.
    ItemScopes scopes(doc);
    for (const ItemSpec& item : ctx.edition.items) {
        if (item.rule != "section.missing") continue;
        if (item.applies_to == "government" && ctx.kind != AgencyKind::Government) continue;
        if (scopes.covers(item).value_or(true)) continue;  // no such part: nothing to look in
        auto& f = out.add(rule_section_missing, {}, "报告没有说明“" + item.label + "”（法定必备内容）", item.basis);
        f.expected = item.label;
    }
}

}  // namespace

const Rule rule_section_missing{
    "section.missing",
    Severity::Error,
    "缺少版本要求的必备部分",
    {
        "按报告年度适用的格式，检查必备部分是否齐全。2019、2021 年版要求六个部分（总体情况、主动公开、收到和处理申请、"
        "行政复议和行政诉讼、存在的主要问题及改进情况、其他需要报告的事项），按标题含义匹配（“概述”算作“总体情况”）；"
        "2008 年版要求的是内容事项，可以写在其他部分的正文里，写到了就不算缺失；“写到”指有该事项自己的部分，"
        "或有一句话专门说明它（如“本年度未发生因政府信息公开引起的行政复议、行政诉讼”），"
        "“问题”“措施”两个词分散在无关的句子里不算。",
        "缺少法定内容的年度报告不符合条例要求，是考核评估中最常见的扣分项。",
        "《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2019〕60号、〔2021〕30号；2008 年条例第三十二条",
        "某区教育局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真贯彻《条例》。\n\n"
        "二、主动公开政府信息情况\n\n本年主动公开信息35条。\n\n三、收到和处理政府信息公开申请情况\n\n本年收到申请2件。\n\n"
        "五、存在的主要问题及改进情况\n\n信息更新不够及时，下一步加强培训。\n\n六、其他需要报告的事项\n\n无收费。\n",
        "某区教育局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真贯彻《条例》。\n\n"
        "二、主动公开政府信息情况\n\n本年主动公开信息35条。\n\n三、收到和处理政府信息公开申请情况\n\n本年收到申请2件。\n\n"
        "四、政府信息公开行政复议、行政诉讼情况\n\n本年未发生行政复议、行政诉讼。\n\n"
        "五、存在的主要问题及改进情况\n\n信息更新不够及时，下一步加强培训。\n\n六、其他需要报告的事项\n\n无收费。\n",
        R"({"edition":"2019"})",
    },
    run,
};

}  // namespace nianbao
