#pragma once
// Table rows from lines: a cell's label wrapped over several lines prints its lines above and below
// the row's numbers (cells are centred vertically), and a merged cell's label sits somewhere along
// the rows it spans. Label fragments close to a row of values (within about an em) are joined into
// that row's cell at the same x, or become a cell of their own in it, so the row reads
// "label<TAB>value<TAB>value…" as a Word table's rows do.
#include <cstddef>
#include <vector>

#include "layout/text_lines.h"

namespace nianbao::layout {

// Returns the number of rows of values (lines with a value among two or more cells).
size_t attach_wrapped_labels(std::vector<TextLine>& lines);

}  // namespace nianbao::layout
