#pragma once
// An edition of the report format (2008, 2019, 2021) as loaded from data/editions/*.json, which are
// embedded at build time. What a report must contain is data: a new State Council format is a new
// JSON file. `raw` keeps the whole file for the parts that have typed views elsewhere (tables: see
// edition/table_spec.h).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "document/document.h"

namespace nianbao {

struct SectionSpec {
    std::string topic;                  // "overview", …
    std::string number;                 // "一"
    std::string heading;                // typical heading "总体情况"
    std::vector<std::string> keywords;  // any of them in a heading assigns the topic
    bool required = true;
    bool may_answer_none = false;       // "无" is a legitimate content (2019: 其他需要报告的事项)
};

// A content item the law or the format requires, which may be a section or a passage.
struct ItemSpec {
    std::string id;                     // "fees", "assessment", …
    std::string label;                  // Chinese, for messages: "政府信息公开的收费及减免情况"
    std::string within;                 // topic whose text must mention it; "" = anywhere
    std::vector<std::vector<std::string>> evidence;  // any group whose words all occur
    std::string rule;                   // "section.missing" or "content.missing-item"
    std::string applies_to;             // "all" or "government"
    std::vector<std::string> anchor;    // where to point when missing: a heading with one of these words
    std::string basis;
};

struct Deadline {
    int month = 3, day = 31;            // in the year after the report year
};

struct Edition {
    std::string id;                     // "2008", "2019", "2021"
    std::string name;                   // Chinese name of the format
    std::string basis;                  // legal basis, Chinese
    int first_year = 0, last_year = 9999;
    bool ordered_sections = false;      // section.order applies
    std::vector<SectionSpec> sections;
    std::vector<ItemSpec> items;
    std::map<std::string, Deadline> deadlines;  // "department", "government"
    std::map<std::string, std::string> deadline_basis;
    nlohmann::json raw;                 // the whole data file
    uint64_t serial = 0;                // unique per parsed data file (copies share it): the key of
                                        // views parsed from `raw` once (table_specs); 0 = not parsed
    const SectionSpec* section(const std::string& topic) const;
};

// The strings of a JSON array (other values skipped; not an array → empty). Shared by the edition
// and table-spec parsers.
std::vector<std::string> json_strings(const nlohmann::json& j);

class EditionSet {
public:
    static const EditionSet& builtin();           // the embedded data, parsed once
    explicit EditionSet(const std::vector<std::string>& json_texts);
    const std::vector<Edition>& all() const { return editions_; }
    const Edition* find(const std::string& id) const;
    const Edition* for_year(int year) const;
private:
    std::vector<Edition> editions_;
};

}  // namespace nianbao
