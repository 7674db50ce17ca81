// Reviewers' decisions (issue #12): fingerprints that survive edits elsewhere, decisions applied from
// the page's export or a SARIF log, dismissed findings counted apart or left out.
#include <catch2/catch.hpp>

#include <set>

#include "check/check.h"
#include "check/decisions.h"
#include "core/support/samples.h"
#include "output/json_report.h"
#include "output/sarif.h"

using namespace nianbao;

namespace {

const Finding* first_of(const Result& r, const std::string& rule) {
    for (const Finding& f : r.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("decisions: a finding keeps its fingerprint when another paragraph is edited", "[decisions]") {
    const std::string text = read_sample("2024_huaian_szf.txt");
    auto before = check(text, CheckOptions{});
    REQUIRE_FALSE(before->findings.empty());
    std::set<std::string> fingerprints;
    for (const Finding& f : before->findings) {
        CHECK(f.fingerprint.size() >= 16);
        fingerprints.insert(f.fingerprint);
    }
    CHECK(fingerprints.size() == before->findings.size());  // one per finding
    // A sentence added to 一、总体情况 moves every later offset.
    std::string edited = text;
    const size_t at = edited.find("（二）依申请公开情况");
    REQUIRE(at != std::string::npos);
    edited.insert(at, "本年度还开展了政务公开专项培训三次，参训人员覆盖全市各部门。\n");
    auto after = check(edited, CheckOptions{});
    const Finding* a = first_of(*before, "content.missing-item");
    const Finding* b = first_of(*after, "content.missing-item");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->span.begin != b->span.begin);
    CHECK(a->fingerprint == b->fingerprint);
}

TEST_CASE("decisions: dismissed findings are marked, counted apart, suppressed in SARIF, or left out", "[decisions]") {
    const std::string text = read_sample("2024_huaian_szf.txt");
    auto plain = check(text, CheckOptions{});
    const Finding* target = first_of(*plain, "content.missing-item");
    REQUIRE(target);
    std::string error;
    auto decisions = parse_decisions(R"({"decisions":[{"fingerprint":")" + target->fingerprint +
                                         R"(","rule":"content.missing-item","status":"dismissed","note":"已在其他栏目公开"}]})",
                                     error);
    REQUIRE(decisions);
    CheckOptions o;
    o.decisions = *decisions;
    auto marked = check(text, o);
    const Finding* m = first_of(*marked, "content.missing-item");
    REQUIRE(m);
    CHECK(m->decision == "dismissed");
    CHECK(m->decision_note == "已在其他栏目公开");
    const auto json = results_json({marked.get()});
    CHECK(json["reports"][0]["summary"]["dismissed"] == 1);
    const auto plain_json = results_json({plain.get()});
    CHECK(json["reports"][0]["summary"]["warning"] == plain_json["reports"][0]["summary"]["warning"].get<int>() - 1);
    CHECK_FALSE(plain_json["reports"][0]["summary"].contains("dismissed"));
    // SARIF: the suppression, and reading that SARIF back gives the same decision (decisions travel).
    const auto sarif = sarif_json({marked.get()});
    bool suppressed = false;
    for (const auto& r : sarif["runs"][0]["results"])
        if (r["partialFingerprints"]["nianbao/v1"] == target->fingerprint) {
            REQUIRE(r.contains("suppressions"));
            CHECK(r["suppressions"][0]["kind"] == "external");
            CHECK(r["suppressions"][0]["status"] == "accepted");
            CHECK(r["suppressions"][0]["justification"] == "已在其他栏目公开");
            suppressed = true;
        }
    CHECK(suppressed);
    auto back = parse_decisions(sarif.dump(), error);
    REQUIRE(back);
    REQUIRE(back->size() == 1);
    CHECK((*back)[0].fingerprint == target->fingerprint);
    CHECK((*back)[0].note == "已在其他栏目公开");
    // --hide-suppressed: left out.
    o.hide_dismissed = true;
    auto hidden = check(text, o);
    CHECK(hidden->findings.size() == plain->findings.size() - 1);
    // A decision for another rule's finding with that fingerprint does not apply.
    (*decisions)[0].rule = "table.sum";
    CheckOptions wrong;
    wrong.decisions = *decisions;
    CHECK(first_of(*check(text, wrong), "content.missing-item")->decision.empty());
}

TEST_CASE("decisions: files that are not decisions are refused with a reason", "[decisions]") {
    std::string error;
    CHECK_FALSE(parse_decisions("not json", error));
    CHECK_FALSE(error.empty());
    CHECK_FALSE(parse_decisions(R"({"x":1})", error));
    auto empty = parse_decisions(R"({"decisions":[{"fingerprint":"x","status":"maybe"}]})", error);
    REQUIRE(empty);
    CHECK(empty->empty());  // an unknown status is not a decision
}
