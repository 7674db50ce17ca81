#pragma once
// A row label whose pieces a PDF→markdown converter scattered: the lines of a wrapped cell come out
// of order and ahead of the row they belong to ("1.申请人无正当理由逾期不补正、" and "开申请" as plain
// lines, then "| 行政机关不再处理其政府信息公 | 40 | 1 | …" several rows later). In-order spelling
// (label_spelling.h) cannot read it; gathering takes unused label tokens in any order.
#include <cstdint>
#include <string_view>
#include <vector>

#include "reader/tables/label_spelling.h"
#include "reader/tables/table_tokens.h"

namespace nianbao {

// Covers `key` exactly with unused label tokens that stand in [from, before), each used once, in
// any order. Looks at the nearest few candidates only (a wrapped cell has a handful of lines), so
// one call costs a bounded number of comparisons whatever the table's size.
Spelling gather_label(std::string_view key, const std::vector<TableToken>& tokens, const std::vector<bool>& used,
                      uint32_t from, uint32_t before);

}  // namespace nianbao
