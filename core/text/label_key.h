#pragma once
// The comparison form of a label (editions.md, "Label matching"): white space removed (also the
// zero-width and typographic spaces pasted from the web), list separators unified, quotes unified,
// full-width ASCII shifted to ASCII (normalized text already is). Two labels match when their keys
// are equal (or one key starts with the other).
//
// Two styles, one implementation:
//   - label_key(): outline headings, evidence words, section bodies — 、，,；; all become "、", every
//     quote becomes '"';
//   - table_label_key(): table row and column labels — 、，, become "," (strip_ordinal and the table
//     readers cut on it), semicolons stay, single quotes stay apart from double ones.
#include <string>
#include <string_view>

namespace nianbao {

struct LabelKeyStyle {
    std::string_view separator;    // what 、，, (and, with semicolons_separate, ；;) become
    bool semicolons_separate;
    bool single_quotes_apart;      // ‘’' → ' rather than "
};
inline constexpr LabelKeyStyle kOutlineKeyStyle{"、", true, false};
inline constexpr LabelKeyStyle kTableKeyStyle{",", false, true};

std::string label_key(std::string_view text, const LabelKeyStyle& style = kOutlineKeyStyle);
inline std::string table_label_key(std::string_view label) { return label_key(label, kTableKeyStyle); }

}  // namespace nianbao
