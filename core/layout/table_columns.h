#pragma once
// Table cells that sit closer than an em (LibreOffice and Word tables: a cell's padding is a few
// points, so "行政规范性文件" and the next cell's "8" end up one segment). A table's columns show as
// edges that recur from row to row — cells' left edges, right edges, or the centres of centred
// numbers; a segment joined across such an edge is split there.
#include <vector>

#include "layout/text_lines.h"

namespace nianbao::layout {

void split_at_columns(std::vector<TextLine>& lines);

}  // namespace nianbao::layout
