// Rules date.malformed, period.mismatch, period.missing, year.inconsistent, publish.late and
// title.nonstandard through check(): their documented examples, the shared samples (what
// expected/*.json requires and forbids), and focused cases.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <fstream>
#include <sstream>
#include <string>

#include "check/check.h"

using namespace nianbao;

namespace {


std::vector<const Finding*> of(const Result& r, std::string_view rule) {
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

std::string text_at(const Result& r, const Finding& f) {
    return std::string(r.doc.slice(f.span));
}

std::unique_ptr<Result> run(const std::string& text, const std::string& options = R"({"assume_report":true})") {
    return check(text, CheckOptions::from_json(options));
}

constexpr const char* kMyRules[] = {"date.malformed",   "period.mismatch", "period.missing",
                                    "year.inconsistent", "publish.late",   "title.nonstandard"};

}  // namespace

TEST_CASE("Documented examples of the date/period/year/publish/title rules", "[rules-dates]") {
    for (const char* id : kMyRules) {
        INFO(id);
        const Rule* rule = find_rule(id);
        REQUIRE(rule);
        auto fires = check(std::string(rule->doc.fires), CheckOptions::from_json(rule->doc.example_options));
        CHECK_FALSE(of(*fires, id).empty());
        auto quiet = check(std::string(rule->doc.quiet), CheckOptions::from_json(rule->doc.example_options));
        CHECK(of(*quiet, id).empty());
    }
}

TEST_CASE("Sample 001: both fused dates, nothing else of these rules", "[rules-dates]") {
    auto r = run(read_sample("001_88afcdf2753bf816.txt"), "{}");
    auto bad = of(*r, "date.malformed");
    REQUIRE(bad.size() == 2);
    CHECK(text_at(*r, *bad[0]) == "20201月1日");
    CHECK(bad[0]->expected == std::optional<std::string>("2020-01-01"));
    CHECK(bad[0]->message.find("2020年1月1日") != std::string::npos);
    CHECK(text_at(*r, *bad[1]) == "202012月31日");
    CHECK(bad[1]->expected == std::optional<std::string>("2020-12-31"));
    CHECK(bad[1]->severity == Severity::Error);
    for (const char* id : {"period.mismatch", "period.missing", "year.inconsistent", "publish.late",
                           "title.nonstandard"}) {
        INFO(id);
        CHECK(of(*r, id).empty());
    }
}

TEST_CASE("Sample 000: title without year on the title line; signed in time", "[rules-dates]") {
    auto r = run(read_sample("000_a149a30e1feff887.txt"), "{}");
    auto t = of(*r, "title.nonstandard");
    REQUIRE(t.size() == 1);
    CHECK(text_at(*r, *t[0]) == "区残联政府信息公开工作年度报告");
    CHECK(t[0]->message.find("年度") != std::string::npos);
    CHECK(t[0]->message.find("2011") != std::string::npos);
    CHECK(of(*r, "publish.late").empty());
    CHECK(of(*r, "date.malformed").empty());
    CHECK(of(*r, "period.mismatch").empty());
    CHECK(of(*r, "year.inconsistent").empty());
}

TEST_CASE("Samples 003 and huaian: quiet", "[rules-dates]") {
    for (const char* name : {"003_4542ec8ee655ebbf.txt", "2024_huaian_szf.txt"}) {
        INFO(name);
        auto r = run(read_sample(name), "{}");
        for (const char* id : kMyRules) {
            INFO(id);
            CHECK(of(*r, id).empty());
        }
    }
}

TEST_CASE("period.mismatch: another year, half a year; inherited year is fine", "[rules-dates]") {
    auto a = run("某县民政局2020年政府信息公开工作年度报告\n\n所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n");
    auto f = of(*a, "period.mismatch");
    REQUIRE(f.size() == 1);
    CHECK(f[0]->expected == std::optional<std::string>("2020-01-01/2020-12-31"));
    CHECK(f[0]->actual == std::optional<std::string>("2019-01-01/2019-12-31"));
    CHECK(text_at(*a, *f[0]).find("统计期限自2019年1月1日起至2019年12月31日止") != std::string::npos);

    auto y = of(*a, "year.inconsistent");  // the title says 2020, the period 2019
    REQUIRE(y.size() == 1);
    CHECK(y[0]->severity == Severity::Warning);
    CHECK(y[0]->span == f[0]->span);

    auto b = run("某县民政局2020年政府信息公开工作年度报告\n\n统计期限为2020年1月1日至2020年6月30日。\n");
    CHECK(of(*b, "year.inconsistent").empty());
    CHECK(of(*b, "period.mismatch").size() == 1);

    auto c = run("某县民政局2020年政府信息公开工作年度报告\n\n统计期限从2020年1月1日到12月31日止。\n");
    CHECK(of(*c, "period.mismatch").empty());
    CHECK(of(*c, "period.missing").empty());
}

TEST_CASE("period.missing: info, whole-document, names the expected period", "[rules-dates]") {
    auto r = run("某县民政局2020年政府信息公开工作年度报告\n\n2020年，我局认真贯彻落实《条例》。\n");
    auto f = of(*r, "period.missing");
    REQUIRE(f.size() == 1);
    CHECK(f[0]->severity == Severity::Info);
    CHECK(f[0]->message.find("2020年1月1日") != std::string::npos);
}

TEST_CASE("publish.late: deadlines by edition and kind", "[rules-dates]") {
    // A department's 2020 report published 2021-02-05: late (31 January).
    auto dept = run("某县民政局2020年政府信息公开工作年度报告\n发布时间:2021-02-05 09:00\n\n2020年，我局认真落实。\n");
    auto f = of(*dept, "publish.late");
    REQUIRE(f.size() == 1);
    CHECK(f[0]->message.find("2021年1月31日") != std::string::npos);
    CHECK(f[0]->actual == std::optional<std::string>("2021-02-05"));
    CHECK(text_at(*dept, *f[0]) == "2021-02-05");
    // The same date for a people's government: in time (31 March).
    auto gov = run("某某市人民政府2020年政府信息公开工作年度报告\n发布时间:2021-02-05 09:00\n\n2020年，我市认真落实。\n");
    CHECK(of(*gov, "publish.late").empty());
    // --kind government overrides the reading.
    auto overridden = run("某县民政局2020年政府信息公开工作年度报告\n发布时间:2021-02-05 09:00\n\n2020年，我局认真落实。\n",
                          R"({"assume_report":true,"kind":"government"})");
    CHECK(of(*overridden, "publish.late").empty());
    // 2008 edition: every agency has until 31 March; a signature on 10 April is late.
    auto old = run("某县民政局2011年政府信息公开工作年度报告\n\n2011年，我局认真落实。\n\n某县民政局\n\n二〇一二年四月十日\n");
    auto g = of(*old, "publish.late");
    REQUIRE(g.size() == 1);
    CHECK(g[0]->message.find("落款日期") != std::string::npos);
    CHECK(text_at(*old, *g[0]) == "二〇一二年四月十日");
}

TEST_CASE("year.inconsistent: a reused report, not plans or comparisons", "[rules-dates]") {
    auto reused = run(
        "某县民政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2019年，我局认真落实《条例》。\n\n"
        "二、主动公开政府信息情况\n\n2019年，主动公开信息120条。2019年度未收费。\n");
    auto f = of(*reused, "year.inconsistent");
    REQUIRE(f.size() == 1);
    CHECK(f[0]->message.find("2020") != std::string::npos);
    CHECK(f[0]->message.find("2019") != std::string::npos);
    CHECK(text_at(*reused, *f[0]) == "2019年");

    auto plans = run(
        "某县民政局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真落实《条例》。\n\n"
        "二、主动公开政府信息情况\n\n2020年，主动公开信息120条，较2019年度增加。\n\n"
        "五、存在的主要问题及改进情况\n\n2019年度报告指出的问题已整改。2021年，我局将加强培训。2021年，完善制度。"
        "2021年，拓展渠道。\n");
    CHECK(of(*plans, "year.inconsistent").empty());
}

TEST_CASE("title.nonstandard: 工作报告 / 工作总结 / accepted older wording", "[rules-dates]") {
    auto report = run("某县民政局2020年政府信息公开工作报告\n\n2020年，我局认真落实。\n");
    auto f = of(*report, "title.nonstandard");
    REQUIRE(f.size() == 1);
    CHECK(f[0]->message.find("工作报告") != std::string::npos);
    auto summary = run("某县民政局2020年政府信息公开工作总结\n\n2020年，我局认真落实。\n");
    CHECK(of(*summary, "title.nonstandard").size() == 1);
    auto older = run("某县民政局2010年政府信息公开年度报告\n\n2010年，我局认真落实。\n");
    CHECK(of(*older, "title.nonstandard").empty());
    auto combined = run("某某市2020年政府信息公开和政务公开工作年度报告\n\n2020年，我市认真落实。\n");
    CHECK(of(*combined, "title.nonstandard").empty());
    auto yearly_work_report = run("某县民政局2020年度政府信息公开工作报告\n\n2020年，我局认真落实。\n");
    CHECK(of(*yearly_work_report, "title.nonstandard").size() == 1);
}

TEST_CASE("date.malformed: impossible dates fire, look-alikes stay quiet", "[rules-dates]") {
    auto r = run("某县民政局2020年政府信息公开工作年度报告\n\n2020年2月30日召开会议。2020年13月完成。\n");
    auto f = of(*r, "date.malformed");
    REQUIRE(f.size() == 2);
    CHECK(f[0]->expected == std::optional<std::string>("2020-02-29"));
    CHECK_FALSE(f[1]->expected);
    auto q = run("某县民政局2020年政府信息公开工作年度报告\n\n电话:0552-2073025,邮编:233000。1-2月受理3件。\n");
    CHECK(of(*q, "date.malformed").empty());
}
