#pragma once
// Runs → lines: runs whose vertical centres agree form a line (a table's label and its numbers sit in
// different fonts with boxes a few points apart: still one line); within a line, runs closer than
// about one character's height form a segment (a word, a sentence, a table cell), wider gaps separate
// segments (table cells, or the parts of a line set apart by spaces).
#include <string>
#include <vector>

#include "layout/runs.h"

namespace nianbao::layout {

// Where two runs were joined into one segment with a gap between them: a table cell boundary when
// the table's cells sit closer than an em (table_columns.h decides).
struct Joint {
    size_t at = 0;            // byte offset in the segment's text where the right run starts
    double left_x1 = 0;       // end of the text before
    double right_x0 = 0;      // start of the text after
};

struct Segment {
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    std::string text;
    size_t glyphs = 0;  // code points
    double em = 0;      // the tallest run's height: a segment spanning lines keeps its character size
    bool numeric = false;  // a table value: digits, with . , % or a leading minus
    std::vector<Joint> joints;  // left to right
};

struct TextLine {
    int page = 0;
    double y0 = 0, y1 = 0;
    double height = 0;  // the tallest run's box height
    std::vector<Segment> segments;  // left to right
    double center_y() const { return (y0 + y1) / 2; }
};

// Lines of every page, pages in order, each page's lines top to bottom.
std::vector<TextLine> lines_of(std::vector<Run> runs);

// Whether a cell's text is a table value.
bool is_value_text(const std::string& text);

}  // namespace nianbao::layout
