#include "reader/table_labels.h"

#include <functional>
#include <unordered_set>

#include "reader/heading_marker.h"
#include "text/label_key.h"

namespace nianbao {

namespace {

// "三、(一)予以公开" → "予以公开": rows are recognised by their words; ordinals vary.
std::string_view without_ordinals(std::string_view label) {
    for (int i = 0; i < 2; ++i) {
        while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
        const HeadingMarker m = match_heading_marker(label);
        if (m.level == 0 || m.lost) break;
        label.remove_prefix(m.length);
    }
    return label;
}

// Every table row/column label in the edition data (any string under "tables" whose key names a
// label), as label keys without their ordinals: a line whose words start with one is a table row,
// not a heading.
const std::vector<std::string>& table_label_keys(const EditionSet& editions) {
    static const std::vector<std::string> keys = [&] {
        std::unordered_set<std::string> set;
        std::function<void(const nlohmann::json&, bool)> walk = [&](const nlohmann::json& j, bool label_ctx) {
            if (j.is_string()) {
                if (label_ctx) {
                    std::string k = label_key(without_ordinals(j.get<std::string>()));
                    if (k.size() >= 9) set.insert(k);  // at least three CJK characters
                }
            } else if (j.is_array()) {
                for (const auto& v : j) walk(v, label_ctx);
            } else if (j.is_object()) {
                for (const auto& [key, v] : j.items())
                    walk(v, label_ctx || key.find("label") != std::string::npos || key == "aliases");
            }
        };
        for (const Edition& e : editions.all())
            if (e.raw.contains("tables")) walk(e.raw["tables"], false);
        return std::vector<std::string>(set.begin(), set.end());
    }();
    return keys;
}

}  // namespace

bool is_table_row_label(std::string_view title, const EditionSet& editions) {
    const std::string key = label_key(title);
    for (const std::string& k : table_label_keys(editions))
        if (key.compare(0, k.size(), k) == 0) return true;
    return false;
}

}  // namespace nianbao
