#pragma once
// Typed view of an edition's "cross_year" list (data/editions/*.json): figures of this year's report
// that must continue last year's. Each spec names target cells of this year's tables and the sum of
// terms (cells of this or last year's report) they must equal; a new format's continuity is a data
// change.
#include <string>
#include <vector>

#include "edition/edition.h"

namespace nianbao {

struct CrossYearTerm {
    bool previous = false;  // a cell of last year's report (else this year's)
    std::string row, col;   // empty: the target cell's row / column
    int sign = 1;
    std::string edition;    // non-empty: the term exists only when that report is in this edition
};

struct CrossYearSpec {
    std::string rule;                // "year.carryover", "year.stock"
    std::string name;                // Chinese, for messages
    std::string table, block;        // topic ("applications", "proactive") and 表二 block ("item1")
    std::vector<std::string> rows;   // target row keys
    std::vector<std::string> cols;   // target column keys; empty with all_cols
    bool all_cols = false;
    std::vector<CrossYearTerm> terms;
};

std::vector<CrossYearSpec> cross_year_specs(const Edition& edition);

}  // namespace nianbao
