#include "output/sarif.h"

#include "output/json_report.h"
#include "output/location.h"

namespace nianbao {

namespace {
const char* sarif_level(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        default: return "note";
    }
}
}  // namespace

namespace {

using nlohmann::json;

// The run without its results: tool.driver with every rule, columnKind, and "results": [].
json sarif_skeleton() {
    json rules = json::array();
    for (const Rule* r : all_rules()) {
        rules.push_back({{"id", r->id},
                         {"name", r->id},
                         {"shortDescription", {{"text", r->summary}}},
                         {"fullDescription", {{"text", std::string(r->doc.what) + " " + std::string(r->doc.why)}}},
                         {"help", {{"text", std::string(r->doc.basis)}}},
                         {"defaultConfiguration", {{"level", sarif_level(r->severity)}}}});
    }
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs",
             json::array({{{"tool",
                            {{"driver",
                              {{"name", kToolName},
                               {"version", kToolVersion},
                               {"rules", rules}}}}},
                           {"columnKind", "utf16CodeUnits"},
                           {"results", json::array()}}})}};
}

}  // namespace

std::vector<nlohmann::json> sarif_results(const Result& res) {
    std::vector<json> out;
    const std::string uri = res.file ? *res.file : "stdin";
    if (res.error) {
        out.push_back({{"ruleId", "input"},
                       {"level", "error"},
                       {"message", {{"text", *res.error}}},
                       {"locations", json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}}}}})}});
        return out;
    }
    for (const Finding& f : res.findings) {
        const Location loc = locate(res, f);
        json region = {{"startLine", loc.line},
                       {"startColumn", loc.column},
                       {"endLine", loc.end_line},
                       {"endColumn", loc.end_column},
                       {"charOffset", loc.start},
                       {"charLength", loc.end - loc.start}};
        json result = {{"ruleId", f.rule},
                       {"level", sarif_level(f.severity)},
                       {"message", {{"text", f.message}}},
                       {"locations",
                        json::array({{{"physicalLocation",
                                       {{"artifactLocation", {{"uri", uri}}}, {"region", region}}}}})}};
        result["partialFingerprints"] = {{"nianbao/v1", f.fingerprint}};
        // A reviewer's 忽略 is a suppression (kind external: decided outside the source); 已确认 a property.
        if (f.decision == "dismissed")
            result["suppressions"] = json::array(
                {{{"kind", "external"}, {"status", "accepted"}, {"justification", f.decision_note}}});
        json props = json::object();
        if (f.decision == "confirmed") {
            props["decision"] = "confirmed";
            if (!f.decision_note.empty()) props["decision_note"] = f.decision_note;
        }
        if (f.expected) props["expected"] = *f.expected;
        if (f.actual) props["actual"] = *f.actual;
        if (!f.basis.empty()) props["basis"] = f.basis;
        if (!props.empty()) result["properties"] = props;
        out.push_back(std::move(result));
    }
    return out;
}

nlohmann::json sarif_json(const std::vector<const Result*>& results) {
    json doc = sarif_skeleton();
    json& out_results = doc["runs"][0]["results"];
    for (const Result* res : results)
        for (json& r : sarif_results(*res)) out_results.push_back(std::move(r));
    return doc;
}

SarifWriter::SarifWriter(std::ostream& out) : results_(out, sarif_skeleton(), "results") {}

void SarifWriter::add(const Result& result) {
    for (const json& r : sarif_results(result)) results_.add(r);
}

void SarifWriter::finish() { results_.finish(); }

}  // namespace nianbao
