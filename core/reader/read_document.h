#pragma once
// The reader: normalized text in, Document out. Each step is one file under core/reader/ with the
// signature `void read_<step>(Document&, const EditionSet&)`, run in this order:
//   lines → clutter → inline_breaks → garbled → placeholders → dates → meta → tables → outline → prose_numbers
// (tables before the outline: table row labels such as "一、本年新收…" are not section headings)
#include "document/document.h"
#include "edition/edition.h"

namespace nianbao {

Document read_document(const NormalizedText& text, const EditionSet& editions);

void read_lines(Document&, const EditionSet&);
void read_clutter(Document&, const EditionSet&);
// Cuts a body that arrived on one line into logical lines at its inline headings and table rows.
void read_inline_breaks(Document&, const EditionSet&);
void read_garbled(Document&, const EditionSet&);
void read_placeholders(Document&, const EditionSet&);
void read_dates(Document&, const EditionSet&);
void read_meta(Document&, const EditionSet&);
void read_tables(Document&, const EditionSet&);
void read_outline(Document&, const EditionSet&);
// Assigns level-1 topics by the edition's keywords (read_outline uses the edition of the report
// year; check() calls it again when the user chose another edition).
void assign_topics(Document&, const Edition&);
void read_prose_numbers(Document&, const EditionSet&);

}  // namespace nianbao
