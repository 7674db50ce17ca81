#include "check/decisions.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

namespace nianbao {

namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void from_export(const json& list, std::vector<Decision>& out) {
    for (const auto& d : list) {
        if (!d.is_object()) continue;
        Decision x{str(d, "fingerprint"), str(d, "rule"), str(d, "status"), str(d, "note")};
        if (!x.fingerprint.empty() && (x.status == "confirmed" || x.status == "dismissed")) out.push_back(std::move(x));
    }
}

// SARIF: a result with an accepted suppression is dismissed (its justification the note); a result
// whose properties say "confirmed" is confirmed.
void from_sarif(const json& runs, std::vector<Decision>& out) {
    for (const auto& run : runs) {
        const auto results = run.find("results");
        if (results == run.end() || !results->is_array()) continue;
        for (const auto& r : *results) {
            const auto fps = r.find("partialFingerprints");
            if (fps == r.end() || !fps->is_object()) continue;
            Decision x;
            x.fingerprint = str(*fps, "nianbao/v1");
            x.rule = str(r, "ruleId");
            const auto sup = r.find("suppressions");
            if (sup != r.end() && sup->is_array())
                for (const auto& s : *sup)
                    if (s.is_object() && str(s, "status") != "rejected" && str(s, "status") != "underReview") {
                        x.status = "dismissed";
                        x.note = str(s, "justification");
                    }
            const auto props = r.find("properties");
            if (x.status.empty() && props != r.end() && props->is_object() && str(*props, "decision") == "confirmed") {
                x.status = "confirmed";
                x.note = str(*props, "decision_note");
            }
            if (!x.fingerprint.empty() && !x.status.empty()) out.push_back(std::move(x));
        }
    }
}

}  // namespace

std::optional<std::vector<Decision>> parse_decisions(std::string_view text, std::string& error) {
    return decisions_from_json(json::parse(text, nullptr, /*allow_exceptions=*/false), error);
}

std::optional<std::vector<Decision>> decisions_from_json(const json& j, std::string& error) {
    std::vector<Decision> out;
    if (j.is_object() && j.contains("decisions") && j["decisions"].is_array()) from_export(j["decisions"], out);
    else if (j.is_object() && j.contains("runs") && j["runs"].is_array()) from_sarif(j["runs"], out);
    else if (j.is_array()) from_export(j, out);
    else {
        error = "不是审核决定文件（应为网页导出的决定 JSON，或带 suppressions 的 SARIF）";
        return std::nullopt;
    }
    return out;
}

void apply_decisions(std::vector<Finding>& findings, const std::vector<Decision>& decisions, bool hide_dismissed) {
    if (decisions.empty()) return;
    std::map<std::string, const Decision*> by_fingerprint;
    for (const Decision& d : decisions) by_fingerprint[d.fingerprint] = &d;
    for (Finding& f : findings) {
        const auto it = by_fingerprint.find(f.fingerprint);
        if (it == by_fingerprint.end() || (!it->second->rule.empty() && it->second->rule != f.rule)) continue;
        f.decision = it->second->status;
        f.decision_note = it->second->note;
    }
    if (hide_dismissed) std::erase_if(findings, [](const Finding& f) { return f.decision == "dismissed"; });
}

}  // namespace nianbao
