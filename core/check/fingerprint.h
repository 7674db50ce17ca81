#pragma once
// A finding's fingerprint: what identifies "the same finding" when a report is checked again after
// edits — the rule, its message and the text of the line it points at (whitespace ignored), never
// offsets, so a paragraph added elsewhere does not change it. Reviewers' decisions are keyed by it
// (check/decisions.h); SARIF carries it as partialFingerprints["nianbao/v1"].
#include <string>
#include <vector>

#include "rules/rule.h"
#include "text/normalized_text.h"

namespace nianbao {

// Fills Finding::fingerprint (16 hex digits); findings that would share one get "-2", "-3"… in order.
void assign_fingerprints(std::vector<Finding>& findings, const NormalizedText& text);

}  // namespace nianbao
