// The rule catalog as a whole: every rule of ../shared/domain/rules.md exists with a complete doc,
// every rule's documented examples behave (the "fires" text produces the rule, the "quiet" text does
// not), and docs/rules.md is the generated reference of the current sources.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "check/check.h"
#include "output/rules_json.h"

using namespace nianbao;

namespace {
bool has_rule(const Result& r, std::string_view id) {
    return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.rule == id; });
}
}  // namespace

TEST_CASE("every rule of the catalog is registered with a complete doc", "[docs]") {
    const char* catalog[] = {"report.not-annual-report", "title.nonstandard", "section.missing", "section.order",
                             "section.numbering", "section.empty", "content.placeholder", "content.missing-item",
                             "date.malformed", "period.mismatch", "period.missing", "year.inconsistent",
                             "publish.late", "table.missing", "table.edition", "table.shape", "table.cell",
                             "table.sum", "narrative.sum", "narrative.table", "text.garbled",
                             "text.pinyin-annotation", "text.traditional", "text.artifact", "text.punctuation"};
    for (const char* id : catalog) {
        INFO(id);
        const Rule* r = find_rule(id);
        REQUIRE(r);
        CHECK_FALSE(r->summary.empty());
        CHECK_FALSE(r->doc.what.empty());
        CHECK_FALSE(r->doc.why.empty());
        CHECK_FALSE(r->doc.basis.empty());
        CHECK_FALSE(r->doc.fires.empty());
        CHECK_FALSE(r->doc.quiet.empty());
    }
    // Ids are unique.
    std::vector<std::string_view> ids;
    for (const Rule* r : all_rules()) ids.push_back(r->id);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}

TEST_CASE("every rule's documented examples fire and stay quiet", "[docs]") {
    for (const Rule* rule : all_rules()) {
        INFO(rule->id);
        const CheckOptions options = CheckOptions::from_json(rule->doc.example_options);
        CHECK(has_rule(*check(std::string(rule->doc.fires), options), rule->id));
        CHECK_FALSE(has_rule(*check(std::string(rule->doc.quiet), options), rule->id));
    }
}

TEST_CASE("docs/rules.md is the generated rule reference", "[docs]") {
    std::ifstream in(std::string(NIANBAO_SOURCE_DIR) + "/docs/rules.md", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    INFO("regenerate with: build/native/bin/nianbao rules --format markdown > docs/rules.md");
    CHECK(ss.str() == rules_markdown());
}
