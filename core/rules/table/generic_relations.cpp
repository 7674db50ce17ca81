#include "rules/table/generic_relations.h"

#include <cmath>

#include "rules/table/cells.h"

namespace nianbao {

namespace {

bool close(long double a, long double b) { return std::fabs(static_cast<double>(a - b)) < 1e-6; }
bool contains(const std::string& s, const std::string& p) { return s.find(p) != std::string::npos; }

std::string key_of(const std::string& label) { return std::string(strip_ordinal(table_label_key(label))); }

bool numeric(const Cell& c) { return c.number.valid && !c.number.overflow && c.number.unit != "%"; }

bool value(const Cell& c, long double& v) { return cell_value(c, v) && (c.blank || c.number.unit != "%"); }

std::string row_name(const Table& t, size_t r) { return "“" + t.row_labels[r] + "”"; }
std::string col_name(const Table& t, size_t c) {
    return c < t.col_labels.size() && !t.col_labels[c].empty() ? "“" + t.col_labels[c] + "”列" : "第" + std::to_string(c + 1) + "列";
}


bool is_total_col(const Table& t, size_t c) {
    for (int x : t.total_cols)
        if (static_cast<size_t>(x) == c) return true;
    return false;
}

bool col_is(const Table& t, size_t c, const std::vector<std::string>& labels) {
    if (c >= t.col_labels.size()) return false;
    const std::string k = key_of(t.col_labels[c]);
    for (const auto& l : labels)
        if (contains(k, l)) return true;
    return false;
}

bool year_column(const Table& t, size_t c) {  // "2017年", "2017年度"
    if (c >= t.col_labels.size()) return false;
    const std::string k = key_of(t.col_labels[c]);
    return k.size() >= 7 && std::isdigit(static_cast<unsigned char>(k[0])) && std::isdigit(static_cast<unsigned char>(k[3])) &&
           k.compare(4, 3, "年") == 0;
}

}  // namespace

std::vector<GenericIssue> generic_relation_issues(const Table& t, const GenericTableHints& hints) {
    std::vector<GenericIssue> out;
    const size_t rows = t.cells.size();
    const size_t cols = rows ? t.cells[0].size() : 0;
    // Total rows: a 小计 sums the rows since the previous total of any kind; a 合计/总计/共计 sums
    // the rows since the previous grand total (or, when there are 小计 rows, those).
    size_t grand_start = 0, sub_start = 0;
    std::vector<bool> total_row(rows, false);  // a lookup, not a scan of total_rows per row
    for (int x : t.total_rows)
        if (x >= 0 && static_cast<size_t>(x) < rows) total_row[static_cast<size_t>(x)] = true;
    for (size_t r = 0; r < rows; ++r) {
        if (!total_row[r]) continue;
        const bool subtotal = contains(key_of(t.row_labels[r]), "小计");
        std::vector<size_t> siblings, subtotals;
        for (size_t s = subtotal ? sub_start : grand_start; s < r; ++s) {
            if (t.row_parent.size() > s && t.row_parent[s] >= 0) continue;
            if (total_row[s]) {
                if (contains(key_of(t.row_labels[s]), "小计")) subtotals.push_back(s);
                continue;
            }
            siblings.push_back(s);
        }
        sub_start = r + 1;
        if (!subtotal) grand_start = r + 1;
        if (siblings.size() < 2) continue;
        for (size_t c = 0; c < cols && c < t.cells[r].size(); ++c) {
            const Cell& total = t.cells[r][c];
            if (!numeric(total)) continue;
            long double sum = 0, sub = 0;
            bool ok = true;
            size_t numbers = 0;
            for (size_t s : siblings) {
                long double v = 0;
                if (c >= t.cells[s].size() || !value(t.cells[s][c], v)) ok = false;
                sum += v;
                numbers += numeric(t.cells[s][c]);
            }
            for (size_t s : subtotals) {
                long double v = 0;
                if (c < t.cells[s].size() && value(t.cells[s][c], v)) sub += v;
            }
            if (!ok || numbers < 2 || close(sum, total.number.value) ||
                (!subtotals.empty() && close(sub, total.number.value)))
                continue;
            GenericIssue i;
            i.row = static_cast<int>(r);
            i.col = static_cast<int>(c);
            i.expected = sum;
            i.actual = total.number.value;
            i.message = row_name(t, r) + "行" + col_name(t, c) + "应为上方各行之和 " + format_number(sum) + "，表中为 " +
                        format_number(total.number.value);
            out.push_back(std::move(i));
        }
    }
    // Total columns: the sum of the value columns before it (after the previous total column).
    size_t col_start = 0;
    for (size_t c = 0; c < cols; ++c) {
        if (!is_total_col(t, c)) continue;
        std::vector<size_t> siblings;
        for (size_t s = col_start; s < c; ++s)
            if (!col_is(t, s, hints.cumulative_labels)) siblings.push_back(s);
        col_start = c + 1;
        if (siblings.size() < 2) continue;
        for (size_t r = 0; r < rows; ++r) {
            if (c >= t.cells[r].size() || !numeric(t.cells[r][c])) continue;
            long double sum = 0;
            bool ok = true;
            size_t numbers = 0;
            for (size_t s : siblings) {
                long double v = 0;
                if (!value(t.cells[r][s], v)) ok = false;
                sum += v;
                numbers += numeric(t.cells[r][s]);
            }
            if (!ok || numbers < 2 || close(sum, t.cells[r][c].number.value)) continue;
            GenericIssue i;
            i.row = static_cast<int>(r);
            i.col = static_cast<int>(c);
            i.expected = sum;
            i.actual = t.cells[r][c].number.value;
            i.message = row_name(t, r) + "行" + col_name(t, c) + "应为同行各列之和 " + format_number(sum) + "，表中为 " +
                        format_number(i.actual);
            out.push_back(std::move(i));
        }
    }
    // 其中: parts never exceed the parent; an exhaustive breakdown sums to it.
    // Children per parent in one pass (a scan of the later rows per row was quadratic on a
    // 10,000-row annex).
    std::vector<std::vector<size_t>> children_of(rows);
    for (size_t r = 0; r < rows && r < t.row_parent.size(); ++r) {
        const int parent = t.row_parent[r];
        if (parent >= 0 && static_cast<size_t>(parent) < r) children_of[static_cast<size_t>(parent)].push_back(r);
    }
    for (size_t p = 0; p < rows; ++p) {
        const std::vector<size_t>& children = children_of[p];
        if (children.empty()) continue;
        bool exhaustive = false;
        const std::string pk = key_of(t.row_labels[p]);
        for (const auto& e : hints.exhaustive_parents) exhaustive = exhaustive || contains(pk, e);
        for (size_t r : children) {
            const std::string ck = key_of(t.row_labels[r]);
            exhaustive = exhaustive || contains(ck, "其他") || contains(ck, "其它");
        }
        for (size_t c = 0; c < cols && c < t.cells[p].size(); ++c) {
            const Cell& parent = t.cells[p][c];
            if (!numeric(parent)) continue;
            long double sum = 0;
            bool ok = true, reported = false;
            size_t numbers = 0;
            for (size_t r : children) {
                long double v = 0;
                if (c >= t.cells[r].size() || !value(t.cells[r][c], v)) {
                    ok = false;
                    continue;
                }
                sum += v;
                numbers += numeric(t.cells[r][c]);
                if (v > parent.number.value + 1e-6L && !reported) {
                    GenericIssue i;
                    i.row = static_cast<int>(r);
                    i.col = static_cast<int>(c);
                    i.has_expected = false;
                    i.actual = v;
                    i.message = "其中项" + row_name(t, r) + "的" + col_name(t, c) + "为 " + format_number(v) + "，大于所属的" +
                                row_name(t, p) + " " + format_number(parent.number.value);
                    out.push_back(std::move(i));
                    reported = true;
                }
            }
            if (reported || !exhaustive || !ok || numbers < 2 || close(sum, parent.number.value)) continue;
            GenericIssue i;
            i.row = static_cast<int>(p);
            i.col = static_cast<int>(c);
            i.expected = sum;
            i.actual = parent.number.value;
            i.message = row_name(t, p) + "行" + col_name(t, c) + "应为其中各项之和 " + format_number(sum) + "，表中为 " +
                        format_number(parent.number.value);
            out.push_back(std::move(i));
        }
    }
    // 历年累计 ≥ 本年.
    for (size_t cum = 0; cum < cols; ++cum) {
        if (!col_is(t, cum, hints.cumulative_labels)) continue;
        for (size_t cur = 0; cur < cols; ++cur) {
            if (cur == cum || !(col_is(t, cur, hints.current_labels) || year_column(t, cur))) continue;
            if (col_is(t, cur, hints.cumulative_labels)) continue;
            for (size_t r = 0; r < rows; ++r) {
                if (cum >= t.cells[r].size() || cur >= t.cells[r].size()) continue;
                const Cell& a = t.cells[r][cum];
                const Cell& b = t.cells[r][cur];
                if (!numeric(a) || !numeric(b) || a.number.value + 1e-6L >= b.number.value) continue;
                GenericIssue i;
                i.row = static_cast<int>(r);
                i.col = static_cast<int>(cum);
                i.has_expected = false;
                i.actual = a.number.value;
                i.message = row_name(t, r) + "行" + col_name(t, cum) + "为 " + format_number(a.number.value) + "，小于" +
                            col_name(t, cur) + "的 " + format_number(b.number.value) + "（历年累计不应少于本年）";
                out.push_back(std::move(i));
            }
            break;
        }
    }
    return out;
}

}  // namespace nianbao
