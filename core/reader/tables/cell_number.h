#pragma once
// A number written in a table cell: "12", "+3", "-18", "1,234", "96171.6", "1700元", "25.1万元", "34条".
#include <string_view>

#include "document/document.h"

namespace nianbao {

// Parses the whole of `raw` (already trimmed) as a number with an optional unit. Returns a Number
// with valid == false when `raw` is anything else. `span` is recorded as the number's span.
Number parse_cell_number(std::string_view raw, Span span);

// True for what tables write instead of a number in an empty cell: "-", "—", "/", "无", "空".
bool is_dash_cell(std::string_view raw);

}  // namespace nianbao
