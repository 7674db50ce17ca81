#pragma once
// The one producer of the result JSON (../shared/domain/output.md), used by the CLI and the wasm.
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "output/streamed_array.h"

namespace nianbao {

inline constexpr const char* kToolName = "nianbao";
inline constexpr const char* kToolVersion = "0.1.0";
inline constexpr int kSchemaVersion = 1;

nlohmann::json report_json(const Result& result);               // one entry of "reports"
nlohmann::json results_json(const std::vector<const Result*>&);  // the whole document
std::string dump(const nlohmann::json& j);                       // the canonical serialization

// Writes exactly the bytes of dump(results_json(all results)), one report at a time, so that a
// batch of thousands of reports holds one Result in memory, not all of them.
class JsonReportsWriter {
public:
    explicit JsonReportsWriter(std::ostream& out);
    void add(const Result& result);
    void finish();  // closes the document; call once, after the last add()

private:
    StreamedArray reports_;
};

}  // namespace nianbao
