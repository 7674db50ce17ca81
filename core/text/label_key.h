#pragma once
// The comparison form of a label (editions.md, "Label matching"): the normalized text with all white
// space removed, the separators 、，, unified to "、", quotes unified to ", and full-width brackets
// already made ASCII by NFKC. Two labels match when their keys are equal (or one key starts with the other).
#include <string>
#include <string_view>

namespace nianbao {

std::string label_key(std::string_view normalized_text);

}  // namespace nianbao
