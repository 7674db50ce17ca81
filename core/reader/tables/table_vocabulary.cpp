#include "reader/tables/table_vocabulary.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "edition/table_spec.h"
#include "text/keyed_text.h"
#include "text/label_key.h"
#include "text/utf8.h"

namespace nianbao {

namespace {

constexpr size_t kMinRowKey = 3 * 3;  // three CJK characters: "其他", "总计" start too many lines
constexpr size_t kWindow = 150;       // bytes: no label is longer

std::string first_code_point(std::string_view s) {
    if (s.empty()) return {};
    int len = 1;
    utf8::decode(s, 0, len);
    return std::string(s.substr(0, static_cast<size_t>(len)));
}

void sort_longest_first(std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    std::stable_sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

}  // namespace

TableVocabulary::TableVocabulary(const EditionSet& editions) {
    for (const Edition& e : editions.all()) {
        const EditionTables& tables = table_specs(e);
        auto add_cols = [&](const std::vector<TableColumnSpec>& cols) {
            for (const auto& c : cols)
                for (const std::string& k : c.keys) {
                    if (k.size() >= kMinRowKey) row_keys_.push_back(k);
                    // "行政诉讼·未经复议直接起诉·结果维持": each part is a header cell of its own.
                    for (std::string_view part : label_parts(k))
                        if (!part.empty()) cell_keys_.emplace_back(part);
                }
        };
        auto add_rows = [&](const std::vector<TableRowSpec>& rows) {
            for (const auto& r : rows)
                for (const std::string& k : r.keys) {
                    if (k.size() >= kMinRowKey) row_keys_.push_back(k);
                    cell_keys_.push_back(k);
                }
        };
        for (const TableSpec& t : tables.tables) {
            add_cols(t.cols);
            add_rows(t.rows);
            for (const auto& b : t.blocks) {
                add_cols(b.cols);
                add_rows(b.rows);
                cell_keys_.push_back(b.caption_key);
            }
            for (const auto& a : t.anchors) cell_keys_.push_back(a);
            for (const auto& h : t.header_keys) cell_keys_.push_back(h);
        }
    }
    cell_keys_.erase(std::remove(cell_keys_.begin(), cell_keys_.end(), std::string()), cell_keys_.end());
    sort_longest_first(row_keys_);
    sort_longest_first(cell_keys_);
    for (size_t i = 0; i < cell_keys_.size(); ++i)
        by_first_[first_code_point(cell_keys_[i])].push_back(static_cast<int>(i));
}

const TableVocabulary& TableVocabulary::of(const EditionSet& editions) {
    static std::mutex mutex;
    static std::map<const EditionSet*, std::unique_ptr<TableVocabulary>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = cache[&editions];
    if (!slot) slot = std::make_unique<TableVocabulary>(editions);
    return *slot;
}

bool TableVocabulary::starts_with_row_label(std::string_view text) const {
    const std::string key(strip_ordinal(table_label_key(utf8::head(text, kWindow))));
    for (const std::string& k : row_keys_)
        if (key.compare(0, k.size(), k) == 0) return true;
    return false;
}

int TableVocabulary::longest_at(const std::string& key, size_t pos, const std::vector<bool>& boundary) const {
    auto it = by_first_.find(first_code_point(std::string_view(key).substr(pos)));
    if (it == by_first_.end()) return -1;
    for (int i : it->second) {  // longest first
        const std::string& k = cell_keys_[static_cast<size_t>(i)];
        if (key.compare(pos, k.size(), k) == 0 && boundary[pos + k.size()]) return i;
    }
    return -1;
}

std::vector<std::pair<size_t, size_t>> TableVocabulary::cell_labels_in(std::string_view text) const {
    std::vector<std::pair<size_t, size_t>> out;
    const KeyedText kt(text, kTableKeyStyle);
    for (size_t pos = 0; pos < kt.key.size();) {
        const int i = kt.boundary[pos] ? longest_at(kt.key, pos, kt.boundary) : -1;
        if (i < 0) {
            ++pos;
            continue;
        }
        const size_t end = pos + cell_keys_[static_cast<size_t>(i)].size();
        size_t begin_text = kt.end_at[pos];
        // end_at[pos] is where the code points before `pos` end, white space after them included.
        while (begin_text < text.size() && (text[begin_text] == ' ' || text[begin_text] == '\t')) ++begin_text;
        out.emplace_back(begin_text, kt.end_at[end]);
        pos = end;
    }
    return out;
}

bool TableVocabulary::ends_with_cell_label(std::string_view text) const {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    const KeyedText kt(utf8::tail(text, kWindow), kTableKeyStyle);
    for (const std::string& k : cell_keys_) {
        if (k.size() > kt.key.size()) continue;
        const size_t at = kt.key.size() - k.size();
        if (kt.boundary[at] && kt.key.compare(at, k.size(), k) == 0) return true;
    }
    return false;
}

}  // namespace nianbao
