#pragma once
// Number formatting shared by the narrative.* rules: "350", "25.1", "1,2" never (no grouping).
#include <string>

namespace nianbao::narrative {

// A value as a report would write it: whole numbers without decimals, others with at most four
// decimals and no trailing zeros.
std::string format_value(long double value);

// Whether two stated values are the same figure (exact for whole numbers, to the last written
// decimal otherwise).
bool same_value(long double a, long double b);

}  // namespace nianbao::narrative
