// The result JSON: the streaming writer the CLI uses for batches must produce exactly the bytes of
// the one-document producer the wasm uses (output.md: one producer for every front end).
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "output/json_report.h"
#include "output/sarif.h"

using namespace nianbao;

namespace {

std::string streamed(const std::vector<const Result*>& results) {
    std::ostringstream out;
    JsonReportsWriter writer(out);
    for (const Result* r : results) writer.add(*r);
    writer.finish();
    return out.str();
}

}  // namespace

TEST_CASE("JsonReportsWriter writes the bytes of dump(results_json(...))", "[output]") {
    std::vector<std::unique_ptr<Result>> owned;
    CheckOptions named;
    named.file = "报告 \"一\".txt";  // quotes and CJK in a file name go through the escaping too
    owned.push_back(check(read_sample("2024_huaian_szf.txt"), named));
    owned.push_back(check("", {}));                                       // empty input: an error report
    owned.push_back(check("第一章 风雪\n\n他走进了屋子。\n", {}));             // not a report
    owned.push_back(check(read_sample("001_88afcdf2753bf816.txt"), {}));  // tables with cells

    for (size_t n : {size_t{0}, size_t{1}, size_t{2}, owned.size()}) {
        std::vector<const Result*> view;
        for (size_t i = 0; i < n; ++i) view.push_back(owned[i].get());
        const std::string expected = dump(results_json(view));
        const std::string actual = streamed(view);
        INFO("reports: " << n);
        CHECK(actual == expected);
        // And it parses, with the reports in the order given.
        const auto j = nlohmann::json::parse(actual);
        REQUIRE(j["reports"].size() == n);
        if (n >= 1) CHECK(j["reports"][0]["file"] == "报告 \"一\".txt");
    }
}

TEST_CASE("SarifWriter writes the bytes of dump(sarif_json(...))", "[output]") {
    std::vector<std::unique_ptr<Result>> owned;
    CheckOptions named;
    named.file = "报告 \"一\".txt";
    owned.push_back(check(read_sample("2024_huaian_szf.txt"), named));
    owned.push_back(check("", {}));                                       // an "input" error result
    owned.push_back(check("2023年政府信息公开工作年度报告\n一、总体情况\n", {}));  // findings without tables
    owned.push_back(check(read_sample("001_88afcdf2753bf816.txt"), {}));
    for (size_t n : {size_t{0}, size_t{1}, size_t{2}, owned.size()}) {
        std::vector<const Result*> view;
        for (size_t i = 0; i < n; ++i) view.push_back(owned[i].get());
        std::ostringstream out;
        SarifWriter writer(out);
        for (const Result* r : view) writer.add(*r);
        writer.finish();
        INFO("reports: " << n);
        CHECK(out.str() == dump(sarif_json(view)));
        const auto j = nlohmann::json::parse(out.str());
        CHECK(j["runs"][0]["columnKind"] == "utf16CodeUnits");
        if (n == 0) CHECK(j["runs"][0]["results"].empty());
        else CHECK_FALSE(j["runs"][0]["results"].empty());
    }
}
