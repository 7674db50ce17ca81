#pragma once
// The token stream the table readers work on: every content line cut into cells at tabs, at
// runs of two or more spaces and at pipes (markdown, pipe_rows.h), each cell a label, a number, a
// blank (an empty cell between two tabs or two pipes) or a dash ("-", "/", "无"). Clutter lines,
// page footers ("-4-"), markdown rule lines and a converter's caption headings are left out, so a
// table that runs over a page break reads as one. One linear pass over the lines.
#include <string>
#include <vector>

#include "document/document.h"
#include "reader/tables/table_vocabulary.h"

namespace nianbao {

struct TableToken {
    enum class Kind { Label, Number, Blank, Dash };
    Kind kind = Kind::Label;
    Span span;               // normalized bytes; empty (at its place) for a blank
    uint32_t line = 0;       // index into the token stream's lines (doc.lines)
    bool first_on_line = false;
    bool after_tab = false;  // separated from what precedes it on its line by a tab
    bool indented = false;   // the line starts with a tab (Word table cell export)
    bool prose = false;      // a sentence, not a label: ends a table region
    bool piped = false;      // cut out of a pipe row ("| 规章 | 13 |"): its line is one table row
    bool fused = false;      // Number: digits glued to a label, perhaps several cells run together
    std::string key;         // Label: match key without ordinal (table_label_key + strip_ordinal); "" for prose
    Number number;           // Number

    bool is_value() const { return kind != Kind::Label; }
    bool is_label() const { return kind == Kind::Label; }
};

struct TokenStream {
    std::vector<TableToken> tokens;
    std::vector<Span> lines;  // line spans (doc.lines, or computed when the reader ran without them)
    const std::string* text = nullptr;  // the normalized text the spans point into
    std::string_view slice(Span s) const { return std::string_view(*text).substr(s.begin, s.size()); }
};

// With a vocabulary, chunks that run cells together are cut apart (run_on_cells.h).
TokenStream table_tokens(const Document& doc, const TableVocabulary* vocabulary = nullptr);


}  // namespace nianbao
