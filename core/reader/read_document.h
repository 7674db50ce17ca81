#pragma once
// The reader: normalized text in, Document out. Each step is one file under core/reader/ with the
// signature `void read_<step>(Document&, const EditionSet&)`, run in this order:
//   lines → clutter → garbled → placeholders → dates → meta → outline → tables → prose_numbers
#include "document/document.h"
#include "edition/edition.h"

namespace nianbao {

Document read_document(const NormalizedText& text, const EditionSet& editions);

void read_lines(Document&, const EditionSet&);
void read_clutter(Document&, const EditionSet&);
void read_garbled(Document&, const EditionSet&);
void read_placeholders(Document&, const EditionSet&);
void read_dates(Document&, const EditionSet&);
void read_meta(Document&, const EditionSet&);
void read_outline(Document&, const EditionSet&);
void read_tables(Document&, const EditionSet&);
void read_prose_numbers(Document&, const EditionSet&);

}  // namespace nianbao
