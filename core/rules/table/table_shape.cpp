// table.shape — a required row or column is missing, or the table has rows the edition does not know.
#include <string>

#include "edition/table_spec.h"
#include "rules/rule.h"
#include "rules/table/cells.h"

namespace nianbao {

extern const Rule rule_table_shape;

namespace {

// "（三）不予公开 1.属于国家秘密": a row's label with the group header it sits under.
std::string full_row_label(const std::vector<TableRowSpec>& rows, const std::string& key) {
    std::string group;
    for (const auto& r : rows) {
        if (r.group) {
            group = r.label;
            continue;
        }
        if (r.key == key) {
            const bool nested = !r.label.empty() && r.label[0] >= '0' && r.label[0] <= '9';
            return nested && !group.empty() ? group + " " + r.label : r.label;
        }
    }
    return key;
}

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    const TableSpec* proactive_spec = nullptr;
    std::vector<std::string> blocks_found;
    Span first_proactive{};
    for (const Table& t : doc.tables) {
        const TableSpec* spec = spec_for(ctx, t);
        if (!spec) continue;
        const std::string name = table_name(spec, t);
        const TableBlockSpec* block = spec->block(t.block);
        const std::vector<TableRowSpec>& rows = block ? block->rows : spec->rows;
        if (t.topic == "proactive") {
            if (!proactive_spec && (t.edition.empty() || t.edition == ctx.edition.id)) proactive_spec = spec;
            blocks_found.push_back(t.block);
            if (first_proactive.empty()) first_proactive = t.caption_span;
        }
        // Missing rows: one finding each, or one for many.
        if (!t.missing_rows.empty()) {
            if (t.missing_rows.size() <= 3) {
                for (const auto& key : t.missing_rows) {
                    auto& f = out.add(rule_table_shape, t.caption_span,
                                      name + "缺少“" + full_row_label(rows, key) + "”一行", spec->basis);
                    f.expected = full_row_label(rows, key);
                }
            } else {
                std::string list;
                for (size_t i = 0; i < t.missing_rows.size() && i < 3; ++i)
                    list += (i ? "、“" : "“") + full_row_label(rows, t.missing_rows[i]) + "”";
                out.add(rule_table_shape, t.caption_span,
                        name + "缺少" + std::to_string(t.missing_rows.size()) + "行（" + list + "等）", spec->basis);
            }
        }
        for (size_t i = 0; i < t.unknown_rows.size(); ++i)
            out.add(rule_table_shape, t.unknown_row_spans[i],
                    name + "中“" + t.unknown_rows[i] + "”一行不是" + (t.edition.empty() ? ctx.edition.id : t.edition) +
                        "年版格式规定的行",
                    spec->basis);
        // Rows with too few or too many numbers: most rows short means a column is missing.
        const size_t n = t.col_keys.size();
        if (!t.ragged_rows.empty() && t.ragged_rows.size() * 2 > t.cells.size() && t.cells.size() > 1) {
            // Table 二's columns are per block; a spec without columns names none (found by fuzzing:
            // front() of an empty vector).
            const std::vector<TableColumnSpec>& cols = block ? block->cols : spec->cols;
            const std::string range = cols.empty() ? "" : "（" + cols.front().label + "……" + cols.back().label + "）";
            out.add(rule_table_shape, t.caption_span,
                    name + "多数行只有 " + std::to_string(t.ragged_rows.front().second) + " 个数，应为 " +
                        std::to_string(n) + " 列" + range,
                    spec->basis);
        } else {
            for (const auto& [row, count] : t.ragged_rows) {
                const auto& cells = t.cells[static_cast<size_t>(row)];
                const std::string& label = t.row_labels[static_cast<size_t>(row)];
                Span span = t.row_label_spans[static_cast<size_t>(row)];
                if (span.empty() && !cells.empty()) span = {cells.front().span.begin, cells.back().span.end};
                auto& f = out.add(rule_table_shape, span,
                                  name + (label.empty() ? "" : "“" + label + "”一行") + "有 " + std::to_string(count) +
                                      " 个数，应为 " + std::to_string(n) + " 个",
                                  spec->basis);
                f.expected = std::to_string(n);
                f.actual = std::to_string(count);
            }
        }
    }
    // Table 二: blocks the format has and the report lacks.
    if (proactive_spec && !first_proactive.empty()) {
        for (const auto& b : proactive_spec->blocks) {
            bool have = false;
            for (const auto& k : blocks_found) have = have || k == b.key;
            if (!have) {
                auto& f = out.add(rule_table_shape, first_proactive, "表二缺少“" + b.caption + "”部分", proactive_spec->basis);
                f.expected = b.caption;
            }
        }
    }
}

}  // namespace

const Rule rule_table_shape{
    "table.shape",
    Severity::Error,
    "统计表缺行、缺列或有格式之外的行",
    {
        "按格式逐行核对表二、表三、表四：缺少规定的行（如“3.危及“三安全一稳定””）、一行的数字个数与列数不符、"
        "出现格式中没有的行，或表二缺少某个“第二十条第（X）项”部分，都会报告。行标签按含义比较（忽略空格、换行、"
        "全半角和编号写法）。",
        "缺行缺列的表无法核对勾稽关系，也无法与其他机关的数据汇总比较。",
        "国办公开办函〔2019〕60号、国办公开办函〔2021〕30号（政府信息公开工作年度报告格式）",
        "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
        "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
        "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
