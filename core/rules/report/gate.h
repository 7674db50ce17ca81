#pragma once
// The not-a-report gate: check() asks it before running the catalog, so that a novel or a blank page
// gets one finding (report.not-annual-report) instead of a cascade of "missing" findings.
#include "document/document.h"

namespace nianbao {

struct Rule;
extern const Rule rule_report_not_annual_report;

// True when the Document is recognisably a disclosure annual report (title, sections, period or tables).
bool looks_like_annual_report(const Document& doc);

}  // namespace nianbao
