#include "reader/tables/fused_digits.h"

#include <algorithm>
#include <cmath>

#include "reader/tables/cell_number.h"

namespace nianbao {

namespace {

constexpr long kStepBudget = 5000;      // per row: real rows need a few hundred steps (C(10, 6) leaves for
                                         // 11 digits in 7 cells); a table may be read from many starts
constexpr size_t kMaxCombinations = 4096;  // rows with several candidates, tried together

bool close(long double a, long double b) { return std::fabs(static_cast<double>(a - b)) < 1e-6; }

class RowSearch {
public:
    RowSearch(const std::vector<RowPiece>& pieces, const std::vector<int>& max_digits,
              const std::vector<RowEquation>& equations, size_t cap)
        : pieces_(pieces), max_digits_(max_digits), cap_(cap), ending_at_(max_digits.size()) {
        for (const RowEquation& e : equations) {
            int last = e.lhs;
            for (int c : e.rhs) last = std::max(last, c);
            if (last >= 0 && static_cast<size_t>(last) < ending_at_.size()) ending_at_[static_cast<size_t>(last)].push_back(&e);
        }
        widest_ = max_digits.empty() ? 1 : static_cast<size_t>(*std::max_element(max_digits.begin(), max_digits.end()));
        // Suffix bounds on the cells the pieces from p on can still give: one per digit at most, and
        // at least one per piece and one per `widest_` digits.
        min_after_.assign(pieces.size() + 1, 0);
        max_after_.assign(pieces.size() + 1, 0);
        for (size_t p = pieces.size(); p-- > 0;) {
            min_after_[p] = min_after_[p + 1] + (pieces[p].fused ? least_cells(pieces[p].digits.size()) : 1);
            max_after_[p] = max_after_[p + 1] + (pieces[p].fused ? pieces[p].digits.size() : 1);
        }
    }

    RowSplits run() {
        cells_.clear();
        if (feasible(0, 0)) go(0, 0);
        out_.exhausted = out_.exhausted && budget_ >= 0 && out_.candidates.size() <= cap_;
        if (out_.candidates.size() > cap_) out_.candidates.resize(cap_);
        return std::move(out_);
    }

private:
    size_t columns() const { return max_digits_.size(); }
    size_t least_cells(size_t digits) const { return std::max<size_t>(1, (digits + widest_ - 1) / widest_); }

    bool equations_hold(size_t col) const {
        for (const RowEquation* e : ending_at_[col]) {
            long double rhs = 0;
            for (int c : e->rhs) rhs += value(static_cast<size_t>(c));
            if (!close(value(static_cast<size_t>(e->lhs)), rhs)) return false;
        }
        return true;
    }

    long double value(size_t c) const { return cells_[c].value; }

    // Cells are built only for a division that holds; the search itself keeps values and spans.
    std::vector<Cell> make_cells() const {
        std::vector<Cell> out;
        for (const Part& part : cells_) {
            Cell c;
            c.span = part.span;
            if (part.written) {
                c.blank = !part.written->valid;
                c.number = *part.written;
            } else {
                c.blank = false;
                c.number = parse_cell_number(pieces_[part.piece].digits.substr(part.span.begin - pieces_[part.piece].span.begin,
                                                                              part.span.size()),
                                             part.span);
            }
            out.push_back(std::move(c));
        }
        return out;
    }

    // Cells still to place must fit what is left: at least one per piece, at most one per digit.
    // `off` > 0: inside fused piece p, its first `off` digits placed.
    bool feasible(size_t p, size_t off) const {
        const size_t left = columns() - cells_.size();
        size_t lo = min_after_[p], hi = max_after_[p];
        if (off > 0) {
            lo = min_after_[p + 1] + least_cells(pieces_[p].digits.size() - off);
            hi = max_after_[p + 1] + (pieces_[p].digits.size() - off);
        }
        return left >= lo && left <= hi;
    }

    void go(size_t p, size_t off) {
        if (--budget_ < 0 || out_.candidates.size() > cap_) return;
        if (p == pieces_.size()) {
            if (cells_.size() == columns()) out_.candidates.push_back(make_cells());
            return;
        }
        const size_t col = cells_.size();
        if (col >= columns()) return;
        const RowPiece& piece = pieces_[p];
        if (!piece.fused) {
            cells_.push_back({piece.number.valid ? piece.number.value : 0, piece.span, p, &piece.number});
            if (equations_hold(col) && feasible(p + 1, 0)) go(p + 1, 0);
            cells_.pop_back();
            return;
        }
        const std::string_view d = piece.digits;
        const size_t room = std::min<size_t>(d.size() - off, static_cast<size_t>(max_digits_[col]));
        for (size_t len = 1; len <= room; ++len) {
            if (len > 1 && d[off] == '0') break;  // no leading zeros: "05" is not how a count is written
            const Span span{piece.span.begin + static_cast<uint32_t>(off), piece.span.begin + static_cast<uint32_t>(off + len)};
            long double v = 0;
            for (size_t k = off; k < off + len; ++k) v = v * 10 + (d[k] - '0');
            cells_.push_back({v, span, p, nullptr});
            const bool piece_done = off + len == d.size();
            if (equations_hold(col) && (piece_done ? feasible(p + 1, 0) : feasible(p, off + len)))
                go(piece_done ? p + 1 : p, piece_done ? 0 : off + len);
            cells_.pop_back();
        }
    }

    const std::vector<RowPiece>& pieces_;
    const std::vector<int>& max_digits_;
    size_t cap_;
    std::vector<std::vector<const RowEquation*>> ending_at_;
    size_t widest_ = 1;
    std::vector<size_t> min_after_, max_after_;
    struct Part {
        long double value;
        Span span;
        size_t piece;
        const Number* written;  // a piece that is one cell as written; nullptr: digits of a fused piece
    };
    std::vector<Part> cells_;
    long budget_ = kStepBudget;
    RowSplits out_;
};

int index_of(const std::vector<std::string>& keys, const std::string& key) {
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<int>(i);
    return -1;
}

// A column equation (E1, E2) as table row indices: Σ lhs = Σ rhs in every column.
struct ColumnEquation {
    std::vector<int> lhs, rhs;
};

// The column equations whose rows the table has, resolved once for all the combinations tried.
std::vector<ColumnEquation> column_equations(const Table& t, const std::vector<TableEquationSpec>& equations) {
    std::vector<ColumnEquation> out;
    for (const auto& eq : equations) {
        if (eq.axis == "row") continue;
        ColumnEquation ce;
        bool complete = true;
        for (const auto& k : eq.lhs) complete = complete && (ce.lhs.emplace_back(index_of(t.row_keys, k)), ce.lhs.back() >= 0);
        for (const auto& k : eq.rhs) complete = complete && (ce.rhs.emplace_back(index_of(t.row_keys, k)), ce.rhs.back() >= 0);
        if (complete) out.push_back(std::move(ce));
    }
    return out;
}

bool column_equations_hold(const Table& t, const std::vector<ColumnEquation>& equations) {
    auto value = [&](int row, size_t c) {
        const Cell& cell = t.cells[static_cast<size_t>(row)][c];
        return cell.number.valid ? cell.number.value : 0;
    };
    for (const ColumnEquation& eq : equations)
        for (size_t c = 0; c < t.col_keys.size(); ++c) {
            long double l = 0, r = 0;
            for (int i : eq.lhs) l += value(i, c);
            for (int i : eq.rhs) r += value(i, c);
            if (!close(l, r)) return false;
        }
    return true;
}

}  // namespace

RowSplits split_row(const std::vector<RowPiece>& pieces, const std::vector<int>& max_digits,
                    const std::vector<RowEquation>& equations, size_t cap) {
    if (pieces.empty() || max_digits.empty()) return {};
    return RowSearch(pieces, max_digits, equations, cap).run();
}

void settle_fused_digits(Table& t, const std::vector<std::vector<uint32_t>>& row_values, const TokenStream& ts,
                         const std::vector<TableColumnSpec>& cols, const std::vector<TableEquationSpec>& equations) {
    const size_t rows = std::min(t.cells.size(), row_values.size());
    std::vector<size_t> fused;
    for (size_t r = 0; r < rows; ++r) {
        if (row_values[r].empty() || row_values[r].size() == t.col_keys.size()) continue;  // a value per cell
        for (uint32_t i : row_values[r])
            if (ts.tokens[i].fused) {
                fused.push_back(r);
                break;
            }
    }
    if (fused.empty()) return;

    std::vector<int> max_digits;
    for (const auto& c : cols) max_digits.push_back(c.kind == CellKind::Count ? 7 : 12);
    std::vector<RowEquation> row_equations;
    for (const auto& eq : equations) {
        if (eq.axis != "row" || eq.lhs.size() != 1) continue;
        RowEquation re;
        re.lhs = index_of(t.col_keys, eq.lhs[0]);
        bool complete = re.lhs >= 0;
        for (const auto& k : eq.rhs) complete = complete && (re.rhs.emplace_back(index_of(t.col_keys, k)), re.rhs.back() >= 0);
        if (complete) row_equations.push_back(std::move(re));
    }

    // Each fused row on its own: the divisions its own equations allow.
    std::vector<std::vector<std::vector<Cell>>> options;
    bool settled = true;
    for (size_t r : fused) {
        std::vector<RowPiece> pieces;
        for (uint32_t i : row_values[r]) {
            const TableToken& tok = ts.tokens[i];
            RowPiece p;
            p.span = tok.span;
            p.fused = tok.fused;
            if (tok.fused) p.digits = ts.slice(tok.span);
            else p.number = tok.number;
            pieces.push_back(std::move(p));
        }
        RowSplits s = split_row(pieces, max_digits, row_equations);
        if (!s.exhausted || s.candidates.empty()) {
            settled = false;  // the table stays unsplit: the other rows need no search
            break;
        }
        options.push_back(std::move(s.candidates));
    }
    // Then together, down the columns: exactly one combination may satisfy E1/E2.
    if (settled) {
        size_t combinations = 1;
        for (const auto& o : options) combinations = std::min(kMaxCombinations + 1, combinations * o.size());
        if (combinations > kMaxCombinations) settled = false;
        size_t found = 0;
        std::vector<std::vector<Cell>> chosen(fused.size());
        const std::vector<ColumnEquation> down_columns = column_equations(t, equations);
        for (size_t n = 0; settled && n < combinations; ++n) {
            size_t rest = n;
            for (size_t k = 0; k < fused.size(); ++k) {
                t.cells[fused[k]] = options[k][rest % options[k].size()];
                rest /= options[k].size();
            }
            if (!column_equations_hold(t, down_columns)) continue;
            if (++found > 1) break;
            for (size_t k = 0; k < fused.size(); ++k) chosen[k] = t.cells[fused[k]];
        }
        settled = settled && found == 1;
        if (settled)
            for (size_t k = 0; k < fused.size(); ++k) t.cells[fused[k]] = std::move(chosen[k]);
    }
    if (!settled) {
        // The digits stay as written, in the row's first cell; nothing on this table is checked.
        for (size_t r : fused) {
            std::vector<Cell> cells(t.col_keys.size());
            Span all{ts.tokens[row_values[r].front()].span.begin, ts.tokens[row_values[r].back()].span.end};
            for (Cell& c : cells) c.span = {all.end, all.end};
            if (!cells.empty()) {
                cells[0].span = all;
                cells[0].text = std::string(ts.slice(all));
                cells[0].blank = false;
            }
            t.cells[r] = std::move(cells);
        }
    }
    t.fused_digits = settled ? Table::FusedDigits::Split : Table::FusedDigits::Unsplit;
    for (size_t r : fused) t.fused_rows.push_back(static_cast<int>(r));
    // A fused row had "too few values" only because its cells ran together.
    t.ragged_rows.erase(std::remove_if(t.ragged_rows.begin(), t.ragged_rows.end(),
                                       [&](const auto& rr) {
                                           return std::find(fused.begin(), fused.end(), static_cast<size_t>(rr.first)) != fused.end();
                                       }),
                        t.ragged_rows.end());
}

}  // namespace nianbao
