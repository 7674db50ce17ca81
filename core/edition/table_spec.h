#pragma once
// Typed view of the "tables" part of an edition's JSON (data/editions/*.json): the statistical
// tables a report must contain (captions, row and column labels with aliases, reconciliation
// equations), and, for the 2008 edition, hints for the generic annex tables.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "edition/edition.h"
#include "text/label_key.h"  // table_label_key(): labels are compared by key, never byte for byte

namespace nianbao {

// The key without a leading list ordinal ("一、", "(三)", "1.", "1,", "(1)"), repeated at most twice:
// row labels are matched on their words, the ordinals vary between reports.
std::string_view strip_ordinal(std::string_view key);

// The parts of a grouped column label or key: "行政诉讼·复议后起诉·总计" → 行政诉讼, 复议后起诉, 总计
// (views into `label`; a label without "·" is its own single part).
std::vector<std::string_view> label_parts(std::string_view label);

// What a cell must hold.
enum class CellKind { Count, Signed, Amount };

struct TableColumnSpec {
    std::string key;                 // "natural", "review.total", …
    std::string label;               // canonical label, Chinese
    std::vector<std::string> keys;   // match keys (ordinal-stripped) of label and aliases
    CellKind kind = CellKind::Count;
};

struct TableRowSpec {
    std::string key;                 // "r1", "r21.1", "item1.rules"; "" for a group header
    std::string label;               // canonical label, Chinese (for messages)
    std::vector<std::string> keys;   // match keys (ordinal-stripped) of label and aliases
    bool group = false;              // a header over other rows: no numbers of its own
};

struct TableEquationSpec {
    std::string id;                  // "E1"
    std::string name;                // Chinese, for messages
    std::string axis;                // "column": relates rows, holds in every column;
                                     // "row": relates columns, holds in every row
    std::vector<std::string> lhs, rhs;  // row keys (axis column) or column keys (axis row)
    std::string blame;               // key blamed when no single cell explains a failure
};

struct TableBlockSpec {              // one block of table 二 (第二十条第（X）项)
    std::string key;                 // "item1"
    std::string caption;             // "第二十条第（一）项"
    std::string caption_key;
    std::vector<TableColumnSpec> cols;
    std::vector<TableRowSpec> rows;
};

struct TableSpec {
    std::string topic;               // "proactive", "applications", "review_litigation"
    std::string name;                // Chinese: "表二 主动公开政府信息情况"
    bool required = true;
    std::vector<std::string> anchors;  // match keys of labels that open the table
    std::vector<std::string> header_keys;  // match keys of header cells that are neither rows nor columns
    std::vector<TableColumnSpec> cols;
    std::vector<TableRowSpec> rows;  // in order, group headers included
    std::vector<TableBlockSpec> blocks;  // table 二 only
    std::vector<TableEquationSpec> equations;
    std::string basis;               // Chinese reference for findings

    const TableRowSpec* row(std::string_view key) const;
    const TableColumnSpec* col(std::string_view key) const;
    const TableBlockSpec* block(std::string_view key) const;
};

// Hints for generic tables (2008 annexes): which 其中 breakdowns are exhaustive.
struct GenericTableHints {
    std::vector<std::string> exhaustive_parents;  // match keys contained in a parent row label
    std::vector<std::string> total_labels;        // 合计, 总计, 共计, 小计
    std::vector<std::string> cumulative_labels;   // 历年累计, 累计
    std::vector<std::string> current_labels;      // 本年, 本年度 (a "20XX年" column counts too)
};

struct EditionTables {
    std::vector<TableSpec> tables;
    GenericTableHints generic;
    const TableSpec* find(std::string_view topic) const;
};

EditionTables parse_table_specs(const nlohmann::json& tables_json);
// The parsed "tables" of an edition, cached per edition.
const EditionTables& table_specs(const Edition& edition);

}  // namespace nianbao
