#pragma once
// The finishing steps every converter shares (HTML and .docx give the same kind of text): one cell's
// lines joined onto one line, and the whole text tidied. They follow the page's former JavaScript
// converter (web/js/html-to-text.js) rule for rule, including what JavaScript calls white space.
#include <string>
#include <string_view>

namespace nianbao::files {

// A cell's text on one line: around a line break, white space disappears between two CJK ideographs
// (a label wrapped by the cell width: 行政\n复议 → 行政复议) and becomes one space otherwise; tabs
// become spaces (a tab would start a new cell). Trimmed.
std::string join_cell_lines(std::string_view cell_text);

// Spaces before a line break removed, at most one blank line in a row, trimmed, one final '\n'.
std::string finish_text(std::string_view text);

// JavaScript's \s and String.prototype.trim: ASCII white space, NBSP, U+1680, U+2000–U+200A,
// U+2028/9, U+202F, U+205F, U+3000, U+FEFF.
bool is_js_space(char32_t cp);

}  // namespace nianbao::files
