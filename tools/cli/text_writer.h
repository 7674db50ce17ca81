#pragma once
// The human-readable report: `file:line:column: severity rule message`, the source line and a caret
// line aligned under CJK text (U+3000 pads full-width characters), then a summary line.
#include <ostream>
#include <vector>

#include "check/check.h"

namespace nianbao::cli {

void write_text(std::ostream& out, const std::vector<const Result*>& results, bool color);

}  // namespace nianbao::cli
