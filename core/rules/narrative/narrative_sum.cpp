// narrative.sum — a list in prose whose parts do not add up to its stated total.
#include <string>

#include "rules/narrative/prose_format.h"
#include "rules/number_format.h"
#include "rules/rule.h"

namespace nianbao {

namespace {

constexpr const char* kBasis = narrative::kAccuracyBasis;

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_narrative_sum;
const Rule rule_narrative_sum{
    "narrative.sum",
    Severity::Warning,
    "正文所列分项之和与所述总数不符",
    {
        "检查正文中“共……N条，其中A类a条、B类b条……其余c条”“7类35条，其中……”“在本年主动公开的N条信息中，A类a条……”"
        "这类带总数的列举：当措辞表明各项构成全部（有一项是“其余/其他”，或“N类”的类数等于所列项数，或“分别为”，"
        "或各分项后所写占比“占x%”之和为100%，如“其中，区直各部门2275条，占77%。各乡镇674条，占23%”），"
        "各分项之和应等于总数。占比之和远不足或超过100%（只列了一部分，或各项相互重叠）时不检查。"
        "“报送信息N条，其中甲网站采用a条，乙网站采用b条”这类只列举其中一部分的说法不检查。",
        "正文数字是读者最先看到的数据；分项加不出总数，说明总数或某一分项写错，年报数据的准确性随之存疑。",
        kBasis,
        "2020年我部门累计主动公开信息350条。其中机构领导、机构设置及人事信息信息33条、行政执法信息52条、"
        "决策部署落实信息50条、规划计划信息10条、其余信息174条。\n",
        "2020年我部门累计主动公开信息350条。其中机构领导、机构设置及人事信息信息33条、行政执法信息52条、"
        "决策部署落实信息50条、规划计划信息10条、财务预决算、财政专项经费管理使用和“三公”经费信息9条、"
        "招标采购信息5条、应急管理信息8条、政策解读信息9条、其余信息174条。\n\n"
        "2017年,我会主动公开政府信息7类35条，其中：康复类6条、就业创业类8条、文体教育类5条、扶贫类3条、"
        "财政资金类2条、计划总结类1条、其他类10条。\n\n"
        "全年报送上级网站信息40条，其中市政府网站采用12条，省政府网站采用5条。\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

namespace {

void run(const CheckContext& ctx, Findings& out) {
    for (const ProseList& list : ctx.doc.prose_lists) {
        if (!list.exhaustive || !list.total.valid || list.parts.size() < 2) continue;
        long double sum = 0;
        std::string terms;
        bool valid = true;
        for (const Number& part : list.parts) {
            if (!part.valid) valid = false;
            sum += part.value;
            if (!terms.empty()) terms += "+";
            terms += format_number(part.value);
        }
        if (!valid || narrative::same_value(sum, list.total.value)) continue;
        const std::string total = format_number(list.total.value);
        const std::string parts_sum = format_number(sum);
        std::string why;
        if (list.stated_count > 0 && list.stated_count == static_cast<int>(list.parts.size()))
            why = "所列" + std::to_string(list.stated_count) + "类";
        else
            why = "所列" + std::to_string(list.parts.size()) + "项";
        Finding& f = out.add(rule_narrative_sum, list.total.span,
                             "正文所述总数" + total + list.unit + "与其后" + why + "分项之和" + parts_sum +
                                 list.unit + "（" + terms + "）不一致",
                             kBasis);
        f.expected = parts_sum;
        f.actual = total;
    }
}

}  // namespace

}  // namespace nianbao
