#include "layout/reconstruct.h"

#include "layout/page_furniture.h"
#include "layout/runs.h"
#include "layout/table_columns.h"
#include "layout/table_rows.h"
#include "layout/text_lines.h"
#include "layout/vertical_labels.h"

namespace nianbao::layout {

Reconstructed reconstruct(const PositionedText& input) {
    Reconstructed out;
    out.pages = input.pages.size();
    std::vector<TextLine> lines = lines_of(runs_of(input, kMaxItems, out.text_items));
    out.dropped_lines = drop_page_furniture(lines, input.pages);
    split_at_columns(lines);
    join_vertical_labels(lines);
    out.table_rows = attach_wrapped_labels(lines);

    // One line of text per line of the page, no blank lines between paragraphs: where a gap is
    // "wide" differs by a fraction of a point between poppler and pdf.js, and the page and the CLI
    // must read the same text (the reader needs no blank lines: Word text has none).
    for (const TextLine& line : lines) {
        if (line.segments.empty()) continue;
        // Segments are set apart by more than a character's width: table cells (a header row has
        // no values to tell it from prose, but prose has no such gaps), so a tab between them.
        for (size_t i = 0; i < line.segments.size(); ++i) {
            if (i > 0) out.text += '\t';
            out.text += line.segments[i].text;
        }
        out.text += '\n';
    }
    return out;
}

}  // namespace nianbao::layout
