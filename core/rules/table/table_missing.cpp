// table.missing — a table that the edition requires is not present, nor its data in readable form.
#include "edition/table_spec.h"
#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_table_missing;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    for (const TableSpec& spec : table_specs(ctx.edition).tables) {
        if (!spec.required) continue;
        bool found = false;
        for (const Table& t : doc.tables) found = found || t.topic == spec.topic;
        if (found) continue;
        // Only where the part itself is there: a missing part is section.missing.
        const Section* section = nullptr;
        for (const Section& s : doc.sections)
            if (s.level == 1 && s.topic == spec.topic) {
                section = &s;
                break;
            }
        if (!section) continue;
        bool image = false;
        for (const Placeholder& p : doc.placeholders)
            image = image || (p.span.begin >= section->heading.begin && p.span.begin < section->body.end);
        auto& f = out.add(rule_table_missing, section->heading,
                          "“" + section->title + "”部分没有可读的" + spec.name +
                              (image ? "（表格以图片或附件代替，数据无法读取）" : "（未找到表格的行列和数字）"),
                          spec.basis);
        f.expected = spec.name;
    }
}

}  // namespace

const Rule rule_table_missing{
    "table.missing",
    Severity::Error,
    "缺少格式要求的统计表",
    {
        "2019、2021 年版格式要求在第二、三、四部分分别列出主动公开情况表（表二）、收到和处理申请情况表（表三）、"
        "行政复议和行政诉讼情况表（表四）。该部分存在、但其中找不到表格的行列标签和数字时报告（无论表格是漏掉了，"
        "还是以图片、附件代替）。2008 年版没有规定必备表格，不检查。",
        "统计表是年度报告的核心数据，评估和汇总都依赖它；以图片发布的表格机器和读屏软件都无法读取。",
        "国办公开办函〔2019〕60号、国办公开办函〔2021〕30号（政府信息公开工作年度报告格式）",
        "某区民政局2020年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n"
        "2020年，我局共收到政府信息公开申请3件，均已按时答复。\n\n"
        "四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生政府信息公开行政复议、行政诉讼。\n",
        "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        "行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n"
        "结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n"
        "0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
