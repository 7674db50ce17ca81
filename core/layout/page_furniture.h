#pragma once
// Page furniture: page numbers (-3-, — 1 —, 第 3 页, 3/6) and running headers or footers repeated on
// several pages, found in the page's top or bottom margin. They are not the report's text: a page
// number between two table rows would break the table.
#include <cstddef>
#include <vector>

#include "layout/text_lines.h"
#include "layout/text_item.h"

namespace nianbao::layout {

// Removes furniture lines; returns how many were removed.
size_t drop_page_furniture(std::vector<TextLine>& lines, const std::vector<PageBox>& pages);

}  // namespace nianbao::layout
