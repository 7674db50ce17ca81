// narrative.percent — a part of a prose list states a share of the total ("占8.5%") that its own
// count does not give.
#include <cmath>
#include <cstdio>
#include <string>

#include "reader/prose/prose_shares.h"
#include "rules/narrative/prose_format.h"
#include "rules/number_format.h"
#include "rules/rule.h"

namespace nianbao {

namespace {

constexpr const char* kBasis = narrative::kAccuracyBasis;

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_narrative_percent;
const Rule rule_narrative_percent{
    "narrative.percent",
    Severity::Warning,
    "正文所述占比与分项数、总数不符",
    {
        "检查正文中总数之后紧跟在分项后的占比（“其中，区直各部门2275条，占77%”“1592条（76.9%）”）：分项数除以"
        "所述总数，按占比写出的位数四舍五入（或截断）后应等于所写占比。占比写的是另一基数时（“占全市的8.5%”"
        "“同比增长8.5%”）不检查；各占比之和为100%而分项之和与总数不符时，由 narrative.sum 提示总数。",
        "占比与数字互相矛盾，读者无从判断哪个数字正确；通常是数字改过而占比没有跟着重新计算。",
        kBasis,
        "2015年主动公开政府信息1000条。其中，区管委会及区直各部门主动公开政府信息940条，占94%。"
        "各乡镇主动公开政府信息60条，占8.5%。\n",
        "2015年主动公开政府信息2949条。其中，区管委会及区直各部门主动公开政府信息2275条，占77%。"
        "各乡镇主动公开政府信息674条，占23%，政府信息公开量较大的部门是区环境与国土资源局。\n",
        R"({"edition":"2008","assume_report":true})",
    },
    run,
};

namespace {

// "6.0%": the computed share with as many decimals as the report wrote (at least one).
std::string format_share(long double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*Lf", decimals < 1 ? 1 : decimals, value);
    return buf;
}

// Whether a written share is the value rounded or cut to its written digits.
bool share_agrees(long double computed, const Number& share) {
    const long double unit = std::pow(10.0L, -prose::written_decimals(share));
    return std::fabs(computed - share.value) <= unit + 1e-9L;
}

void run(const CheckContext& ctx, Findings& out) {
    for (const ProseList& list : ctx.doc.prose_lists) {
        if (!list.total.valid || list.total.value <= 0 || list.part_shares.size() != list.parts.size()) continue;
        long double sum = 0;
        for (const Number& part : list.parts) sum += part.value;
        // A partition that does not add up is narrative.sum's finding; its shares follow from it.
        if (list.exhaustive && !narrative::same_value(sum, list.total.value)) continue;
        for (size_t i = 0; i < list.parts.size(); ++i) {
            const Number& part = list.parts[i];
            const Number& share = list.part_shares[i];
            if (!share.valid || !part.valid) continue;
            const long double computed = part.value / list.total.value * 100;
            if (share_agrees(computed, share)) continue;
            const std::string expected = format_share(computed, prose::written_decimals(share)) + "%";
            Finding& f = out.add(rule_narrative_percent, share.span,
                                 "正文称分项" + format_number(part.value) + list.unit + "占" + share.raw +
                                     "，而按所述总数" + format_number(list.total.value) + list.unit + "计算应为" +
                                     expected,
                                 kBasis);
            f.expected = expected;
            f.actual = share.raw;
        }
    }
}

}  // namespace

}  // namespace nianbao
