// table.sum — a reconciliation (勾稽) equation fails. Edition tables: E1–E4 of the format, blaming
// the one cell that explains every failing equation when there is one, else the total. Any table:
// totals, 其中 breakdowns and 历年累计 ≥ 本年 (generic relations).
#include "edition/table_spec.h"
#include "rules/rule.h"
#include "rules/table/cells.h"
#include "rules/table/equations.h"
#include "rules/table/generic_relations.h"

namespace nianbao {

extern const Rule rule_table_sum;

namespace {

std::string equation_label(const EquationInstance& inst) { return inst.eq->id + "：" + inst.eq->name; }

void edition_table(const CheckContext& ctx, const Table& t, const TableSpec& spec, Findings& out) {
    const auto instances = equation_instances(spec, t);
    const std::string name = table_name(&spec, t);
    for (const TableBlame& b : blame_failures(t, instances)) {
        const Cell& cell = t.cells[static_cast<size_t>(b.cell.row)][static_cast<size_t>(b.cell.col)];
        std::string which;
        for (size_t i = 0; i < b.failing.size(); ++i) which += (i ? "；" : "") + equation_label(*b.failing[i]);
        std::string msg = name + cell_name(t, b.cell.row, b.cell.col) + "应为 " + format_number(b.expected) +
                          "，表中为 " + format_number(b.actual) + "（不满足" + which + "）";
        auto& f = out.add(rule_table_sum, cell.span, std::move(msg), spec.basis);
        f.expected = format_number(b.expected);
        f.actual = format_number(b.actual);
    }
    (void)ctx;
}

void generic_table(const CheckContext& ctx, const Table& t, Findings& out) {
    const GenericTableHints& hints = table_specs(ctx.edition).generic;
    GenericTableHints h = hints;
    if (h.total_labels.empty()) h.total_labels = {"合计", "总计", "共计", "小计"};
    if (h.cumulative_labels.empty()) h.cumulative_labels = {"历年累计", "累计"};
    if (h.current_labels.empty()) h.current_labels = {"本年", "本年度", "当年"};
    if (h.exhaustive_parents.empty())
        for (const Edition& e : EditionSet::builtin().all())
            if (!table_specs(e).generic.exhaustive_parents.empty())
                h.exhaustive_parents = table_specs(e).generic.exhaustive_parents;
    for (const GenericIssue& i : generic_relation_issues(t, h)) {
        const Cell& cell = t.cells[static_cast<size_t>(i.row)][static_cast<size_t>(i.col)];
        auto& f = out.add(rule_table_sum, cell.span, "表格" + i.message, ctx.edition.basis);
        if (i.has_expected) f.expected = format_number(i.expected);
        f.actual = format_number(i.actual);
    }
}

void run(const CheckContext& ctx, Findings& out) {
    for (const Table& t : ctx.doc.tables) {
        if (!t.numbers_readable()) continue;  // table.fused-digits says why
        if (const TableSpec* spec = spec_for(ctx, t)) {
            if (!spec->equations.empty()) edition_table(ctx, t, *spec, out);
        } else {
            generic_table(ctx, t, out);
        }
    }
}

}  // namespace

const Rule rule_table_sum{
    "table.sum",
    Severity::Error,
    "统计表勾稽关系不成立",
    {
        "核对表格的勾稽关系。表三：E1 本年新收 + 上年结转 = 办理结果总计 + 结转下年度；E2 （七）总计 = 办理结果各项之和"
        "（2021 年版的“其他处理”为三项）；E3 每行总计 = 自然人 + 各类法人或其他组织。表四：E4 每组总计 = 结果维持 + 结果纠正 + "
        "其他结果 + 尚未审结。某一格同时使所在行和所在列的等式不成立、且差额相同时，指出这一格并给出能使各式同时成立的值；"
        "否则指出合计格。空格按 0 计。任何表格（含 2008 年版附表）中，合计/总计/共计行或列应等于各项之和，“其中”各项不得大于"
        "总数、穷尽列举时应等于总数，历年累计不得少于本年。",
        "数据对不上说明统计或填报有误，是评估通报中常见的问题。",
        "国办公开办函〔2019〕60号、国办公开办函〔2021〕30号（政府信息公开工作年度报告格式）",
        "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "1\t1\t0\t0\t3\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
        "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "1\t1\t0\t0\t2\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
