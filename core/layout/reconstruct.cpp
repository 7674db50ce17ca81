#include "layout/reconstruct.h"

#include <algorithm>

#include "layout/page_furniture.h"
#include "layout/runs.h"
#include "layout/table_rows.h"
#include "layout/text_lines.h"
#include "layout/vertical_labels.h"

namespace nianbao::layout {

namespace {

// A vertical gap above this share of the line height starts a new paragraph (a blank line), the way
// a reader of the page sees one.
constexpr double kParagraphGap = 1.2;

}  // namespace

Reconstructed reconstruct(const PositionedText& input) {
    Reconstructed out;
    out.pages = input.pages.size();
    std::vector<TextLine> lines = lines_of(runs_of(input, kMaxItems, out.text_items));
    out.dropped_lines = drop_page_furniture(lines, input.pages);
    join_vertical_labels(lines);
    out.table_rows = attach_wrapped_labels(lines);

    const TextLine* previous = nullptr;
    for (const TextLine& line : lines) {
        if (line.segments.empty()) continue;
        // (Across a page break nothing is known: a paragraph or a table usually continues.)
        if (previous && previous->page == line.page &&
            line.y0 - previous->y1 > kParagraphGap * std::max(line.height, previous->height))
            out.text += '\n';
        // Segments are set apart by more than a character's width: table cells (a header row has
        // no values to tell it from prose, but prose has no such gaps), so a tab between them.
        for (size_t i = 0; i < line.segments.size(); ++i) {
            if (i > 0) out.text += '\t';
            out.text += line.segments[i].text;
        }
        out.text += '\n';
        previous = &line;
    }
    return out;
}

}  // namespace nianbao::layout
