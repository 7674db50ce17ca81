#include "reader/tables/edition_tables.h"

#include <algorithm>
#include <set>
#include <string>

#include "edition/table_spec.h"
#include "reader/tables/fused_digits.h"
#include "reader/tables/row_table_reader.h"

namespace nianbao {

namespace {

struct EditionSpecs {
    const Edition* edition;
    const EditionTables* tables;
};

struct Pick {
    RowTableRead read;
    const EditionSpecs* specs = nullptr;
    const std::vector<TableRowSpec>* rows = nullptr;
    const std::vector<TableColumnSpec>* cols = nullptr;
    std::string block;
};

bool heading_like(std::string_view raw) {
    static constexpr std::string_view numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    size_t i = 0, n = 0;
    bool more = true;
    while (more) {
        more = false;
        for (std::string_view d : numerals)
            if (raw.substr(i, d.size()) == d) {
                i += d.size();
                ++n;
                more = true;
                break;
            }
    }
    return n > 0 && raw.substr(i, 3) == "、";
}

std::set<std::string> keys_of_rows(const std::vector<TableRowSpec>& rows) {
    std::set<std::string> s;
    for (const auto& r : rows)
        if (!r.group) s.insert(r.key);
    return s;
}

std::set<std::string> keys_of_cols(const std::vector<TableColumnSpec>& cols) {
    std::set<std::string> s;
    for (const auto& c : cols) s.insert(c.key);
    return s;
}

// Chooses among the reads by score; fills edition, certainty and the labels that belong only to
// the chosen edition (evidence for table.edition).
Table settle(std::vector<Pick>& picks, const Document& doc, const EditionSet& editions, const TokenStream& ts,
             const std::string& topic, uint32_t& end_token) {
    std::stable_sort(picks.begin(), picks.end(),
                     [](const Pick& a, const Pick& b) { return a.read.score() > b.read.score(); });
    // On a tie the report year's edition reads the table (its columns, not the other edition's:
    // a 表二 block whose header lost its separators matches both editions' rows equally).
    const Edition* by_year = doc.meta.year ? editions.for_year(*doc.meta.year) : nullptr;
    const bool tie = picks.size() > 1 && picks[1].read.score() == picks.front().read.score();
    if (tie && by_year)
        for (size_t k = 1; k < picks.size() && picks[k].read.score() == picks.front().read.score(); ++k)
            if (picks[k].specs->edition == by_year) std::swap(picks.front(), picks[k]);
    Pick& best = picks.front();
    Table t = std::move(best.read.table);
    t.topic = topic;
    t.block = best.block;
    end_token = best.read.end;
    t.edition_certain = !tie && picks.size() > 1;
    if (!tie) t.edition = best.specs->edition->id;
    else if (by_year && best.specs->edition == by_year) t.edition = by_year->id;
    if (t.edition_certain) {
        // Rows and columns the runner-up does not have.
        const Pick& other = picks[1];
        const auto other_rows = other.rows ? keys_of_rows(*other.rows) : std::set<std::string>{};
        const auto other_cols = other.cols ? keys_of_cols(*other.cols) : std::set<std::string>{};
        if (!best.block.empty() && other.block != best.block) {
            t.foreign_labels.push_back(std::string(ts.slice(t.caption_span)));
            t.foreign_label_spans.push_back(t.caption_span);
        }
        for (size_t c = 0; c < t.col_keys.size(); ++c)
            if (!other_cols.count(t.col_keys[c]) && !t.col_label_spans[c].empty()) {
                t.foreign_labels.push_back(t.col_labels[c]);
                t.foreign_label_spans.push_back(t.col_label_spans[c]);
            }
        for (size_t r = 0; r < t.row_keys.size(); ++r)
            if (!other_rows.count(t.row_keys[r]) && !t.row_label_spans[r].empty()) {
                t.foreign_labels.push_back(t.row_labels[r]);
                t.foreign_label_spans.push_back(t.row_label_spans[r]);
            }
    }
    return t;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The words of a table's header: its anchors and the parts of its column labels
// ("行政诉讼·复议后起诉·总计" → 行政诉讼, 复议后起诉, 总计).
void add_header_words(const TableSpec& spec, std::set<std::string>& words) {
    for (const auto& a : spec.anchors) words.insert(a);
    for (const auto& c : spec.cols)
        for (std::string_view part : label_parts(c.label)) words.insert(table_label_key(part));
    words.erase("");
}

// A header whose cells lost their separators, read as one label ("行政复议 行政诉讼",
// "行政复议行政诉讼"): an anchor followed by header words only.
bool fused_header(std::string_view key, const std::set<std::string>& anchors, const std::set<std::string>& words) {
    for (const auto& a : anchors) {
        if (!starts_with(key, a) || key.size() == a.size()) continue;
        std::string_view rest = key.substr(a.size());
        while (!rest.empty()) {
            size_t longest = 0;
            for (const auto& w : words)
                if (w.size() > longest && starts_with(rest, w)) longest = w.size();
            if (longest == 0) break;
            rest.remove_prefix(longest);
        }
        if (rest.empty()) return true;
    }
    return false;
}

void mark_totals(Table& t, const TableSpec& spec) {
    for (const auto& eq : spec.equations) {
        if (eq.lhs.size() != 1) continue;
        if (eq.axis == "row") {
            for (size_t c = 0; c < t.col_keys.size(); ++c)
                if (t.col_keys[c] == eq.lhs[0] && std::find(t.total_cols.begin(), t.total_cols.end(), int(c)) == t.total_cols.end())
                    t.total_cols.push_back(static_cast<int>(c));
        } else {
            for (size_t r = 0; r < t.row_keys.size(); ++r)
                if (t.row_keys[r] == eq.lhs[0] && std::find(t.total_rows.begin(), t.total_rows.end(), int(r)) == t.total_rows.end())
                    t.total_rows.push_back(static_cast<int>(r));
        }
    }
}

}  // namespace

void read_edition_tables(Document& doc, const EditionSet& editions, const TokenStream& ts,
                         std::vector<std::pair<uint32_t, uint32_t>>& covered) {
    std::vector<EditionSpecs> eds;
    for (const Edition& e : editions.all()) {
        const EditionTables& tables = table_specs(e);
        if (!tables.tables.empty()) eds.push_back({&e, &tables});
    }
    if (eds.empty()) return;
    const auto& tokens = ts.tokens;
    const uint32_t n = static_cast<uint32_t>(tokens.size());

    // Every key that opens a table or a block: a region ends at another table's opening.
    std::set<std::string> openers;
    std::set<std::string> captions;
    for (const auto& es : eds)
        for (const auto& spec : es.tables->tables) {
            for (const auto& a : spec.anchors) openers.insert(a);
            for (const auto& b : spec.blocks) captions.insert(b.caption_key);
        }
    auto is_caption = [&](uint32_t i) { return tokens[i].is_label() && captions.count(tokens[i].key) > 0; };

    // Table 二: one table per block caption.
    std::vector<uint32_t> caption_at;
    for (uint32_t i = 0; i < n; ++i)
        if (is_caption(i)) caption_at.push_back(i);
    for (size_t k = 0; k < caption_at.size(); ++k) {
        const uint32_t start = caption_at[k];
        const uint32_t limit = k + 1 < caption_at.size() ? caption_at[k + 1] : n;
        auto stop = [&](uint32_t i) {
            return openers.count(tokens[i].key) > 0 || is_caption(i) || heading_like(ts.slice(tokens[i].span));
        };
        std::vector<Pick> picks;
        for (const auto& es : eds) {
            const TableSpec* spec = es.tables->find("proactive");
            if (!spec) continue;
            for (const auto& block : spec->blocks) {
                if (block.caption_key != tokens[start].key) continue;
                Pick p;
                p.read = read_row_table(ts, start, limit, block.rows, block.cols, stop);
                settle_fused_digits(p.read.table, p.read.value_tokens, ts, block.cols, {});
                p.specs = &es;
                p.rows = &block.rows;
                p.cols = &block.cols;
                p.block = block.key;
                picks.push_back(std::move(p));
            }
        }
        if (picks.empty()) continue;
        // Editions without this block (第二十条第（九）项 in 2021) count as a runner-up that fits nothing.
        if (picks.size() < eds.size()) {
            Pick none;
            none.read.matched = 0;
            none.read.missing = 99;
            none.specs = &eds.front();
            none.block = "";
            for (const auto& es : eds) {
                bool has = false;
                for (const Pick& p : picks) has = has || p.specs == &es;
                if (!has) none.specs = &es;
            }
            picks.push_back(std::move(none));
        }
        bool any = false;
        for (const Pick& p : picks) any = any || p.read.matched > 0;
        if (!any) continue;
        uint32_t end = start + 1;
        Table t = settle(picks, doc, editions, ts, "proactive", end);
        covered.emplace_back(start, end);
        doc.tables.push_back(std::move(t));
    }

    // Tables 三 and 四: from the first opener that yields rows.
    for (const char* topic : {"applications", "review_litigation"}) {
        std::set<std::string> own, anchors, header_words;
        for (const auto& es : eds)
            if (const TableSpec* spec = es.tables->find(topic)) {
                for (const auto& a : spec->anchors) own.insert(a);
                anchors.insert(spec->anchors.begin(), spec->anchors.end());
                add_header_words(*spec, header_words);
                for (const auto& r : spec->rows)
                    if (!r.group && !r.keys.empty()) {
                        own.insert(r.keys.front());  // the first row's label opens the table too
                        break;
                    }
            }
        int attempts = 0;  // bounded: each attempt reads at most a table's worth of tokens
        for (uint32_t start = 0; start < n && attempts < 50; ++start) {
            if (!tokens[start].is_label() ||
                !(own.count(tokens[start].key) || fused_header(tokens[start].key, anchors, header_words)))
                continue;
            ++attempts;
            bool inside = false;
            for (const auto& [b, e] : covered) inside = inside || (start >= b && start < e);
            if (inside) continue;
            auto stop = [&](uint32_t i) {
                return (openers.count(tokens[i].key) > 0 && !own.count(tokens[i].key)) || is_caption(i);
            };
            std::vector<Pick> picks;
            for (const auto& es : eds) {
                const TableSpec* spec = es.tables->find(topic);
                if (!spec) continue;
                Pick p;
                p.read = read_row_table(ts, start, n, spec->rows, spec->cols, stop);
                settle_fused_digits(p.read.table, p.read.value_tokens, ts, spec->cols, spec->equations);
                p.specs = &es;
                p.rows = &spec->rows;
                p.cols = &spec->cols;
                picks.push_back(std::move(p));
            }
            int best = 0;
            for (const Pick& p : picks) best = std::max(best, p.read.matched);
            if (best == 0) continue;
            uint32_t end = start + 1;
            Table t = settle(picks, doc, editions, ts, topic, end);
            for (const auto& es : eds)
                if (es.edition->id == t.edition || t.edition.empty())
                    if (const TableSpec* spec = es.tables->find(topic)) {
                        mark_totals(t, *spec);
                        break;
                    }
            covered.emplace_back(start, end);
            doc.tables.push_back(std::move(t));
            break;
        }
    }
}

}  // namespace nianbao
