#include "reader/tables/table_tokens.h"

#include "edition/table_spec.h"
#include "reader/tables/cell_number.h"
#include "reader/tables/pipe_rows.h"
#include "reader/tables/run_on_cells.h"
#include "reader/page_footer.h"

namespace nianbao {

namespace {

std::string_view trim(std::string_view s, uint32_t& offset) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
        ++offset;
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool looks_like_prose(std::string_view s) {
    if (s.size() > 150) return true;
    return s.find("。") != std::string_view::npos || s.find("；") != std::string_view::npos ||
           s.find(';') != std::string_view::npos;
}

// Cuts one chunk (no tabs, no double spaces) into tokens: a number, several numbers separated by
// single spaces ("0 0 0"), a dash, or one label.
void add_chunk(TokenStream& out, std::string_view chunk, uint32_t begin, uint32_t line, bool& first,
               bool after_tab, bool indented, const TableVocabulary* vocabulary) {
    auto push = [&](TableToken t) {
        t.line = line;
        t.first_on_line = first;
        t.after_tab = after_tab;
        t.indented = indented;
        first = false;
        after_tab = false;
        out.tokens.push_back(std::move(t));
    };
    Number n = parse_cell_number(chunk, {begin, begin + static_cast<uint32_t>(chunk.size())});
    if (n.valid) {
        TableToken t;
        t.kind = TableToken::Kind::Number;
        t.span = n.span;
        t.number = std::move(n);
        push(std::move(t));
        return;
    }
    if (is_dash_cell(chunk)) {
        TableToken t;
        t.kind = TableToken::Kind::Dash;
        t.span = {begin, begin + static_cast<uint32_t>(chunk.size())};
        push(std::move(t));
        return;
    }
    // "12 0 3": numbers separated by single spaces.
    if (!chunk.empty() && (is_digit(chunk[0]) || chunk[0] == '+' || chunk[0] == '-') &&
        chunk.find(' ') != std::string_view::npos) {
        std::vector<Number> parts;
        size_t i = 0;
        bool all = true;
        while (i < chunk.size() && all) {
            size_t j = chunk.find(' ', i);
            if (j == std::string_view::npos) j = chunk.size();
            Number p = parse_cell_number(chunk.substr(i, j - i),
                                         {begin + static_cast<uint32_t>(i), begin + static_cast<uint32_t>(j)});
            if (!p.valid || !p.unit.empty()) all = false;
            parts.push_back(std::move(p));
            i = j + 1;
        }
        if (all && parts.size() > 1) {
            for (auto& p : parts) {
                TableToken t;
                t.kind = TableToken::Kind::Number;
                t.span = p.span;
                t.number = std::move(p);
                push(std::move(t));
            }
            return;
        }
    }
    // Cells that lost their separators ("…申请数量640020470", "规章 000行政规范性文件693665"):
    // each piece is a chunk of its own; digits that may be several cells are marked fused.
    if (vocabulary) {
        const std::vector<RunOnPiece> pieces = cut_run_on_cells(chunk, *vocabulary);
        if (pieces.size() > 1) {
            for (const RunOnPiece& p : pieces) {
                const size_t from = out.tokens.size();
                add_chunk(out, chunk.substr(p.begin, p.end - p.begin), begin + static_cast<uint32_t>(p.begin), line,
                          first, after_tab, indented, nullptr);
                after_tab = false;
                if (!p.value) continue;
                for (size_t k = from; k < out.tokens.size(); ++k) {
                    TableToken& v = out.tokens[k];
                    const std::string_view raw = out.slice(v.span);
                    v.fused = v.kind == TableToken::Kind::Number && raw.size() >= 2 &&
                              raw.find_first_not_of("0123456789") == std::string_view::npos;
                }
            }
            return;
        }
    }
    TableToken t;
    t.kind = TableToken::Kind::Label;
    t.span = {begin, begin + static_cast<uint32_t>(chunk.size())};
    t.prose = looks_like_prose(chunk);
    // A sentence ends a table region and is never matched as a label: it needs no key, and most of
    // a report's text is sentences.
    if (!t.prose) t.key = std::string(strip_ordinal(table_label_key(chunk)));
    push(std::move(t));
}

// Cuts a stretch of a line (the whole line, or one cell of a pipe row) at tabs and at runs of 2+
// spaces. `after_separator`: a cell separator precedes the stretch on its line.
void cut_at_gaps(TokenStream& out, std::string_view line, uint32_t begin, uint32_t li, bool& first,
                 bool after_separator, bool indented, const TableVocabulary* vocabulary) {
    bool seen_content = false;
    bool pending_tab = after_separator;
    size_t i = 0;
    while (i <= line.size()) {
        size_t j = i;
        while (j < line.size() && line[j] != '\t' && !(line[j] == ' ' && j + 1 < line.size() && line[j + 1] == ' '))
            ++j;
        uint32_t off = begin + static_cast<uint32_t>(i);
        std::string_view chunk = trim(line.substr(i, j - i), off);
        if (!chunk.empty()) {
            add_chunk(out, chunk, off, li, first, pending_tab, indented, vocabulary);
            seen_content = true;
            pending_tab = false;
        } else if (pending_tab && seen_content && j < line.size() && line[j] == '\t') {
            // An empty cell between two tabs after content: a blank cell.
            TableToken t;
            t.kind = TableToken::Kind::Blank;
            t.span = {off, off};
            t.line = li;
            t.after_tab = true;
            t.indented = indented;
            out.tokens.push_back(std::move(t));
        }
        if (j >= line.size()) break;
        if (line[j] == '\t') {
            pending_tab = true;
            i = j + 1;
        } else {
            while (j < line.size() && line[j] == ' ') ++j;
            i = j;
        }
    }
}

}  // namespace

TokenStream table_tokens(const Document& doc, const TableVocabulary* vocabulary) {
    TokenStream out;
    const std::string& text = doc.text->text;
    out.text = &text;
    if (!doc.lines.empty()) {
        out.lines.reserve(doc.lines.size());
        for (const Line& l : doc.lines) out.lines.push_back(l.span);
    } else {
        uint32_t start = 0;
        for (uint32_t i = 0; i <= text.size(); ++i)
            if (i == text.size() || text[i] == '\n') {
                out.lines.push_back({start, i});
                start = i + 1;
            }
    }
    out.tokens.reserve(out.lines.size() * 2);
    for (uint32_t li = 0; li < out.lines.size(); ++li) {
        if (li < doc.lines.size() && (doc.lines[li].blank || doc.lines[li].clutter)) continue;
        const Span ls = out.lines[li];
        std::string_view line(text.data() + ls.begin, ls.size());
        if (is_page_footer(line)) continue;
        // Markdown: a rule line under a header is no content, a converter's caption heading repeated
        // before each fragment of a table would cut the table up, and a heading's "## " is no text.
        if (is_pipe_rule(line) || is_table_caption_heading(line)) continue;
        const uint32_t marker = markdown_heading_marker(line);
        const bool indented = !line.empty() && line[0] == '\t';
        bool first = true;
        const size_t line_first_token = out.tokens.size();
        const std::vector<PipeCell> cells = pipe_cells(line);
        if (cells.empty()) {
            // A line of pipes alone ("|" between cells written one per line) holds no cell.
            if (line.find('|') == std::string_view::npos)
                cut_at_gaps(out, line.substr(marker), ls.begin + marker, li, first, false, indented, vocabulary);
            continue;
        }
        // A pipe row: every cell between pipes is a cell, an empty one a blank cell.
        for (size_t c = 0; c < cells.size(); ++c) {
            if (cells[c].blank()) {
                TableToken t;
                t.kind = TableToken::Kind::Blank;
                t.span = {ls.begin + cells[c].begin, ls.begin + cells[c].begin};
                t.line = li;
                t.first_on_line = first;
                t.after_tab = c > 0;
                t.indented = indented;
                first = false;
                out.tokens.push_back(std::move(t));
                continue;
            }
            cut_at_gaps(out, line.substr(cells[c].begin, cells[c].end - cells[c].begin), ls.begin + cells[c].begin, li,
                        first, c > 0, indented, vocabulary);
        }
        for (size_t k = line_first_token; k < out.tokens.size(); ++k) out.tokens[k].piped = true;
    }
    return out;
}

}  // namespace nianbao
