#include "check/year_pairs.h"

#include <map>
#include <utility>

namespace nianbao {

std::vector<std::optional<size_t>> pair_with_previous_year(const std::vector<ReportKey>& reports) {
    std::map<std::pair<std::string, int>, size_t> by_agency_year;
    for (size_t i = 0; i < reports.size(); ++i)
        if (!reports[i].agency.empty() && reports[i].year)
            by_agency_year.emplace(std::make_pair(reports[i].agency, *reports[i].year), i);
    std::vector<std::optional<size_t>> out(reports.size());
    for (size_t i = 0; i < reports.size(); ++i) {
        if (reports[i].agency.empty() || !reports[i].year) continue;
        const auto it = by_agency_year.find({reports[i].agency, *reports[i].year - 1});
        if (it != by_agency_year.end()) out[i] = it->second;
    }
    return out;
}

}  // namespace nianbao
