// table.cell — a cell that must hold a non-negative whole number (or an amount) holds something
// else, or a total is blank.
#include <optional>

#include "edition/table_spec.h"
#include "rules/rule.h"
#include "rules/table/cells.h"
#include "rules/table/equations.h"

namespace nianbao {

extern const Rule rule_table_cell;

namespace {

CellKind kind_of(const TableSpec& spec, const Table& t, size_t col) {
    const TableBlockSpec* block = spec.block(t.block);
    const auto& cols = block ? block->cols : spec.cols;
    return col < cols.size() ? cols[col].kind : CellKind::Count;
}

// The value a blank total should have, from the equations it is the total of.
std::optional<long double> expected_total(const TableSpec& spec, const Table& t, int row, int col) {
    Table copy = t;
    copy.cells[static_cast<size_t>(row)][static_cast<size_t>(col)].blank = false;
    copy.cells[static_cast<size_t>(row)][static_cast<size_t>(col)].number.valid = true;
    copy.cells[static_cast<size_t>(row)][static_cast<size_t>(col)].number.value = 0;
    for (const auto& inst : equation_instances(spec, copy)) {
        if (!(inst.total == CellRef{row, col}) || inst.lhs.size() != 1) continue;
        return inst.rhs_sum;
    }
    return std::nullopt;
}

void run(const CheckContext& ctx, Findings& out) {
    for (const Table& t : ctx.doc.tables) {
        if (!t.numbers_readable()) continue;  // table.fused-digits says why
        const TableSpec* spec = spec_for(ctx, t);
        if (!spec) continue;
        const std::string name = table_name(spec, t);
        for (size_t r = 0; r < t.cells.size(); ++r) {
            bool ragged = false;  // cells in doubtful places: table.shape says so
            for (const auto& [row, count] : t.ragged_rows) ragged = ragged || static_cast<size_t>(row) == r;
            if (ragged) continue;
            for (size_t c = 0; c < t.cells[r].size(); ++c) {
                const Cell& cell = t.cells[r][c];
                // Named only for a finding: most cells are fine, and the name costs a few strings.
                auto where = [&] { return name + cell_name(t, static_cast<int>(r), static_cast<int>(c)); };
                const CellKind kind = kind_of(*spec, t, c);
                if (cell.blank) {
                    if (!is_total_position(spec, t, static_cast<int>(r), static_cast<int>(c))) continue;
                    auto& f = out.add(rule_table_cell, cell.span, where() + "是合计数，却为空", spec->basis);
                    if (auto v = expected_total(*spec, t, static_cast<int>(r), static_cast<int>(c)))
                        f.expected = format_number(*v);
                    f.actual = "";
                    continue;
                }
                if (!cell.number.valid) {
                    auto& f = out.add(rule_table_cell, cell.span,
                                      where() + "应填写数字，表中为“" + cell.text + "”", spec->basis);
                    f.actual = cell.text;
                    continue;
                }
                if (cell.number.overflow) {
                    out.add(rule_table_cell, cell.span, where() + "的数字“" + cell.number.raw + "”位数过多，无法核对",
                            spec->basis);
                    continue;
                }
                if (cell.number.negative && kind != CellKind::Signed) {
                    auto& f = out.add(rule_table_cell, cell.span,
                                      where() + "不应为负数，表中为 " + cell.number.raw, spec->basis);
                    f.actual = cell.number.raw;
                    continue;
                }
                if (!cell.number.integral && kind != CellKind::Amount) {
                    auto& f = out.add(rule_table_cell, cell.span,
                                      where() + "应为整数（件数），表中为 " + cell.number.raw, spec->basis);
                    f.actual = cell.number.raw;
                }
            }
        }
    }
}

}  // namespace

const Rule rule_table_cell{
    "table.cell",
    Severity::Error,
    "统计表单元格不是规定的数字或合计为空",
    {
        "表二、表三、表四的单元格应填非负整数（表二的“本年增/减”可带正负号，金额栏可带小数和单位）。"
        "单元格写成文字或符号、填了负数或小数，或者“总计”一类的合计格为空，都会报告；为空的合计格给出按各项之和应填的数。"
        "普通单元格为空按 0 计入合计，不单独报告。",
        "合计为空或填了非数字，表格就无法核对，读者也无从知道实际数量。",
        "国办公开办函〔2019〕60号、国办公开办函〔2021〕30号（政府信息公开工作年度报告格式）",
        "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "1\t0\t0\t0\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
        "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
