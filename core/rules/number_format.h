#pragma once
// Numbers in finding messages, for every rule family: a value as a report would write it — whole
// numbers without decimals ("350"), others with at most four decimals and no trailing zeros
// ("25.1"), never digit grouping.
#include <string>

namespace nianbao {

std::string format_number(long double value);

}  // namespace nianbao
