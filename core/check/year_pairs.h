#pragma once
// Pairing a batch's reports with last year's report of the same agency (issue #12): a 政务公开办
// reviewer's folder holds this year's and last year's reports of many departments side by side.
#include <optional>
#include <string>
#include <vector>

namespace nianbao {

struct ReportKey {
    std::string agency;       // as read from the report (meta.agency); empty: cannot be paired
    std::optional<int> year;  // the report year
};

// For each report, the index of the batch's report of the same agency for the year before, if any
// (the first such when several are given).
std::vector<std::optional<size_t>> pair_with_previous_year(const std::vector<ReportKey>& reports);

}  // namespace nianbao
