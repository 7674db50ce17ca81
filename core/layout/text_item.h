#pragma once
// Positioned text: what a PDF's text layer gives (pdf.js in the page, poppler in the CLI), before
// any reading order. Both front ends hand these to the one layout reconstruction (reconstruct.h),
// so a PDF reads the same in the page and the CLI.
#include <string>
#include <vector>

namespace nianbao::layout {

// One run of text as the PDF draws it. Coordinates in PDF points, origin at the page's top-left,
// y growing downwards; (x, y) is the top-left corner of the run's box. A run may be one glyph, a
// word or a whole line: the reconstruction splits runs into characters and regroups them by
// geometry, so how a library chunks text does not change the result. Spaces inside `text` are
// dropped (gaps are read from positions). Vertical runs (rotated text) are given as one run per
// character by both libraries.
struct TextItem {
    int page = 0;  // 0-based
    double x = 0, y = 0, width = 0, height = 0;
    std::string text;  // UTF-8
};

struct PageBox {
    double width = 0, height = 0;
};

struct PositionedText {
    std::vector<PageBox> pages;
    std::vector<TextItem> items;  // any order
};

}  // namespace nianbao::layout
