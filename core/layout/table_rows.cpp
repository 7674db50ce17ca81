#include "layout/table_rows.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

#include "text/utf8.h"

namespace nianbao::layout {

namespace {

constexpr double kReach = 1.1;   // ems: how far a wrapped line sits from the rest of its cell
constexpr double kSameX = 0.6;   // ems: cells of one column start within this of each other
constexpr size_t kLookBack = 32; // open blocks a fragment may continue (bounds the work on hostile pages)

bool is_value_row(const TextLine& line) {
    if (line.segments.size() < 2) return false;
    return std::any_of(line.segments.begin(), line.segments.end(), [](const Segment& s) { return s.numeric; });
}

double first_value_x(const TextLine& line) {
    for (const Segment& s : line.segments)
        if (s.numeric) return s.x0;
    return std::numeric_limits<double>::infinity();
}

double gap_between(double a0, double a1, double b0, double b1) { return std::max(0.0, std::max(a0 - b1, b0 - a1)); }

// Where each row was before labels were attached (page, centre): in reading order, so searchable.
// Distances are measured to these, not to rows grown by what was attached before (the order in
// which blocks are attached must not decide where the next one goes).
using RowKeys = std::vector<std::pair<int, double>>;

// The positions in `keys` of the rows of `page` whose centre lies in [from, to].
std::pair<size_t, size_t> rows_between(const RowKeys& keys, int page, double from, double to) {
    const auto lo = std::lower_bound(keys.begin(), keys.end(), std::make_pair(page, from));
    const auto hi = std::lower_bound(lo, keys.end(), std::make_pair(page, to));
    return {static_cast<size_t>(lo - keys.begin()), static_cast<size_t>(hi - keys.begin())};
}

// A wrapped label: segments of one column, one under the other, closer than kReach.
struct Block {
    std::vector<Segment*> parts;  // top to bottom
    double x0 = 0, y0 = 0, y1 = 0;
    int page = 0;
};

bool is_cjk_numeral(char32_t c) {
    return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

// "2.", "3、", "（四）", "五、": a label that starts a row of its own, never the wrapped end of the
// label above it (narrow columns wrap one row's label right up to the next one's).
bool starts_with_item_marker(const std::string& text) {
    std::u32string head;
    for (size_t i = 0; i < text.size() && head.size() < 4;) {
        int len;
        head.push_back(utf8::decode(text, i, len));
        i += static_cast<size_t>(len);
    }
    size_t i = 0;
    while (i < head.size() && head[i] >= '0' && head[i] <= '9') ++i;
    if (i > 0) return i < head.size() && (head[i] == '.' || head[i] == U'、' || head[i] == U'．');
    if (!head.empty() && (head[0] == U'（' || head[0] == '(')) return head.size() > 2 && is_cjk_numeral(head[1]);
    return head.size() > 1 && is_cjk_numeral(head[0]) && head[1] == U'、';
}

void merge_into(Segment& cell, const Segment& part) {
    if (part.y0 < cell.y0) cell.text = part.text + cell.text;
    else cell.text += part.text;
    cell.glyphs += part.glyphs;
    cell.x0 = std::min(cell.x0, part.x0);
    cell.x1 = std::max(cell.x1, part.x1);
    cell.y0 = std::min(cell.y0, part.y0);
    cell.y1 = std::max(cell.y1, part.y1);
    cell.em = std::max(cell.em, part.em);
}

// The usual gap between one row of values and the next on a page: wrapped lines of one cell sit
// much closer than that.
double usual_row_gap(const std::vector<TextLine>& lines, const std::vector<size_t>& rows) {
    std::vector<double> gaps;
    for (size_t k = 1; k < rows.size(); ++k) {
        const TextLine& a = lines[rows[k - 1]];
        const TextLine& b = lines[rows[k]];
        if (a.page == b.page) gaps.push_back(b.y0 - a.y1);
    }
    if (gaps.size() < 3) return 0;
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return gaps[gaps.size() / 2];
}

// A merged cell's label wrapped over two lines may print one line beside each of two rows
// (（三）不 | 予公开): same column, far closer than rows are to each other. The second part joins
// the first, so the label is one cell, on the first of the rows it spans.
void join_labels_split_over_rows(std::vector<TextLine>& lines, const std::vector<size_t>& rows, double row_gap) {
    if (row_gap <= 0) return;
    for (size_t k = 1; k < rows.size(); ++k) {
        TextLine& upper = lines[rows[k - 1]];
        TextLine& lower = lines[rows[k]];
        if (upper.page != lower.page) continue;
        for (Segment& b : lower.segments) {
            if (b.numeric || b.text.empty() || starts_with_item_marker(b.text)) continue;
            for (Segment& a : upper.segments) {
                if (a.numeric || a.text.empty() || std::abs(a.x0 - b.x0) > kSameX * b.em) continue;
                const double gap = b.y0 - a.y1;
                if (gap >= 0 && gap < 0.6 * row_gap && gap <= kReach * b.em) {
                    merge_into(a, b);
                    b.text.clear();
                }
                break;
            }
        }
    }
}

}  // namespace

size_t attach_wrapped_labels(std::vector<TextLine>& lines) {
    std::vector<size_t> rows;
    for (size_t i = 0; i < lines.size(); ++i)
        if (is_value_row(lines[i])) rows.push_back(i);
    if (rows.empty()) return 0;
    const double row_gap = usual_row_gap(lines, rows);
    RowKeys keys;
    std::vector<std::pair<double, double>> extent;  // each row's y0..y1 before attaching
    for (size_t r : rows) {
        keys.emplace_back(lines[r].page, lines[r].center_y());
        extent.emplace_back(lines[r].y0, lines[r].y1);
    }

    // Fragments: segments of lines without values, chained into blocks by column.
    std::vector<Block> blocks;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (is_value_row(lines[i])) continue;
        for (Segment& s : lines[i].segments) {
            if (s.numeric) continue;
            const double em = s.em;
            Block* joined = nullptr;
            size_t looked = 0;
            for (auto it = blocks.rbegin(); it != blocks.rend() && it->page == lines[i].page && looked < kLookBack;
                 ++it, ++looked) {
                if (std::abs(it->x0 - s.x0) <= kSameX * em && s.y0 - it->y1 <= kReach * em && s.y0 >= it->y1 - 0.3 * em) {
                    joined = &*it;
                    break;
                }
            }
            if (joined && starts_with_item_marker(s.text)) joined = nullptr;
            if (joined) {
                // Not across a row that has its own cell in this column.
                bool crossed = false;
                const auto [lo, hi] = rows_between(keys, joined->page, joined->y1 - em, s.y0 + em);
                for (size_t k = lo; k < hi; ++k) {
                    const TextLine& row = lines[rows[k]];
                    if (row.page != joined->page || row.y0 < joined->y1 - 0.3 * em || row.y1 > s.y0 + 0.3 * em) continue;
                    for (const Segment& c : row.segments)
                        crossed = crossed || (!c.numeric && std::abs(c.x0 - s.x0) <= kSameX * em);
                }
                if (!crossed) {
                    joined->parts.push_back(&s);
                    joined->y1 = std::max(joined->y1, s.y1);
                    continue;
                }
            }
            blocks.push_back({{&s}, s.x0, s.y0, s.y1, lines[i].page});
        }
    }

    // Each block goes to the nearest row of values on its page, if within reach and left of its values.
    for (Block& b : blocks) {
        const double em = b.parts.front()->em;
        const double center = (b.y0 + b.y1) / 2;
        size_t best = lines.size();
        double best_gap = 0, best_distance = 0;
        // Rows are at most a few ems tall: their centres lie within this of the block's reach.
        const double margin = (kReach + 4) * em;
        const auto [lo, hi] = rows_between(keys, b.page, b.y0 - margin, b.y1 + margin);
        for (size_t k = lo; k < hi; ++k) {
            const size_t r = rows[k];
            const double gap = gap_between(b.y0, b.y1, extent[k].first, extent[k].second);
            const double distance = std::abs(keys[k].second - center);
            if (gap > kReach * em) continue;
            if (best == lines.size() || gap < best_gap || (gap == best_gap && distance < best_distance)) {
                best = r;
                best_gap = gap;
                best_distance = distance;
            }
        }
        if (best == lines.size()) continue;
        TextLine& row = lines[best];
        const double values_from = first_value_x(row);
        const bool in_label_zone = std::all_of(b.parts.begin(), b.parts.end(), [&](const Segment* p) { return p->x1 <= values_from; });
        if (!in_label_zone) continue;
        Segment* cell = nullptr;
        for (Segment& c : row.segments)
            if (!c.numeric && std::abs(c.x0 - b.x0) <= kSameX * em) cell = &c;
        Segment whole = *b.parts.front();
        for (size_t k = 1; k < b.parts.size(); ++k) merge_into(whole, *b.parts[k]);
        if (cell) {
            merge_into(*cell, whole);
        } else {
            const auto at = std::find_if(row.segments.begin(), row.segments.end(), [&](const Segment& c) { return c.x0 > whole.x0; });
            row.segments.insert(at, whole);
        }
        for (Segment* p : b.parts) p->text.clear();
        row.y0 = std::min(row.y0, b.y0);
        row.y1 = std::max(row.y1, b.y1);
    }
    join_labels_split_over_rows(lines, rows, row_gap);
    for (TextLine& line : lines)
        std::erase_if(line.segments, [](const Segment& s) { return s.text.empty(); });
    std::erase_if(lines, [](const TextLine& l) { return l.segments.empty(); });
    return rows.size();
}

}  // namespace nianbao::layout
