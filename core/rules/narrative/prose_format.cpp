#include "rules/narrative/prose_format.h"

#include <cmath>

namespace nianbao::narrative {

bool same_value(long double a, long double b) { return std::fabs(a - b) < 5e-5L; }

}  // namespace nianbao::narrative
