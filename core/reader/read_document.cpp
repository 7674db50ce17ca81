#include "reader/read_document.h"

namespace nianbao {

Document read_document(const NormalizedText& text, const EditionSet& editions) {
    Document doc;
    doc.text = &text;
    read_lines(doc, editions);
    read_clutter(doc, editions);
    read_inline_breaks(doc, editions);
    read_garbled(doc, editions);
    read_placeholders(doc, editions);
    read_dates(doc, editions);
    read_meta(doc, editions);
    read_tables(doc, editions);
    read_outline(doc, editions);
    read_prose_numbers(doc, editions);
    return doc;
}

}  // namespace nianbao
