#pragma once
// Comparing prose figures, for the narrative.* rules (messages format numbers with
// rules/number_format.h).

namespace nianbao::narrative {

// Whether two stated values are the same figure (exact for whole numbers, to the last written
// decimal otherwise).
bool same_value(long double a, long double b);

}  // namespace nianbao::narrative
