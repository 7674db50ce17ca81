#pragma once
// Reads a table whose rows and columns the edition names (table 三, table 四, a block of table 二)
// from the token stream, whatever the layout: rows are runs of values, each run is given the
// edition row whose label can be spelled from the label tokens around it, in the edition's order.
#include <functional>
#include <vector>

#include "document/document.h"
#include "edition/table_spec.h"
#include "reader/tables/table_tokens.h"

namespace nianbao {

struct RowTableRead {
    Table table;
    int matched = 0;        // edition rows found
    int unknown = 0;        // runs of values between found rows whose label the edition does not know
    int missing = 0;        // edition rows not found
    int cols_spelled = 0;   // column labels found in the header
    uint32_t end = 0;       // index of the first token after the table
    std::vector<uint32_t> row_label_tokens;  // tokens used by row labels (for foreign-label spans)
    std::vector<std::vector<uint32_t>> row_tokens;  // per table row, the label tokens
    std::vector<std::vector<uint32_t>> value_tokens;  // per table row, the value tokens of its run
    std::vector<std::vector<uint32_t>> col_tokens;  // per column, the header tokens
    int score() const { return 3 * matched + cols_spelled - 2 * unknown - 2 * missing; }
};

// `start`: the token that opened the table (anchor or caption). `stop(i)` tells a token that
// ends the region (another table's caption, prose). Tokens past `limit` are never read.
RowTableRead read_row_table(const TokenStream& ts, uint32_t start, uint32_t limit,
                            const std::vector<TableRowSpec>& rows, const std::vector<TableColumnSpec>& cols,
                            const std::function<bool(uint32_t)>& stop);

}  // namespace nianbao
