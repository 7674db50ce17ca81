#pragma once
// The one producer of the result JSON (../shared/domain/output.md), used by the CLI and the wasm.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/check.h"

namespace nianbao {

inline constexpr const char* kToolName = "nianbao";
inline constexpr const char* kToolVersion = "0.1.0";
inline constexpr int kSchemaVersion = 1;

nlohmann::json report_json(const Result& result);               // one entry of "reports"
nlohmann::json results_json(const std::vector<const Result*>&);  // the whole document
std::string dump(const nlohmann::json& j);                       // the canonical serialization

}  // namespace nianbao
