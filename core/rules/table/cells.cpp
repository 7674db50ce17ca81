#include "rules/table/cells.h"

#include "reader/tables/cell_number.h"

namespace nianbao {

const TableSpec* spec_for(const CheckContext& ctx, const Table& t) {
    if (t.topic != "proactive" && t.topic != "applications" && t.topic != "review_litigation") return nullptr;
    const EditionSet& all = EditionSet::builtin();
    if (!t.edition.empty())
        if (const Edition* e = all.find(t.edition))
            if (const TableSpec* s = table_specs(*e).find(t.topic)) return s;
    // A table whose labels fit both editions equally (表四) is checked with the report's edition;
    // in a 2008 report, which prescribes no table, it is left to the generic relations.
    return table_specs(ctx.edition).find(t.topic);
}

std::string table_name(const TableSpec* spec, const Table& t) {
    if (t.topic == "proactive") {
        std::string name = "表二";
        if (spec)
            if (const TableBlockSpec* b = spec->block(t.block)) name += "“" + b->caption + "”";
        return name;
    }
    if (t.topic == "applications") return "表三";
    if (t.topic == "review_litigation") return "表四";
    return "附表";
}

std::string cell_name(const Table& t, int row, int col) {
    std::string s;
    const bool single_row = t.row_keys.size() == 1 && t.row_labels[0].empty();
    if (!single_row && row >= 0 && static_cast<size_t>(row) < t.row_labels.size())
        s += "“" + t.row_labels[static_cast<size_t>(row)] + "”行";
    if (col >= 0 && static_cast<size_t>(col) < t.col_labels.size() && !t.col_labels[static_cast<size_t>(col)].empty())
        s += "“" + t.col_labels[static_cast<size_t>(col)] + "”" + (single_row ? "" : "列");
    return s;
}

bool cell_value(const Cell& c, long double& out) {
    if (c.blank) {
        out = 0;
        return true;
    }
    if (c.number.valid && !c.number.overflow) {
        out = c.number.value;
        return true;
    }
    if (is_dash_cell(c.text)) {  // "-", "/", "无": nothing there
        out = 0;
        return true;
    }
    return false;
}

bool is_total_position(const TableSpec* spec, const Table& t, int row, int col) {
    if (!spec) return false;
    for (const auto& eq : spec->equations) {
        if (eq.lhs.size() != 1) continue;
        if (eq.axis == "row" && col >= 0 && static_cast<size_t>(col) < t.col_keys.size() && t.col_keys[col] == eq.lhs[0])
            return true;
        if (eq.axis == "column" && row >= 0 && static_cast<size_t>(row) < t.row_keys.size() && t.row_keys[row] == eq.lhs[0])
            return true;
    }
    return false;
}

}  // namespace nianbao
