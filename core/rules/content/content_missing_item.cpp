// content.missing-item — a content item the edition requires inside a part is not mentioned.
#include "rules/content/evidence.h"
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_content_missing_item;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    ItemScopes scopes(ctx.doc);
    for (const ItemSpec& item : ctx.edition.items) {
        if (item.rule != "content.missing-item") continue;
        if (item.applies_to == "government" && ctx.kind != AgencyKind::Government) continue;
        if (scopes.covers(item).value_or(true)) continue;  // no such part: nothing to look in
        // Point at the section the item belongs in, when there is one.
        Span span{};
        std::string where;
        for (const Section& s : ctx.doc.sections)
            if (s.level == 1 && !item.within.empty() && s.topic == item.within) {
                span = s.heading;
                where = "“" + s.title + "”中";
                break;
            }
        // An item that may stand anywhere is pointed at the heading where it usually belongs.
        for (const std::string& word : item.anchor) {
            if (!span.empty()) break;
            for (const Section& s : ctx.doc.sections)
                if (s.title.find(word) != std::string::npos) {
                    span = s.heading;
                    where = "（通常写在“" + s.title + "”中）";
                    break;
                }
        }
        std::string who = item.applies_to == "government" ? "人民政府的年度报告" : "报告";
        const bool inside = where.rfind("“", 0) == 0;  // "“…”中" vs "（通常写在…）"
        auto& f = out.add(rule_content_missing_item, span,
                          inside ? who + where + "未说明“" + item.label + "”"
                                 : who + "未说明“" + item.label + "”" + where,
                          item.basis);
        f.expected = item.label;
    }
}

}  // namespace

const Rule rule_content_missing_item{
    "content.missing-item",
    Severity::Warning,
    "部分内容缺少应报告的事项",
    {
        "检查各版本要求写入某部分的具体事项：2008 年版的收费及减免情况；2021 年版“其他需要报告的事项”中的"
        "信息处理费收取情况、“存在的主要问题及改进情况”中上年度问题的整改情况；人民政府报告中的工作考核、"
        "社会评议和责任追究结果情况（条例第五十条第四项）。写明“未收取”“未发生”也算说明了。只认在该事项所在部分、"
        "或一句专门说明该事项的话（如“未收取任何费用”“无收费及减免情况”）；“工作经费”“政府信息公开费用1万元”"
        "“行政事业性收费信息3条”之类说的是别的事，不算说明了收费情况。",
        "这些事项常被遗漏，是上级评估年度报告时的固定检查点。",
        "《中华人民共和国政府信息公开条例》第五十条（2008 年条例第三十二条第三项）；《政府信息公开信息处理费管理办法》；"
        "国办公开办函〔2021〕30号",
        "淮安市人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n（五）政府信息公开监督保障情况。全年组织4次政府信息公开栏目检查。\n\n"
        "六、其他需要报告的事项\n\n全年收取政府信息公开信息处理费3940元。\n",
        "淮安市人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n（五）政府信息公开监督保障情况。全年组织4次检查，"
        "将政务公开纳入绩效考核，开展社会评议，未发生责任追究情况。\n\n六、其他需要报告的事项\n\n全年收取政府信息公开信息处理费3940元。\n",
        R"({"edition":"2021","kind":"government"})",
    },
    run,
};

}  // namespace nianbao
