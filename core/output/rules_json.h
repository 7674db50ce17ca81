#pragma once
// The rule catalog as data: for `nianbao rules --format json`, the wasm `rules()` export and the
// generated rule reference (docs/rules.md, web/rules.html).
#include <string>

#include <nlohmann/json.hpp>

namespace nianbao {

// [{"id","severity","summary","what","why","basis","fires","quiet"}…] in catalog order.
nlohmann::json rules_json();
// The rule reference as markdown (docs/rules.md is this output).
std::string rules_markdown();

}  // namespace nianbao
