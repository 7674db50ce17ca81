#pragma once
// SARIF 2.1.0 from the same Results as the JSON (one run, one result per finding).
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "output/streamed_array.h"

namespace nianbao {

nlohmann::json sarif_json(const std::vector<const Result*>& results);
// The SARIF results of one report (one per finding; one "input" error for an unreadable input).
std::vector<nlohmann::json> sarif_results(const Result& result);

// Writes exactly the bytes of dump(sarif_json(all results)), one report at a time, so that a batch
// holds one Result in memory (as JsonReportsWriter does for the JSON).
class SarifWriter {
public:
    explicit SarifWriter(std::ostream& out);
    void add(const Result& result);
    void finish();  // once, after the last add()

private:
    StreamedArray results_;
};

}  // namespace nianbao
