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

nlohmann::json sarif_json(const std::vector<const Result*>& results) {
    using nlohmann::json;
    json rules = json::array();
    for (const Rule* r : all_rules()) {
        rules.push_back({{"id", r->id},
                         {"name", r->id},
                         {"shortDescription", {{"text", r->summary}}},
                         {"fullDescription", {{"text", std::string(r->doc.what) + " " + std::string(r->doc.why)}}},
                         {"help", {{"text", std::string(r->doc.basis)}}},
                         {"defaultConfiguration", {{"level", sarif_level(r->severity)}}}});
    }
    json out_results = json::array();
    for (const Result* res : results) {
        const std::string uri = res->file ? *res->file : "stdin";
        if (res->error) {
            out_results.push_back({{"ruleId", "input"},
                                   {"level", "error"},
                                   {"message", {{"text", *res->error}}},
                                   {"locations", json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", uri}}}}}}})}});
            continue;
        }
        for (const Finding& f : res->findings) {
            const Location loc = locate(*res, f);
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
            json props = json::object();
            if (f.expected) props["expected"] = *f.expected;
            if (f.actual) props["actual"] = *f.actual;
            if (!f.basis.empty()) props["basis"] = f.basis;
            if (!props.empty()) result["properties"] = props;
            out_results.push_back(std::move(result));
        }
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
                           {"results", out_results}}})}};
}

}  // namespace nianbao
