#include "edition/edition.h"

#include <algorithm>
#include <atomic>

namespace nianbao {

const std::vector<std::string_view>& embedded_editions();  // generated from data/editions/*.json

const SectionSpec* Edition::section(const std::string& topic) const {
    for (const auto& s : sections)
        if (s.topic == topic) return &s;
    return nullptr;
}

std::vector<std::string> json_strings(const nlohmann::json& j) {
    std::vector<std::string> out;
    if (j.is_array())
        for (const auto& v : j)
            if (v.is_string()) out.push_back(v.get<std::string>());
    return out;
}

namespace {

Edition parse_edition(const nlohmann::json& j) {
    static std::atomic<uint64_t> next_serial{1};
    Edition e;
    e.raw = j;
    e.serial = next_serial++;
    e.id = j.value("id", "");
    e.name = j.value("name", "");
    e.basis = j.value("basis", "");
    e.first_year = j.value("first_year", 0);
    e.last_year = j.value("last_year", 9999);
    e.ordered_sections = j.value("ordered_sections", false);
    for (const auto& s : j.value("sections", nlohmann::json::array())) {
        SectionSpec spec;
        spec.topic = s.value("topic", "");
        spec.number = s.value("number", "");
        spec.heading = s.value("heading", "");
        spec.keywords = json_strings(s.value("keywords", nlohmann::json::array()));
        spec.required = s.value("required", true);
        spec.may_answer_none = s.value("may_answer_none", false);
        e.sections.push_back(std::move(spec));
    }
    for (const auto& it : j.value("items", nlohmann::json::array())) {
        ItemSpec item;
        item.id = it.value("id", "");
        item.label = it.value("label", "");
        item.within = it.value("within", "");
        for (const auto& group : it.value("evidence", nlohmann::json::array())) item.evidence.push_back(json_strings(group));
        item.rule = it.value("rule", "content.missing-item");
        item.applies_to = it.value("applies_to", "all");
        item.anchor = json_strings(it.value("anchor", nlohmann::json::array()));
        item.basis = it.value("basis", "");
        e.items.push_back(std::move(item));
    }
    // Named, not a temporary: items() refers to its json, which must outlive the loop.
    const nlohmann::json deadlines = j.value("deadlines", nlohmann::json::object());
    for (const auto& [kind, d] : deadlines.items()) {
        e.deadlines[kind] = Deadline{d.value("month", 3), d.value("day", 31)};
        e.deadline_basis[kind] = d.value("basis", "");
    }
    return e;
}

}  // namespace

EditionSet::EditionSet(const std::vector<std::string>& json_texts) {
    for (const auto& t : json_texts) {
        auto j = nlohmann::json::parse(t, nullptr, /*allow_exceptions=*/false);
        if (j.is_object()) editions_.push_back(parse_edition(j));
    }
    std::sort(editions_.begin(), editions_.end(),
              [](const Edition& a, const Edition& b) { return a.first_year < b.first_year; });
}

const EditionSet& EditionSet::builtin() {
    static const EditionSet set = [] {
        std::vector<std::string> texts;
        for (auto sv : embedded_editions()) texts.emplace_back(sv);
        return EditionSet(texts);
    }();
    return set;
}

const Edition* EditionSet::find(const std::string& id) const {
    for (const auto& e : editions_)
        if (e.id == id) return &e;
    return nullptr;
}

const Edition* EditionSet::for_year(int year) const {
    for (const auto& e : editions_)
        if (year >= e.first_year && year <= e.last_year) return &e;
    if (!editions_.empty() && year < editions_.front().first_year) return &editions_.front();
    return editions_.empty() ? nullptr : &editions_.back();
}

}  // namespace nianbao
