#pragma once
// Reviewers' decisions on findings (issue #12): 已确认 (confirmed) or 忽略 (dismissed) with a note,
// keyed by the finding's fingerprint. They travel as JSON — the page's export
//   {"decisions":[{"fingerprint":"…","rule":"…","status":"dismissed","note":"…"}]}
// or a SARIF log whose results carry partialFingerprints["nianbao/v1"] and suppressions — and come
// back through CheckOptions (the CLI's --baseline, the page's stored decisions).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "rules/rule.h"

namespace nianbao {

struct Decision {
    std::string fingerprint;
    std::string rule;    // optional check: a decision applies only to a finding of this rule
    std::string status;  // "confirmed" or "dismissed"
    std::string note;
};

// Either format above; nullopt with a Chinese reason when the text is neither.
std::optional<std::vector<Decision>> parse_decisions(std::string_view json, std::string& error);
// The same from parsed JSON (the options JSON carries the page's list or a whole file).
std::optional<std::vector<Decision>> decisions_from_json(const nlohmann::json& j, std::string& error);

// Marks the findings a decision names; with hide_dismissed, dismissed findings are removed.
void apply_decisions(std::vector<Finding>& findings, const std::vector<Decision>& decisions, bool hide_dismissed);

}  // namespace nianbao
