#pragma once
// Automatic list numbering of a .docx (word/numbering.xml, and the numbering paragraph styles carry
// in word/styles.xml): Word shows "一、" or "（二）" before a heading without the characters being in
// the text. The counters advance paragraph by paragraph in document order, as Word counts them.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace nianbao::files {

class ListNumbering {
public:
    static constexpr int kLevels = 9;

    // Either document may be empty (no numbering.xml / styles.xml in the package).
    static ListNumbering read(const pugi::xml_document& numbering, const pugi::xml_document& styles);

    // The label of the paragraph `p` of document.xml ("一、", "（2）", "" when not numbered), with
    // the separator Word puts after it; advances the counters. `w_prefix_p_pr` etc. come from the
    // document's own names.
    std::string label_for(const pugi::xml_node& p_pr, const std::string& num_pr_name, const std::string& ilvl_name,
                          const std::string& num_id_name, const std::string& p_style_name, const std::string& val);

private:
    struct Level {
        int start = 1;
        std::string format = "decimal";
        std::string text;            // lvlText: "%1、", "（%2）", "%1.%2"
        std::string suffix = "tab";  // tab | space | nothing
        bool legal = false;          // isLgl: every %n in decimal
        std::string style;           // a paragraph style bound to this level
    };
    using Levels = std::array<Level, kLevels>;
    struct StyleNumbering {
        std::optional<int> num_id, ilvl;
        std::string based_on;
    };

    std::optional<std::pair<int, int>> numbering_of_style(const std::string& style_id) const;
    std::string label(int num_id, int ilvl);

    std::map<int, Levels> lists_;                       // numId → levels (abstractNum with overrides)
    std::map<int, std::array<int, kLevels>> counters_;  // numId → current value per level (0: unused)
    std::map<std::string, StyleNumbering> styles_;
};

}  // namespace nianbao::files
