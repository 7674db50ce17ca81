#pragma once
// Shares of a total stated right after a part: "区直各部门2275条，占77%", "占比8.5%", "1592条（76.9%）".
// Only wording that makes the percentage the part's share of the list's own total is taken: "占全市的
// 8.5%" or "同比增长8.5%" have another base.
#include <string_view>
#include <vector>

#include "document/document.h"
#include "reader/prose/prose_text.h"

namespace nianbao::prose {

constexpr size_t kNoShare = static_cast<size_t>(-1);

// Index of the "%" token stating the share of tokens[part], or kNoShare.
size_t share_after(std::string_view s, const std::vector<Token>& tokens, size_t part);

// Where the share ends as written (past the bracket of "（76.9%）").
size_t share_end(std::string_view s, const Token& share);

// Decimal places written in a percentage: "76.9%" → 1, "77%" → 0.
int written_decimals(const Number& share);

// Whether every part states a share and the shares add up to 100 % within their rounding (each
// may be off by half a unit of its last written digit).
bool shares_complete(const std::vector<Number>& shares);

}  // namespace nianbao::prose
