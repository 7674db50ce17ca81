// section.order — the required parts appear in another order than the format prescribes.
#include <algorithm>

#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_section_order;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    if (!ctx.edition.ordered_sections) return;
    auto rank = [&](const std::string& topic) {
        for (size_t i = 0; i < ctx.edition.sections.size(); ++i)
            if (ctx.edition.sections[i].topic == topic) return static_cast<int>(i);
        return -1;
    };
    // First occurrence of each topic, in document order.
    int last_rank = -1;
    std::string last_heading;
    std::vector<std::string> seen;
    for (const Section& s : ctx.doc.sections) {
        if (s.level != 1 || s.topic.empty()) continue;
        if (std::find(seen.begin(), seen.end(), s.topic) != seen.end()) continue;
        seen.push_back(s.topic);
        const int r = rank(s.topic);
        if (r < 0) continue;
        if (r < last_rank) {
            const SectionSpec& spec = ctx.edition.sections[static_cast<size_t>(r)];
            auto& f = out.add(rule_section_order, s.heading,
                              "“" + s.title + "”应为第" + spec.number + "部分，却排在“" + last_heading + "”之后",
                              ctx.edition.basis);
            f.expected = spec.number + "、" + spec.heading;
        } else {
            last_rank = r;
            last_heading = s.title;
        }
    }
}

}  // namespace

const Rule rule_section_order{
    "section.order",
    Severity::Warning,
    "必备部分的顺序与格式不符",
    {
        "2019、2021 年版格式规定了六个部分的顺序：总体情况、主动公开、收到和处理申请、行政复议和行政诉讼、"
        "存在的主要问题及改进情况、其他需要报告的事项。某部分排在后面的部分之后时报告。",
        "统一格式便于公众和上级逐项比对；顺序打乱常见于套用旧模板或拼接多份材料。",
        "国办公开办函〔2019〕60号、〔2021〕30号（年度报告格式）",
        "某区财政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n本年工作有序开展。\n\n"
        "二、收到和处理政府信息公开申请情况\n\n本年收到申请2件。\n\n三、主动公开政府信息情况\n\n本年主动公开信息35条。\n",
        "某区财政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n本年工作有序开展。\n\n"
        "二、主动公开政府信息情况\n\n本年主动公开信息35条。\n\n三、收到和处理政府信息公开申请情况\n\n本年收到申请2件。\n",
        R"({"edition":"2019"})",
    },
    run,
};

}  // namespace nianbao
