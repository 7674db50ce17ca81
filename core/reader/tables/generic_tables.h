#pragma once
// Tables no edition prescribes (2008 annexes, breakdowns in any report): Word tab-indented blocks
// by column (a column of labels, then a column of numbers, then "合计 34条") or by row (指标名称 |
// 单位 | 2017年 | 历年累计, one block per row), tab-separated rows and space-aligned rows.
// Totals (合计/总计/共计/小计) and 其中 sub-rows are marked for the generic relations.
#include <utility>
#include <vector>

#include "document/document.h"
#include "edition/edition.h"
#include "reader/tables/table_tokens.h"

namespace nianbao {

void read_generic_tables(Document& doc, const EditionSet& editions, const TokenStream& ts,
                         const std::vector<std::pair<uint32_t, uint32_t>>& covered);

}  // namespace nianbao
