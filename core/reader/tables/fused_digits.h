#pragma once
// Digits of several cells run together: "640020470" in a row of seven columns is 64|0|0|2|0|4|70.
// The format says how a row divides: the number of columns, each row's 总计 = the sum of its parts
// (表四: three groups of five), and down the columns E1/E2. A split is accepted only when it is the
// only one consistent with all of that; otherwise the table is marked Unsplit and no rule checks its
// numbers — a sum check on a guess would be a false alarm.
#include <cstdint>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "edition/table_spec.h"
#include "reader/tables/table_tokens.h"

namespace nianbao {

// One value written in a row: fused digits (may be several cells) or a cell of its own.
struct RowPiece {
    std::string_view digits;  // fused: the digit string
    Span span;
    bool fused = false;
    Number number;            // not fused: the cell's number (valid == false: blank or dash)
};

// "cell[lhs] = Σ cell[rhs]" over column indices.
struct RowEquation {
    int lhs = 0;
    std::vector<int> rhs;
};

struct RowSplits {
    std::vector<std::vector<Cell>> candidates;  // each: exactly `columns` cells
    bool exhausted = true;  // false: more than the cap, or the search budget ran out
};

// Every division of `pieces` into `columns` cells (each fused piece into one or more numbers without
// leading zeros, at most `max_digits[c]` digits in column c) that satisfies `equations`; at most
// `cap` candidates. Work is bounded by a step budget, whatever the length of the digits.
RowSplits split_row(const std::vector<RowPiece>& pieces, const std::vector<int>& max_digits,
                    const std::vector<RowEquation>& equations, size_t cap = 16);

// Divides the fused rows of a table read by the row reader. `row_values`: per table row, the value
// tokens of its run. Sets t.fused_digits and t.fused_rows; leaves tables without fused digits alone.
void settle_fused_digits(Table& t, const std::vector<std::vector<uint32_t>>& row_values, const TokenStream& ts,
                         const std::vector<TableColumnSpec>& cols, const std::vector<TableEquationSpec>& equations);

}  // namespace nianbao
