// text.artifact — non-content clutter detected and ignored (info).
#include <map>
#include <string>
#include <vector>

#include "rules/rule.h"

namespace nianbao {

namespace {

// More artifacts of one kind than this are reported as one grouped finding (PDF page footers
// would otherwise produce one finding per page).
constexpr size_t kGroupAbove = 3;

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_text_artifact;
const Rule rule_text_artifact{
    "text.artifact",
    Severity::Info,
    "已忽略非正文内容（网页导航、页面元素、Word 残留、页码等）",
    {
        "找出复制网页、导出 Word 或提取 PDF 文字时混入的非正文内容：网页导航（“首页 >”“您当前的位置”）、"
        "页面元素（“发布时间”“阅读次数”“字号”“扫一扫在手机打开当前页”“打印 关闭”）、Word 域代码残留"
        "（“PAGE 3”“[bookmark: _GoBack]”）、页码（“-3-”“第 3 页 共 6 页”）、公文版记（抄送、印发）和附件文件名。"
        "这些内容不参与检查；其中的页面信息（发布时间）仍用于判断发布日期。",
        "混入的导航和页码会被误当作标题、章节或表格数字；指出它们，审阅者也能知道哪些文字没有被检查。",
        "无（输入整理）",
        "首页 > 蚌山区残疾人联合会信息公开年报\n\n2020年区残联政府信息公开工作年度报告\n\n"
        "发布时间:2021-01-19 15:48 信息来源:蚌山区残疾人联合会 阅读次数: 编辑:蚌山区残联 字号:【 】\n\n"
        "一、总体情况\n\n2020年,我部门认真贯彻落实省、市、区有关信息公开工作文件精神。\n",
        "2020年区残联政府信息公开工作年度报告\n\n一、总体情况\n\n2020年,我部门认真贯彻落实省、市、区有关信息公开工作文件精神,"
        "信息来源真实可靠。\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    std::map<Artifact::Kind, std::vector<const Artifact*>> by_kind;
    for (const Artifact& a : doc.artifacts) by_kind[a.kind].push_back(&a);
    for (const auto& [kind, list] : by_kind) {
        const std::string label = artifact_kind_label(kind);
        if (list.size() <= kGroupAbove) {
            for (const Artifact* a : list)
                out.add(rule_text_artifact, a->span, "已忽略" + label + "“" + a->text + "”，不作为正文检查");
            continue;
        }
        std::string examples;
        for (size_t i = 0; i < list.size() && i < 3; ++i) examples += (i ? "、“" : "“") + list[i]->text + "”";
        Finding& f = out.add(rule_text_artifact, list.front()->span,
                             "已忽略" + std::to_string(list.size()) + "处" + label + "（" + examples + "等），不作为正文检查");
        f.actual = std::to_string(list.size());
    }
}

}  // namespace

}  // namespace nianbao
