#pragma once
// The evaluation behind the cross-year rules (year.carryover, year.stock): each spec of the report's
// edition (edition/cross_year_spec.h) whose rule is `rule`, against last year's report.
#include "rules/rule.h"

namespace nianbao {

void check_cross_year(const Rule& rule, const CheckContext& ctx, Findings& out);

// "上一年度报告（2023年，2023_pingtan_gwh.txt）", for messages.
std::string previous_report_name(const PreviousReport& previous);

}  // namespace nianbao
