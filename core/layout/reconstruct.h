#pragma once
// Positioned text → the plain text the reader checks: reading order, lines, page headers/footers and
// page numbers dropped, tables as tab-separated rows (cells from column positions; labels wrapped
// inside a cell joined; a label printed one character per line read as one cell; a table continued on
// the next page continued). Findings point into this text; the page shows it.
#include <cstddef>
#include <string>

#include "layout/text_item.h"

namespace nianbao::layout {

struct Reconstructed {
    std::string text;            // UTF-8, '\n' between lines, '\t' between table cells
    size_t pages = 0;            // pages in the input
    size_t text_items = 0;       // items that carried text
    size_t dropped_lines = 0;    // page headers, footers, page numbers
    size_t table_rows = 0;       // rows written as tab-separated cells
};

// Bounded: at most kMaxItems items are read (the rest are counted, not placed); time is
// O(n log n) in the characters read.
constexpr size_t kMaxItems = 400000;
Reconstructed reconstruct(const PositionedText& input);

}  // namespace nianbao::layout
