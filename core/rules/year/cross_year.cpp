#include "rules/year/cross_year.h"

#include <cmath>

#include "edition/cross_year_spec.h"
#include "rules/number_format.h"
#include "rules/table/cells.h"

namespace nianbao {

namespace {

// The first readable table of `topic` (and 表二 block) in a document.
const Table* find_table(const Document& doc, const std::string& topic, const std::string& block) {
    for (const Table& t : doc.tables)
        if (t.topic == topic && (block.empty() || t.block == block) && t.numbers_readable()) return &t;
    return nullptr;
}

int index_of(const std::vector<std::string>& keys, const std::string& key) {
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<int>(i);
    return -1;
}

// A cell's value for the comparison; false when the table lacks the row/column or the cell holds text.
bool value_at(const Table* t, const std::string& row, const std::string& col, long double& out) {
    if (!t) return false;
    const int r = index_of(t->row_keys, row), c = index_of(t->col_keys, col);
    if (r < 0 || c < 0 || static_cast<size_t>(r) >= t->cells.size() || static_cast<size_t>(c) >= t->cells[r].size())
        return false;
    return cell_value(t->cells[r][c], out);
}

}  // namespace

std::string previous_report_name(const PreviousReport& previous) {
    std::string s = "上一年度报告";
    if (previous.year || previous.file) {
        s += "（";
        if (previous.year) s += std::to_string(*previous.year) + "年";
        if (previous.year && previous.file) s += "，";
        if (previous.file) s += *previous.file;
        s += "）";
    }
    return s;
}

void check_cross_year(const Rule& rule, const CheckContext& ctx, Findings& out) {
    const PreviousReport* prev = ctx.previous;
    // Only a report of the year before: two years apart, nothing carries over directly.
    if (!prev || !ctx.year || !prev->year || *prev->year != *ctx.year - 1) return;
    for (const CrossYearSpec& spec : cross_year_specs(ctx.edition)) {
        if (spec.rule != rule.id) continue;
        bool applies = true;
        for (const CrossYearTerm& term : spec.terms)
            if (!term.edition.empty() && (term.previous ? prev->edition.id : ctx.edition.id) != term.edition) applies = false;
        if (!applies) continue;
        const Table* mine = find_table(ctx.doc, spec.table, spec.block);
        const Table* theirs = find_table(prev->doc, spec.table, spec.block);
        if (!mine || !theirs) continue;
        const std::vector<std::string>& cols = spec.all_cols ? mine->col_keys : spec.cols;
        for (const std::string& row : spec.rows) {
            for (const std::string& col : cols) {
                long double actual = 0, expected = 0;
                if (!value_at(mine, row, col, actual)) continue;
                bool complete = true;
                for (const CrossYearTerm& term : spec.terms) {
                    long double v = 0;
                    complete = complete && value_at(term.previous ? theirs : mine, term.row.empty() ? row : term.row,
                                                    term.col.empty() ? col : term.col, v);
                    expected += term.sign * v;
                }
                if (!complete || std::fabs(static_cast<double>(actual - expected)) < 1e-6) continue;
                const int r = index_of(mine->row_keys, row), c = index_of(mine->col_keys, col);
                const TableSpec* ts = spec_for(ctx, *mine);
                Finding& f = out.add(rule, mine->cells[r][c].span,
                                     table_name(ts, *mine) + cell_name(*mine, r, c) + "为 " + format_number(actual) +
                                         "，按" + previous_report_name(*prev) + "应为 " + format_number(expected) +
                                         "（" + spec.name + "）",
                                     ctx.edition.name + "；" + spec.name);
                f.expected = format_number(expected);
                f.actual = format_number(actual);
            }
        }
    }
}

}  // namespace nianbao
