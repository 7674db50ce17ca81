#pragma once
// Helpers shared by the table.* rules: the spec a table was read with, cell names for messages
// (numbers: rules/number_format.h).
#include <string>

#include "document/document.h"
#include "edition/table_spec.h"
#include "rules/number_format.h"
#include "rules/rule.h"

namespace nianbao {

// The spec of `topic` for the table: the edition whose labels the table used, else the report's.
const TableSpec* spec_for(const CheckContext& ctx, const Table& t);
// "表三" / "表四" / "表二“第二十条第（一）项”" / "附表"
std::string table_name(const TableSpec* spec, const Table& t);
// The row/column names as the format writes them: "“（七）总计”行“自然人”列".
std::string cell_name(const Table& t, int row, int col);
// Value of a cell for sums: blank or a dash counts as 0; nullopt when it holds text or nothing usable.
bool cell_value(const Cell& c, long double& out);
bool is_total_position(const TableSpec* spec, const Table& t, int row, int col);

}  // namespace nianbao
