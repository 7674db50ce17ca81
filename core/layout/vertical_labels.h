#pragma once
// A label printed one character per line: a narrow merged cell (三、本年度办理结果 down the side of
// 表三) wraps its text to one character a line. Stacked short segments at the same x with an even
// pitch are joined into one segment, kept where the stack starts.
#include <vector>

#include "layout/text_lines.h"

namespace nianbao::layout {

void join_vertical_labels(std::vector<TextLine>& lines);

}  // namespace nianbao::layout
