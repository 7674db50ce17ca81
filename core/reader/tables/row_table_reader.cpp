#include "reader/tables/row_table_reader.h"

#include <algorithm>

#include "reader/tables/label_spelling.h"
#include "reader/tables/scattered_label.h"

namespace nianbao {

namespace {

struct Run {
    uint32_t begin, end;  // token indices [begin, end)
};

Span join(const std::vector<TableToken>& tokens, const std::vector<uint32_t>& idx) {
    Span s{tokens[idx.front()].span.begin, tokens[idx.front()].span.end};
    for (uint32_t i : idx) {
        s.begin = std::min(s.begin, tokens[i].span.begin);
        s.end = std::max(s.end, tokens[i].span.end);
    }
    return s;
}

Cell make_cell(const TableToken& t, const TokenStream& ts) {
    Cell c;
    c.span = t.span;
    switch (t.kind) {
        case TableToken::Kind::Number:
            c.blank = false;
            c.number = t.number;
            break;
        case TableToken::Kind::Dash:
            c.blank = false;
            c.text = std::string(ts.slice(t.span));
            break;
        default:
            c.blank = true;
            break;
    }
    return c;
}

// A note on the table: "注：…", "备注：…", "说明：…" (normalized: ASCII colon).
bool is_note(std::string_view raw) {
    for (std::string_view head : {"注:", "备注:", "说明:"})
        if (raw.substr(0, head.size()) == head) return true;
    return false;
}

// A pipe row is one table row: its values never run on into the next line's.
bool starts_pipe_row(const std::vector<TableToken>& tokens, uint32_t i) {
    return tokens[i].line != tokens[i - 1].line && (tokens[i].piped || tokens[i - 1].piped);
}

// Blank cells at the edges of a run longer than the table is wide are a converter's padding
// ("| 1.属于国家秘密 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |  |"): without them the values keep their columns.
Run without_padding(Run r, const std::vector<TableToken>& tokens, size_t cols) {
    while (r.end - r.begin > cols && tokens[r.end - 1].kind == TableToken::Kind::Blank) --r.end;
    while (r.end - r.begin > cols && tokens[r.begin].kind == TableToken::Kind::Blank) ++r.begin;
    return r;
}

std::string layout_of(const std::vector<TableToken>& tokens, const std::vector<Run>& runs) {
    int tabbed = 0, own_line = 0, spaced = 0, piped = 0;
    for (const Run& r : runs) {
        if (tokens[r.begin].piped) ++piped;
        if (r.end - r.begin < 2) continue;
        bool one_line = true, all_own = true, tabs = false;
        for (uint32_t i = r.begin; i < r.end; ++i) {
            if (tokens[i].line != tokens[r.begin].line) one_line = false;
            if (i > r.begin && tokens[i].line == tokens[i - 1].line) all_own = false;
            if (tokens[i].after_tab) tabs = true;
        }
        if (all_own) ++own_line;
        else if (one_line && tabs) ++tabbed;
        else ++spaced;
    }
    if (piped > 0 && 2 * piped >= static_cast<int>(runs.size())) return "pipe-rows";
    if (own_line >= tabbed && own_line >= spaced && own_line > 0) return "cell-per-line";
    if (tabbed >= spaced && tabbed > 0) return "tab-rows";
    return "aligned";
}

}  // namespace

RowTableRead read_row_table(const TokenStream& ts, uint32_t start, uint32_t limit,
                            const std::vector<TableRowSpec>& rows, const std::vector<TableColumnSpec>& cols,
                            const std::function<bool(uint32_t)>& stop) {
    RowTableRead out;
    const auto& tokens = ts.tokens;
    // No table of the formats has more than a few hundred cells: the cap keeps reading linear
    // when a document repeats an opening label many times.
    constexpr uint32_t kMaxTableTokens = 3000;
    limit = std::min<uint32_t>({limit, static_cast<uint32_t>(tokens.size()), start + kMaxTableTokens});
    // The region: up to the first stop token after the start.
    // A note standing between the header and the first values ("注：行政复议、行政诉讼数量含上年度结转
    // 数量。" where a converter put it ahead of the value row) does not end it.
    uint32_t region_end = start + 1;
    bool seen_value = false;
    while (region_end < limit) {
        const TableToken& t = tokens[region_end];
        if (t.is_label() && (t.prose ? seen_value || !is_note(ts.slice(t.span)) : stop(region_end))) break;
        seen_value = seen_value || t.is_value();
        ++region_end;
    }
    // Runs of values.
    std::vector<Run> runs;
    for (uint32_t i = start; i < region_end;) {
        if (!tokens[i].is_value()) {
            ++i;
            continue;
        }
        uint32_t j = i + 1;
        while (j < region_end && tokens[j].is_value() && !starts_pipe_row(tokens, j)) ++j;
        bool all_blank = true;
        for (uint32_t k = i; k < j; ++k)
            if (tokens[k].kind != TableToken::Kind::Blank) all_blank = false;
        if (!all_blank) runs.push_back(without_padding({i, j}, tokens, cols.size()));
        i = j;
    }
    // A table of one unlabelled row (表四) may be written as several lines of values under their
    // group headers ("行政复议 0 0 0 0 0", "未经复议直接起诉 …"): join them up to the column count.
    std::vector<std::vector<uint32_t>> joined_tokens;
    if (rows.size() == 1 && rows[0].keys.empty() && runs.size() > 1 && runs[0].end - runs[0].begin < cols.size()) {
        uint32_t total = runs[0].end - runs[0].begin;
        size_t k = 1;
        while (k < runs.size() && total + (runs[k].end - runs[k].begin) <= cols.size()) {
            total += runs[k].end - runs[k].begin;
            ++k;
        }
        if (total == cols.size()) {
            std::vector<uint32_t> all;
            for (size_t x = 0; x < k; ++x)
                for (uint32_t i = runs[x].begin; i < runs[x].end; ++i) all.push_back(i);
            joined_tokens.push_back(std::move(all));
            runs[0].end = runs[k - 1].end;  // the row spans them; cells come from joined_tokens
            runs.erase(runs.begin() + 1, runs.begin() + static_cast<long>(k));
        }
    }
    std::vector<bool> used(tokens.size(), false);
    const uint32_t first_run = runs.empty() ? region_end : runs.front().begin;
    // Column labels in the header.
    out.col_tokens.assign(cols.size(), {});
    for (size_t c = 0; c < cols.size(); ++c) {
        for (const auto& key : cols[c].keys) {
            Spelling s = spell_label(key, tokens, used, start, first_run, first_run);
            if (!s.ok) continue;
            for (uint32_t i : s.tokens) used[i] = true;
            out.col_tokens[c] = s.tokens;
            ++out.cols_spelled;
            break;
        }
    }
    // Data rows in order.
    std::vector<size_t> data;
    for (size_t r = 0; r < rows.size(); ++r)
        if (!rows[r].group) data.push_back(r);
    std::vector<int> run_row(runs.size(), -1);
    std::vector<std::vector<uint32_t>> run_label(runs.size());
    size_t p = 0;
    int last_matched = -1;
    for (size_t k = 0; k < runs.size() && p < data.size(); ++k) {
        const uint32_t from = k == 0 ? start : runs[k - 1].end;
        const uint32_t to = k + 1 < runs.size() ? runs[k + 1].begin : region_end;
        int found = -1;
        Spelling spelled;
        for (size_t q = p; q < data.size() && found < 0; ++q) {
            const TableRowSpec& row = rows[data[q]];
            if (row.keys.empty()) {
                if (q == p) found = static_cast<int>(q);
                break;
            }
            for (const auto& key : row.keys) {
                Spelling s = spell_label(key, tokens, used, from, to, runs[k].begin);
                if (s.ok) {
                    found = static_cast<int>(q);
                    spelled = std::move(s);
                    break;
                }
            }
        }
        if (found < 0) {
            // The next row's label scattered by a converter over the lines before the numbers.
            for (const auto& key : rows[data[p]].keys) {
                Spelling s = gather_label(key, tokens, used, start, runs[k].begin);
                if (s.ok) {
                    found = static_cast<int>(p);
                    spelled = std::move(s);
                    break;
                }
            }
        }
        if (found < 0 && !rows[data[p]].keys.empty()) {
            // A label worded a little differently: the nearest unused label before the numbers.
            for (uint32_t i = runs[k].begin; i > from; --i) {
                const TableToken& t = tokens[i - 1];
                if (!t.is_label() || used[i - 1] || t.key.empty()) continue;
                double best = 0;
                for (const auto& key : rows[data[p]].keys) best = std::max(best, label_similarity(key, t.key));
                if (best >= 0.6) {
                    found = static_cast<int>(p);
                    spelled.ok = true;
                    spelled.tokens = {i - 1};
                }
                break;
            }
        }
        if (found < 0) continue;
        for (uint32_t i : spelled.tokens) used[i] = true;
        out.missing += static_cast<int>(found - static_cast<int>(p));
        run_row[k] = static_cast<int>(data[found]);
        run_label[k] = spelled.tokens;
        p = static_cast<size_t>(found) + 1;
        last_matched = static_cast<int>(k);
    }
    out.missing += static_cast<int>(data.size() - p);
    // Build the table: found rows in order; runs between found rows without a row are unknown.
    Table& t = out.table;
    t.layout = layout_of(tokens, runs);
    for (size_t c = 0; c < cols.size(); ++c) {
        t.col_keys.push_back(cols[c].key);
        t.col_labels.push_back(cols[c].label);
        t.col_label_spans.push_back(out.col_tokens[c].empty() ? Span{} : join(tokens, out.col_tokens[c]));
    }
    std::vector<bool> row_found(rows.size(), false);
    uint32_t end_token = start + 1;
    Span span{tokens[start].span.begin, tokens[start].span.end};
    bool seen_match = false;
    for (size_t k = 0; k < runs.size() && static_cast<int>(k) <= last_matched; ++k) {
        if (run_row[k] < 0) {
            if (!seen_match) continue;  // values before the first known row: not this table's
            ++out.unknown;
            // Label: the nearest label token before the run.
            const uint32_t from = runs[k - 1].end;
            std::string label;
            Span ls{tokens[runs[k].begin].span.begin, tokens[runs[k].begin].span.begin};
            for (uint32_t i = runs[k].begin; i > from; --i)
                if (tokens[i - 1].is_label() && !used[i - 1]) {
                    ls = tokens[i - 1].span;
                    break;
                }
            t.unknown_rows.push_back(std::string(ts.slice(ls)));
            t.unknown_row_spans.push_back(ls);
            continue;
        }
        seen_match = true;
        ++out.matched;
        const TableRowSpec& row = rows[static_cast<size_t>(run_row[k])];
        row_found[static_cast<size_t>(run_row[k])] = true;
        t.row_keys.push_back(row.key);
        t.row_labels.push_back(row.label);
        Span label_span = run_label[k].empty() ? Span{tokens[runs[k].begin].span.begin, tokens[runs[k].begin].span.begin}
                                               : join(tokens, run_label[k]);
        t.row_label_spans.push_back(label_span);
        out.row_tokens.push_back(run_label[k]);
        {
            std::vector<uint32_t> values;  // the row's value tokens, for fused digits (fused_digits.h)
            if (k == 0 && !joined_tokens.empty()) values = joined_tokens[0];
            else
                for (uint32_t i = runs[k].begin; i < runs[k].end; ++i) values.push_back(i);
            out.value_tokens.push_back(std::move(values));
        }
        t.row_parent.push_back(-1);
        std::vector<Cell> cells;
        uint32_t n = runs[k].end - runs[k].begin;
        if (k == 0 && !joined_tokens.empty()) {
            n = static_cast<uint32_t>(joined_tokens[0].size());
            for (uint32_t i : joined_tokens[0]) cells.push_back(make_cell(tokens[i], ts));
        } else {
            for (uint32_t i = runs[k].begin; i < runs[k].end && cells.size() < cols.size(); ++i)
                cells.push_back(make_cell(tokens[i], ts));
        }
        if (n != cols.size()) t.ragged_rows.emplace_back(static_cast<int>(t.cells.size()), static_cast<int>(n));
        while (cells.size() < cols.size()) {
            Cell blank;
            blank.span = {tokens[runs[k].end - 1].span.end, tokens[runs[k].end - 1].span.end};
            cells.push_back(blank);
        }
        t.cells.push_back(std::move(cells));
        span.end = std::max(span.end, tokens[runs[k].end - 1].span.end);
        for (uint32_t i : run_label[k]) span.end = std::max(span.end, tokens[i].span.end);
        end_token = std::max(end_token, runs[k].end);
        for (uint32_t i : run_label[k]) end_token = std::max(end_token, i + 1);
    }
    for (size_t r = 0; r < rows.size(); ++r)
        if (!rows[r].group && !row_found[r]) t.missing_rows.push_back(rows[r].key);
    t.span = span;
    t.caption_span = tokens[start].span;
    out.end = out.matched > 0 ? end_token : start + 1;
    return out;
}

}  // namespace nianbao
