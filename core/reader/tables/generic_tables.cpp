#include "reader/tables/generic_tables.h"

#include <algorithm>

#include "edition/table_spec.h"

namespace nianbao {

namespace {

using Kind = TableToken::Kind;

struct LineCells {
    uint32_t line;
    uint32_t first, last;  // token indices [first, last)
};

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_total_label(const std::string& key, const GenericTableHints& h) {
    for (const auto& t : h.total_labels)
        if (starts_with(key, t) && key.size() <= t.size() + 12) return true;
    return false;
}

bool starts_with_ordinal(std::string_view raw) {
    size_t i = 0;
    if (starts_with(raw, "(")) i = 1;
    size_t d = 0;
    while (i < raw.size() && raw[i] >= '0' && raw[i] <= '9') { ++i; ++d; }
    if (d == 0) return false;
    return i < raw.size() && (raw[i] == '.' || raw[i] == ')' || starts_with(raw.substr(i), "、"));
}

Cell cell_of(const TableToken& t, const TokenStream& ts) {
    Cell c;
    c.span = t.span;
    if (t.kind == Kind::Number) {
        c.blank = false;
        c.number = t.number;
    } else if (t.kind == Kind::Blank) {
        c.blank = true;
    } else {
        c.blank = false;
        c.text = std::string(ts.slice(t.span));
    }
    return c;
}

// Marks totals and 其中 sub-rows of a finished generic table.
void mark_structure(Table& t, const std::vector<std::string>& row_keys_stripped, const std::vector<std::string>& raw_rows,
                    const GenericTableHints& h) {
    t.row_parent.assign(t.row_labels.size(), -1);
    int parent = -1;
    bool in_sub = false;
    for (size_t r = 0; r < t.row_labels.size(); ++r) {
        const std::string& key = row_keys_stripped[r];
        const std::string_view raw = raw_rows[r];
        if (is_total_label(key, h)) {
            t.total_rows.push_back(static_cast<int>(r));
            in_sub = false;
            parent = -1;
            continue;
        }
        if (starts_with(key, "其中") && parent >= 0) {
            t.row_parent[r] = parent;
            in_sub = true;
            continue;
        }
        if (in_sub && starts_with_ordinal(raw)) {
            t.row_parent[r] = parent;
            continue;
        }
        in_sub = false;
        parent = static_cast<int>(r);
    }
    for (size_t c = 0; c < t.col_labels.size(); ++c)
        if (is_total_label(std::string(strip_ordinal(table_label_key(t.col_labels[c]))), h))
            t.total_cols.push_back(static_cast<int>(c));
}

bool inside(uint32_t i, const std::vector<std::pair<uint32_t, uint32_t>>& covered) {
    for (const auto& [b, e] : covered)
        if (i >= b && i < e) return true;
    return false;
}

}  // namespace

void read_generic_tables(Document& doc, const EditionSet& editions, const TokenStream& ts,
                         const std::vector<std::pair<uint32_t, uint32_t>>& covered) {
    GenericTableHints hints;
    for (const Edition& e : editions.all()) {
        const auto& g = table_specs(e).generic;
        if (!g.exhaustive_parents.empty() || hints.total_labels.empty()) hints = g;
    }
    if (hints.total_labels.empty()) hints.total_labels = {"合计", "总计", "共计", "小计"};
    const auto& tokens = ts.tokens;
    const uint32_t n = static_cast<uint32_t>(tokens.size());
    // Group tokens by line.
    std::vector<LineCells> lines;
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        while (j < n && tokens[j].line == tokens[i].line) ++j;
        lines.push_back({tokens[i].line, i, j});
        i = j;
    }
    const std::string& text = *ts.text;
    auto raw = [&](uint32_t i) { return std::string(ts.slice(tokens[i].span)); };

    // 1. Word tab-indented blocks: lines of one indented cell each, blocks separated by blank lines.
    size_t li = 0;
    while (li < lines.size()) {
        auto one_cell = [&](size_t k) {
            return lines[k].last - lines[k].first == 1 && tokens[lines[k].first].indented && !inside(lines[k].first, covered) &&
                   !tokens[lines[k].first].prose;
        };
        if (!one_cell(li)) {
            ++li;
            continue;
        }
        std::vector<std::vector<uint32_t>> blocks;  // token indices
        size_t k = li;
        while (k < lines.size() && one_cell(k)) {
            std::vector<uint32_t> block{lines[k].first};
            size_t m = k + 1;
            while (m < lines.size() && one_cell(m) && lines[m].line == lines[m - 1].line + 1) {
                block.push_back(lines[m].first);
                ++m;
            }
            blocks.push_back(std::move(block));
            if (m < lines.size() && one_cell(m) && lines[m].line <= lines[m - 1].line + 3) {
                k = m;
                continue;
            }
            k = m;
            break;
        }
        li = k;
        if (blocks.size() < 2) continue;
        auto values_in = [&](const std::vector<uint32_t>& b, size_t from) {
            size_t v = 0;
            for (size_t x = from; x < b.size(); ++x) v += tokens[b[x]].is_value();
            return v;
        };
        const size_t width = blocks[0].size();
        bool all_equal = blocks.size() >= 3;
        for (const auto& b : blocks) all_equal = all_equal && b.size() == width;
        bool first_all_labels = values_in(blocks[0], 0) == 0;
        if (!first_all_labels) continue;
        Table t;
        t.topic = "generic";
        std::vector<std::string> keys, raws;
        if (all_equal) {
            // Row blocks: the first block is the header, each further block one row.
            t.layout = "row-blocks";
            for (size_t c = 1; c < width; ++c) {
                t.col_labels.push_back(raw(blocks[0][c]));
                t.col_label_spans.push_back(tokens[blocks[0][c]].span);
            }
            for (size_t b = 1; b < blocks.size(); ++b) {
                const uint32_t lab = blocks[b][0];
                if (!tokens[lab].is_label()) continue;
                t.row_labels.push_back(raw(lab));
                t.row_label_spans.push_back(tokens[lab].span);
                keys.push_back(tokens[lab].key);
                raws.push_back(raw(lab));
                std::vector<Cell> cells;
                for (size_t c = 1; c < width; ++c) cells.push_back(cell_of(tokens[blocks[b][c]], ts));
                t.cells.push_back(std::move(cells));
            }
        } else if (blocks[1].size() == width && values_in(blocks[1], 1) == width - 1 && width >= 3) {
            // Column blocks: labels, then one block per value column, then total blocks.
            t.layout = "column-blocks";
            for (size_t r = 1; r < width; ++r) {
                t.row_labels.push_back(raw(blocks[0][r]));
                t.row_label_spans.push_back(tokens[blocks[0][r]].span);
                keys.push_back(tokens[blocks[0][r]].key);
                raws.push_back(raw(blocks[0][r]));
                t.cells.emplace_back();
            }
            std::vector<size_t> value_blocks;
            for (size_t b = 1; b < blocks.size(); ++b) {
                if (blocks[b].size() == width && values_in(blocks[b], 1) == width - 1) {
                    t.col_labels.push_back(raw(blocks[b][0]));
                    t.col_label_spans.push_back(tokens[blocks[b][0]].span);
                    for (size_t r = 1; r < width; ++r) t.cells[r - 1].push_back(cell_of(tokens[blocks[b][r]], ts));
                    value_blocks.push_back(b);
                } else if (tokens[blocks[b][0]].is_label() && blocks[b].size() >= 2 &&
                           values_in(blocks[b], 1) == blocks[b].size() - 1 && blocks[b].size() - 1 <= value_blocks.size()) {
                    // "合计 / 34条": a row of totals written as a block.
                    t.row_labels.push_back(raw(blocks[b][0]));
                    t.row_label_spans.push_back(tokens[blocks[b][0]].span);
                    keys.push_back(tokens[blocks[b][0]].key);
                    raws.push_back(raw(blocks[b][0]));
                    std::vector<Cell> cells;
                    for (size_t x = 1; x < blocks[b].size(); ++x) cells.push_back(cell_of(tokens[blocks[b][x]], ts));
                    while (cells.size() < value_blocks.size()) cells.emplace_back();
                    t.cells.push_back(std::move(cells));
                }
            }
        } else {
            continue;
        }
        if (t.cells.empty()) continue;
        const uint32_t first_tok = blocks.front().front(), last_tok = blocks.back().back();
        t.span = {tokens[first_tok].span.begin, tokens[last_tok].span.end};
        t.caption_span = tokens[first_tok].span;
        mark_structure(t, keys, raws, hints);
        doc.tables.push_back(std::move(t));
    }

    // 2. Rows on lines: a label then cells separated by tabs or runs of spaces, at least two such
    // lines in a row with numbers; an all-label line just before is the header.
    auto row_line = [&](size_t k) {
        const LineCells& l = lines[k];
        if (l.last - l.first < 2 || inside(l.first, covered)) return false;
        if (!tokens[l.first].is_label() || tokens[l.first].prose) return false;
        size_t values = 0;
        for (uint32_t i = l.first + 1; i < l.last; ++i) {
            if (tokens[i].is_label() && tokens[i].prose) return false;
            values += tokens[i].is_value();
        }
        return values >= 1;
    };
    for (size_t k = 0; k < lines.size();) {
        if (!row_line(k)) {
            ++k;
            continue;
        }
        size_t m = k;
        while (m < lines.size() && row_line(m) && (m == k || lines[m].line <= lines[m - 1].line + 2)) ++m;
        if (m - k < 2) {
            k = m;
            continue;
        }
        Table t;
        t.topic = "generic";
        bool tabbed = tokens[lines[k].first + 1].after_tab;
        t.layout = tabbed ? "tab-rows" : "aligned";
        size_t width = 0;
        for (size_t x = k; x < m; ++x) width = std::max<size_t>(width, lines[x].last - lines[x].first - 1);
        // Header: the line just above, all labels, as many cells as the rows (with or without a corner).
        if (k > 0) {
            const LineCells& h = lines[k - 1];
            bool labels = true;
            for (uint32_t i = h.first; i < h.last; ++i) labels = labels && tokens[i].is_label() && !tokens[i].prose;
            const size_t hw = h.last - h.first;
            if (labels && (hw == width || hw == width + 1) && !inside(h.first, covered) && h.line + 2 >= lines[k].line) {
                for (uint32_t i = h.last - static_cast<uint32_t>(width); i < h.last; ++i) {
                    t.col_labels.push_back(raw(i));
                    t.col_label_spans.push_back(tokens[i].span);
                }
                t.caption_span = tokens[h.first].span;
            }
        }
        if (t.col_labels.empty()) t.col_labels.assign(width, std::string());
        if (t.col_label_spans.empty()) t.col_label_spans.assign(width, Span{});
        std::vector<std::string> keys, raws;
        for (size_t x = k; x < m; ++x) {
            const LineCells& l = lines[x];
            t.row_labels.push_back(raw(l.first));
            t.row_label_spans.push_back(tokens[l.first].span);
            keys.push_back(tokens[l.first].key);
            raws.push_back(raw(l.first));
            std::vector<Cell> cells;
            for (uint32_t i = l.first + 1; i < l.last; ++i) cells.push_back(cell_of(tokens[i], ts));
            if (cells.size() != width) t.ragged_rows.emplace_back(static_cast<int>(t.cells.size()), static_cast<int>(cells.size()));
            cells.resize(width);
            t.cells.push_back(std::move(cells));
        }
        t.span = {tokens[lines[k].first].span.begin, tokens[lines[m - 1].last - 1].span.end};
        if (t.caption_span.empty()) t.caption_span = tokens[lines[k].first].span;
        mark_structure(t, keys, raws, hints);
        doc.tables.push_back(std::move(t));
        k = m;
    }
    (void)text;
}

}  // namespace nianbao
