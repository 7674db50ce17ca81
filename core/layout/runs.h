#pragma once
// Items → runs: each item's text cut at its spaces into runs of visible characters, each with the
// part of the item's box it covers (estimated from character widths: a CJK or full-width character
// is twice as wide as an ASCII one). pdf.js hands over whole drawn strings ("3001   53"), poppler
// single words; after this step both are runs, and the gaps between them are read from positions.
#include <cstddef>
#include <string>
#include <vector>

#include "layout/text_item.h"

namespace nianbao::layout {

struct Run {
    int page = 0;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;  // top-left origin
    std::string text;                        // no whitespace
    // The character size, from the glyphs' advance where the item allows (a CJK glyph is one em
    // wide; a digit half an em) rather than the box height: poppler's boxes span the font's ascent
    // and descent, pdf.js gives the font size, and gaps are judged in ems the same for both.
    double em = 0;
    double height() const { return y1 - y0; }
    double center_y() const { return (y0 + y1) / 2; }
};

// Wide (CJK, full-width) characters: they need no space between them and their neighbours.
bool is_wide(char32_t cp);

// At most `max_items` items are read; `items_read` says how many were.
std::vector<Run> runs_of(const PositionedText& input, size_t max_items, size_t& items_read);

}  // namespace nianbao::layout
