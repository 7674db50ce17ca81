#include "layout/table_columns.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "text/utf8.h"

namespace nianbao::layout {

namespace {

constexpr double kTolerance = 1.5;    // points: one edge, drawn in different rows
constexpr size_t kMinLines = 3;       // an edge recurs on at least this many lines of the table
constexpr size_t kRowsApart = 8;      // rows of values this many lines apart are one table
constexpr size_t kHeaderLines = 6;    // lines above a table's first row of values that are its header
constexpr double kLabelGap = 0.25;    // ems between a label and a number that make them two cells

// A run of a segment: the text between two joints.
struct Piece {
    size_t begin, end;  // bytes in the segment's text (a space before a joint excluded)
    double x0, x1;
    bool numeric;
};

std::vector<Piece> pieces_of(const Segment& s) {
    std::vector<Piece> out;
    size_t begin = 0;
    double x0 = s.x0;
    auto close = [&](size_t end, double x1) {
        size_t e = end;
        while (e > begin && s.text[e - 1] == ' ') --e;
        out.push_back({begin, e, x0, x1, is_value_text(s.text.substr(begin, e - begin))});
    };
    for (const Joint& j : s.joints) {
        close(j.at, j.left_x1);
        begin = j.at;
        x0 = j.right_x0;
    }
    close(s.text.size(), s.x1);
    return out;
}

// Positions that recur on enough distinct rows.
class Edges {
public:
    void add(double x, size_t row) { seen_.emplace_back(x, row); }
    void settle() {
        const size_t need = kMinLines;
        std::sort(seen_.begin(), seen_.end());
        std::vector<size_t> rows_here;
        for (size_t i = 0; i < seen_.size();) {
            size_t j = i;
            rows_here.clear();
            while (j < seen_.size() && seen_[j].first - seen_[i].first <= kTolerance) rows_here.push_back(seen_[j++].second);
            std::sort(rows_here.begin(), rows_here.end());
            const auto distinct = static_cast<size_t>(std::unique(rows_here.begin(), rows_here.end()) - rows_here.begin());
            if (distinct >= need) recurring_.push_back((seen_[i].first + seen_[j - 1].first) / 2);
            i = distinct >= need ? j : i + 1;
        }
    }
    bool has(double x) const {
        return std::any_of(recurring_.begin(), recurring_.end(), [&](double e) { return std::abs(e - x) <= kTolerance; });
    }

private:
    std::vector<std::pair<double, size_t>> seen_;
    std::vector<double> recurring_;
};

bool letter_spaced(const Segment& s, const Piece& a, const Piece& b) {
    auto single = [&](const Piece& p) {
        return !p.numeric && utf8::count_code_points(std::string_view(s.text).substr(p.begin, p.end - p.begin)) == 1;
    };
    return single(a) && single(b);
}

size_t numeric_pieces(const TextLine& line) {
    size_t n = 0;
    for (const Segment& s : line.segments)
        for (const Piece& p : pieces_of(s)) n += p.numeric;
    return n;
}

Segment sub_segment(const Segment& s, const std::vector<Piece>& pieces, size_t from, size_t to) {
    Segment out;
    out.x0 = pieces[from].x0;
    out.x1 = pieces[to - 1].x1;
    out.y0 = s.y0;
    out.y1 = s.y1;
    out.em = s.em;
    out.text = s.text.substr(pieces[from].begin, pieces[to - 1].end - pieces[from].begin);
    out.glyphs = utf8::count_code_points(out.text);
    out.numeric = is_value_text(out.text);
    for (size_t k = from + 1; k < to; ++k)
        out.joints.push_back({pieces[k].begin - pieces[from].begin, pieces[k - 1].x1, pieces[k].x0});
    return out;
}

void split_zone(std::vector<TextLine>& lines, size_t first, size_t last) {
    // Edges from every line of the table: the header's and the wrapped labels' cells line up too.
    Edges starts, ends, centres;
    for (size_t r = first; r <= last; ++r)
        for (const Segment& s : lines[r].segments)
            for (const Piece& p : pieces_of(s)) {
                starts.add(p.x0, r);
                ends.add(p.x1, r);
                if (p.numeric) centres.add((p.x0 + p.x1) / 2, r);
            }
    starts.settle();
    ends.settle();
    centres.settle();
    for (size_t l = first; l <= last; ++l) {
        std::vector<Segment> out;
        for (const Segment& s : lines[l].segments) {
            if (s.joints.empty()) {
                out.push_back(s);
                continue;
            }
            const std::vector<Piece> pieces = pieces_of(s);
            size_t from = 0;
            for (size_t k = 1; k < pieces.size(); ++k) {
                const Piece& a = pieces[k - 1];
                const Piece& b = pieces[k];
                // "商 业 企": a header typed with spaces between its characters is one cell.
                if (letter_spaced(s, a, b)) continue;
                const bool edge = starts.has(b.x0) || ends.has(a.x1) || (b.numeric && centres.has((b.x0 + b.x1) / 2)) ||
                                  (a.numeric && centres.has((a.x0 + a.x1) / 2));
                if (!edge) continue;
                out.push_back(sub_segment(s, pieces, from, k));
                from = k;
            }
            out.push_back(sub_segment(s, pieces, from, pieces.size()));
        }
        lines[l].segments = std::move(out);
    }
}

// A label followed by its numbers, in a line that is not a sentence: "行政许可 447228" set a few
// points apart by a narrow table (a one-row table has no recurring edges to learn from).
bool is_sentence(const TextLine& line) {
    for (const Segment& s : line.segments)
        for (const char* mark : {"，", "。", "；", "："})
            if (s.text.find(mark) != std::string::npos) return true;
    return false;
}

void split_label_from_values(TextLine& line) {
    if (is_sentence(line)) return;
    std::vector<Segment> out;
    for (const Segment& s : line.segments) {
        const std::vector<Piece> pieces = pieces_of(s);
        // The label must end in a CJK character: a Latin word's width says little about its em, so
        // "Total 1000" with one space would fall either side of the threshold.
        int len = 0;
        const bool cjk_label = pieces.size() >= 2 && pieces[0].end > pieces[0].begin &&
                               is_wide(utf8::decode_before(s.text.substr(0, pieces[0].end), pieces[0].end, len));
        const bool label_then_values = cjk_label && !pieces[0].numeric &&
                                       std::all_of(pieces.begin() + 1, pieces.end(), [](const Piece& p) { return p.numeric; });
        if (!label_then_values || pieces[1].x0 - pieces[0].x1 < kLabelGap * s.em) {
            out.push_back(s);
            continue;
        }
        for (size_t k = 0; k < pieces.size(); ++k) out.push_back(sub_segment(s, pieces, k, k + 1));
    }
    line.segments = std::move(out);
}

}  // namespace

void split_at_columns(std::vector<TextLine>& lines) {
    // Rows of values, grouped into tables: the next row of values within kRowsApart lines on the page.
    std::vector<size_t> rows;
    auto flush = [&] {
        if (rows.size() >= kMinLines) {
            const size_t top = rows.front();
            size_t first = top;
            while (first > 0 && top - first < kHeaderLines && lines[first - 1].page == lines[top].page) --first;
            split_zone(lines, first, rows.back());
        }
        rows.clear();
    };
    for (size_t l = 0; l < lines.size(); ++l) {
        if (numeric_pieces(lines[l]) < 2) continue;
        if (!rows.empty() && (lines[l].page != lines[rows.back()].page || l - rows.back() > kRowsApart)) flush();
        rows.push_back(l);
    }
    flush();
    for (TextLine& line : lines) split_label_from_values(line);
    for (TextLine& line : lines)
        for (Segment& s : line.segments) s.joints.clear();  // offsets into texts later stages rewrite
}

}  // namespace nianbao::layout
