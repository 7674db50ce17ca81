#pragma once
// SARIF 2.1.0 from the same Results as the JSON (one run, one result per finding).
#include <vector>

#include <nlohmann/json.hpp>

#include "check/check.h"

namespace nianbao {

nlohmann::json sarif_json(const std::vector<const Result*>& results);

}  // namespace nianbao
