#pragma once
// A list counter written the way Word's w:numFmt shows it: 3 → "三" (chineseCounting), "叁"
// (chineseLegalSimplified), "丙" (ideographTraditional), "③" (decimalEnclosedCircle), "iii" …
#include <string>
#include <string_view>

namespace nianbao::files {

// Unknown formats are written as decimal; "bullet" and "none" give "".
std::string format_list_number(int value, std::string_view num_fmt);

}  // namespace nianbao::files
