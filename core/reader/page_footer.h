#pragma once
// Page numbers that PDF and Word text leave on a line of their own. One test serves the clutter
// step (which marks such lines), the prose paragraphs (a footer inside a sentence does not end it)
// and the table tokens (a table that runs over a page break reads as one).
#include <string_view>

namespace nianbao {

// Whether the line is a page number: "-4-", "- 4 -", "—4—", "— 5 —", "——5——", "第4页",
// "第 4 页 共 6 页", "第4页/共6页", "共6页第4页", "4 / 6". Spaces and tabs anywhere are ignored,
// so a raw, trimmed or whitespace-free line may be given. A bare number ("4") is never one: it may
// be a table cell or Word's PAGE field result (the clutter step decides that one by its field).
bool is_page_footer(std::string_view line);

}  // namespace nianbao
