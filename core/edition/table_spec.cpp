#include "edition/table_spec.h"

#include <map>
#include <mutex>

#include "text/source.h"

namespace nianbao {

namespace {

bool is_cjk_numeral_start(std::string_view s, size_t& len) {
    static const char* const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (const char* n : numerals) {
        std::string_view nv(n);
        if (s.substr(0, nv.size()) == nv) {
            len = nv.size();
            return true;
        }
    }
    return false;
}

// Length of a leading ordinal in `s`, or 0.
size_t ordinal_length(std::string_view s) {
    size_t i = 0;
    if (!s.empty() && s[0] == '(') {
        i = 1;
        size_t n = 0, len = 0;
        while (i < s.size()) {
            if (s[i] >= '0' && s[i] <= '9') { ++i; ++n; continue; }
            if (is_cjk_numeral_start(s.substr(i), len)) { i += len; ++n; continue; }
            break;
        }
        if (n > 0 && n <= 3 && i < s.size() && s[i] == ')') return i + 1;
        return 0;
    }
    size_t digits = 0, len = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') { ++i; ++digits; }
    if (digits > 0 && digits <= 2 && i < s.size() && (s[i] == '.' || s[i] == ',')) return i + 1;
    if (digits > 0) return 0;
    size_t n = 0;
    while (i < s.size() && is_cjk_numeral_start(s.substr(i), len)) { i += len; ++n; }
    if (n > 0 && n <= 3 && i < s.size() && s[i] == ',') return i + 1;
    return 0;
}


}  // namespace

std::vector<std::string_view> label_parts(std::string_view label) {
    static constexpr std::string_view dot = "·";
    std::vector<std::string_view> parts;
    while (true) {
        const size_t at = label.find(dot);
        parts.push_back(label.substr(0, at));
        if (at == std::string_view::npos) return parts;
        label.remove_prefix(at + dot.size());
    }
}

namespace {

std::vector<std::string> match_keys(const nlohmann::json& j) {
    std::vector<std::string> keys;
    std::vector<std::string> labels;
    if (j.contains("label") && j["label"].is_string()) labels.push_back(j["label"].get<std::string>());
    for (auto& a : json_strings(j.value("aliases", nlohmann::json::array()))) labels.push_back(a);
    for (const auto& l : labels) {
        std::string k(strip_ordinal(table_label_key(l)));
        if (!k.empty()) keys.push_back(std::move(k));
    }
    return keys;
}

CellKind cell_kind(const std::string& s) {
    if (s == "signed") return CellKind::Signed;
    if (s == "amount") return CellKind::Amount;
    return CellKind::Count;
}

std::vector<TableColumnSpec> parse_cols(const nlohmann::json& arr) {
    std::vector<TableColumnSpec> cols;
    if (!arr.is_array()) return cols;
    for (const auto& c : arr) {
        TableColumnSpec spec;
        spec.key = c.value("key", "");
        spec.label = c.value("label", "");
        spec.keys = match_keys(c);
        spec.kind = cell_kind(c.value("kind", "count"));
        cols.push_back(std::move(spec));
    }
    return cols;
}

std::vector<TableRowSpec> parse_rows(const nlohmann::json& arr) {
    std::vector<TableRowSpec> rows;
    if (!arr.is_array()) return rows;
    for (const auto& r : arr) {
        TableRowSpec spec;
        spec.key = r.value("key", "");
        spec.label = r.value("label", "");
        spec.keys = match_keys(r);
        spec.group = r.value("group", false);
        rows.push_back(std::move(spec));
    }
    return rows;
}

TableSpec parse_table(const std::string& topic, const nlohmann::json& j) {
    TableSpec t;
    t.topic = topic;
    t.name = j.value("name", "");
    t.required = j.value("required", true);
    t.basis = j.value("basis", "");
    for (const auto& a : json_strings(j.value("anchors", nlohmann::json::array())))
        t.anchors.emplace_back(strip_ordinal(table_label_key(a)));
    for (const auto& h : json_strings(j.value("header_labels", nlohmann::json::array())))
        t.header_keys.push_back(table_label_key(h));
    t.cols = parse_cols(j.value("cols", nlohmann::json::array()));
    t.rows = parse_rows(j.value("rows", nlohmann::json::array()));
    for (const auto& b : j.value("blocks", nlohmann::json::array())) {
        TableBlockSpec block;
        block.key = b.value("key", "");
        block.caption = b.value("caption", "");
        block.caption_key = table_label_key(block.caption);
        block.cols = parse_cols(b.value("cols", nlohmann::json::array()));
        block.rows = parse_rows(b.value("rows", nlohmann::json::array()));
        t.blocks.push_back(std::move(block));
    }
    for (const auto& e : j.value("equations", nlohmann::json::array())) {
        TableEquationSpec eq;
        eq.id = e.value("id", "");
        eq.name = e.value("name", "");
        eq.axis = e.value("axis", "column");
        eq.lhs = json_strings(e.value("lhs", nlohmann::json::array()));
        eq.rhs = json_strings(e.value("rhs", nlohmann::json::array()));
        eq.blame = e.value("blame", eq.lhs.size() == 1 ? eq.lhs[0] : std::string());
        t.equations.push_back(std::move(eq));
    }
    return t;
}

std::vector<std::string> keys_of(const nlohmann::json& arr) {
    std::vector<std::string> out;
    for (const auto& s : json_strings(arr)) out.push_back(table_label_key(s));
    return out;
}

}  // namespace

std::string_view strip_ordinal(std::string_view key) {
    for (int round = 0; round < 2; ++round) {
        size_t n = ordinal_length(key);
        if (n == 0 || n >= key.size()) {
            if (n != 0 && n == key.size()) return key.substr(n);  // a bare ordinal: nothing left
            break;
        }
        key.remove_prefix(n);
    }
    return key;
}

const TableRowSpec* TableSpec::row(std::string_view key) const {
    for (const auto& r : rows)
        if (r.key == key) return &r;
    for (const auto& b : blocks)
        for (const auto& r : b.rows)
            if (r.key == key) return &r;
    return nullptr;
}

const TableColumnSpec* TableSpec::col(std::string_view key) const {
    for (const auto& c : cols)
        if (c.key == key) return &c;
    return nullptr;
}

const TableBlockSpec* TableSpec::block(std::string_view key) const {
    for (const auto& b : blocks)
        if (b.key == key) return &b;
    return nullptr;
}

const TableSpec* EditionTables::find(std::string_view topic) const {
    for (const auto& t : tables)
        if (t.topic == topic) return &t;
    return nullptr;
}

EditionTables parse_table_specs(const nlohmann::json& j) {
    EditionTables out;
    if (!j.is_object()) return out;
    for (const auto& [key, value] : j.items()) {
        if (key == "generic") {
            out.generic.exhaustive_parents = keys_of(value.value("exhaustive_parents", nlohmann::json::array()));
            out.generic.total_labels = keys_of(value.value("total_labels", nlohmann::json::array()));
            out.generic.cumulative_labels = keys_of(value.value("cumulative_labels", nlohmann::json::array()));
            out.generic.current_labels = keys_of(value.value("current_labels", nlohmann::json::array()));
            continue;
        }
        if (!value.is_object() || key == "about") continue;
        out.tables.push_back(parse_table(key, value));
    }
    if (out.generic.total_labels.empty()) out.generic.total_labels = {"合计", "总计", "共计", "小计"};
    if (out.generic.cumulative_labels.empty()) out.generic.cumulative_labels = {"历年累计", "累计"};
    if (out.generic.current_labels.empty()) out.generic.current_labels = {"本年", "本年度", "当年"};
    // Keep a fixed order (二, 三, 四) whatever the JSON object order.
    static const char* const order[] = {"proactive", "applications", "review_litigation"};
    std::vector<TableSpec> sorted;
    for (const char* topic : order)
        for (auto& t : out.tables)
            if (t.topic == topic) sorted.push_back(std::move(t));
    for (auto& t : out.tables)
        if (!t.topic.empty() && t.topic != "proactive" && t.topic != "applications" &&
            t.topic != "review_litigation")
            sorted.push_back(std::move(t));
    out.tables = std::move(sorted);
    return out;
}

const EditionTables& table_specs(const Edition& edition) {
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    // Parsed editions (EditionSet) are keyed by their serial: one map lookup per call. Copying and
    // comparing the "tables" JSON on every call cost a quarter of a whole check (and more in wasm).
    static std::map<uint64_t, EditionTables> by_serial;
    if (edition.serial != 0) {
        auto it = by_serial.find(edition.serial);
        if (it == by_serial.end())
            it = by_serial.emplace(edition.serial, parse_table_specs(edition.raw.value("tables", nlohmann::json::object())))
                     .first;
        return it->second;
    }
    // An Edition built by hand: keyed by address; the source JSON is kept to notice an address
    // reused by another edition.
    static std::map<const Edition*, std::pair<nlohmann::json, EditionTables>> cache;
    const nlohmann::json source = edition.raw.value("tables", nlohmann::json::object());
    auto it = cache.find(&edition);
    if (it == cache.end() || it->second.first != source)
        it = cache.insert_or_assign(&edition, std::make_pair(source, parse_table_specs(source))).first;
    return it->second.second;
}

}  // namespace nianbao
