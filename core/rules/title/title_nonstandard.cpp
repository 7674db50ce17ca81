// title.nonstandard — the title lacks the report year or the wording 政府信息公开工作年度报告.
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_title_nonstandard;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const Meta& m = ctx.doc.meta;
    if (m.title.empty()) return;  // no title found: nothing to judge (report.not-annual-report gates pastes)
    std::vector<std::string> problems;
    if (!m.title_year) {
        std::string p = "未写明报告年度";
        if (ctx.year) p += "（应为" + std::to_string(*ctx.year) + "年）";
        problems.push_back(p);
    }
    // "政府信息公开工作年度报告", older "政府信息公开年度报告", and combined titles such as
    // "政府信息公开和政务公开工作年度报告": the wording names 政府信息公开 and ends in 年度报告.
    const size_t disclosure = m.title.find("政府信息公开");
    const bool standard = disclosure != std::string::npos &&
                          m.title.find("年度报告", disclosure) != std::string::npos;
    if (!standard) {
        std::string p = "未使用“政府信息公开工作年度报告”的规范名称";
        // Quote what it says instead: from 政府信息公开/信息公开/政务公开 to the end of the title.
        for (std::string_view w : {"政府信息公开", "信息公开", "政务公开"}) {
            const size_t at = m.title.find(w);
            if (at != std::string::npos) {
                p += "（写成了“" + m.title.substr(at) + "”）";
                break;
            }
        }
        problems.push_back(p);
    }
    if (problems.empty()) return;
    std::string message = "标题“" + m.title + "”";
    for (size_t i = 0; i < problems.size(); ++i) message += (i ? "，且" : "") + problems[i];
    Finding& f = out.add(rule_title_nonstandard, m.title_span, std::move(message),
                         "《政府信息公开条例》第四十九条；政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、"
                         "〔2021〕30号）");
    f.actual = m.title;
}

}  // namespace

const Rule rule_title_nonstandard{
    "title.nonstandard",
    Severity::Warning,
    "标题不规范：缺少年份或未用“政府信息公开工作年度报告”",
    {
        "检查标题是否写明报告年度，是否使用“政府信息公开工作年度报告”的名称（早年的“政府信息公开年度报告”也接受）。"
        "写成“工作报告”“工作总结”“年报”的提示。",
        "标题是检索和评估的第一入口；评估通报中常见“标题写成工作报告”“未注明年度”。",
        "《中华人民共和国政府信息公开条例》第四十九条（政府信息公开工作年度报告）",
        "区残联政府信息公开工作年度报告\n\n2011年度，区残联认真贯彻执行《条例》。\n",
        "晋江市残疾人联合会2017年政府信息公开工作年度报告\n\n2017年，我会主动公开政府信息35条。\n",
        R"({"assume_report":true})",
    },
    run,
};

}  // namespace nianbao
