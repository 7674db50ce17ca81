#include "rules/number_format.h"

#include <cmath>
#include <cstdio>

namespace nianbao {

std::string format_number(long double value) {
    char buf[64];
    const long double rounded = std::round(value);
    if (std::fabs(value - rounded) < 1e-9L && std::fabs(rounded) < 1e18L) {
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(rounded));  // never "-0"
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.4Lf", value);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace nianbao
