// Last year beside this year (issue #12): year.carryover, year.stock and text.reused on real
// consecutive reports of one government (../shared/corpus: Pingtan 2021, 2022, 2023, 2025).
#include <catch2/catch.hpp>

#include "check/check.h"
#include "core/support/samples.h"

using namespace nianbao;

namespace {

std::unique_ptr<Result> check_with_previous(const std::string& text, const std::string& previous,
                                            const std::string& previous_file = "previous.txt") {
    CheckOptions o;
    o.previous_text = previous;
    o.previous_file = previous_file;
    return check(text, o);
}

std::vector<const Finding*> of_rule(const Result& r, const std::string& rule) {
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

}  // namespace

TEST_CASE("cross-year: Pingtan 2022 continues 2021 — every rule quiet", "[rules][cross-year]") {
    const std::string y2021 = read_corpus("2021_pingtan_gwh.txt"), y2022 = read_corpus("2022_pingtan_gwh.txt");
    auto r = check_with_previous(y2022, y2021, "2021_pingtan_gwh.txt");
    REQUIRE(r->previous);
    CHECK(r->previous->doc.meta.year == 2021);
    CHECK(of_rule(*r, "year.carryover").empty());
    CHECK(of_rule(*r, "year.stock").empty());
    // Without a previous report nothing of this is even looked at.
    auto alone = check(y2022, CheckOptions{});
    CHECK_FALSE(alone->previous);
}

TEST_CASE("cross-year: a 上年结转 cell that does not continue last year's 结转下年度 is blamed, column by column",
          "[rules][cross-year]") {
    // Huai'an 2024 carries in 34 applications of natural persons (表三 二、上年结转: 34 0 0 0 0 0 34).
    // Its "2023 report": the same text a year earlier, whose 结转下年度 splits the same total 34 as
    // 33 natural persons and 1 business — the total agrees, two columns do not.
    const std::string y2024 = read_sample("2024_huaian_szf.txt");
    std::string y2023 = y2024;
    for (size_t at = y2023.find("2024"); at != std::string::npos; at = y2023.find("2024", at + 4)) y2023.replace(at, 4, "2023");
    const size_t row = y2023.find("四、结转下年度继续办理");
    REQUIRE(row != std::string::npos);
    const size_t eol = y2023.find('\n', row);
    y2023.replace(row, eol - row, "四、结转下年度继续办理                          33          1        0         0        0         0    34");
    auto r = check_with_previous(y2024, y2023, "2023年报告.txt");
    auto found = of_rule(*r, "year.carryover");
    REQUIRE(found.size() == 2);
    CHECK(found[0]->severity == Severity::Error);
    CHECK(found[0]->expected == "33");
    CHECK(found[0]->actual == "34");
    CHECK(found[0]->message.find("自然人") != std::string::npos);
    CHECK(found[0]->message.find("2023年，2023年报告.txt") != std::string::npos);
    CHECK(r->normalized.text.substr(found[0]->span.begin, found[0]->span.size()) == "34");
    CHECK(found[1]->expected == "1");
    CHECK(found[1]->actual == "0");
    CHECK(found[1]->message.find("商业企业") != std::string::npos);
    // Reports two years apart: nothing carries over directly, quiet.
    std::string y2022 = y2023;
    for (size_t at = y2022.find("2023"); at != std::string::npos; at = y2022.find("2023", at + 4)) y2022.replace(at, 4, "2022");
    CHECK(of_rule(*check_with_previous(y2024, y2022), "year.carryover").empty());
}

TEST_CASE("cross-year: text.reused measures the share of sentences copied from last year", "[rules][cross-year]") {
    const std::string y2022 = read_corpus("2022_pingtan_gwh.txt"), y2023 = read_corpus("2023_pingtan_gwh.txt");
    // The same report as its own "previous" of the year before: everything is copied.
    std::string relabelled = y2022;
    for (size_t at = relabelled.find("2022"); at != std::string::npos; at = relabelled.find("2022", at + 4))
        relabelled.replace(at, 4, "2021");
    auto copied = check_with_previous(y2022, relabelled);
    auto all = of_rule(*copied, "text.reused");
    REQUIRE_FALSE(all.empty());
    bool whole_report = false;
    for (const Finding* f : all)
        if (f->severity == Severity::Info) {
            whole_report = true;
            CHECK(f->actual == "100%");
        }
    CHECK(whole_report);
    // Real consecutive reports: whatever the share, a finding says it only from 20% on, with the number.
    auto real = check_with_previous(y2023, y2022, "2022_pingtan_gwh.txt");
    for (const Finding* f : of_rule(*real, "text.reused")) {
        INFO(f->message);
        CHECK(f->message.find("2022年") != std::string::npos);
    }
}

TEST_CASE("cross-year: year.stock in the 2019 format — 上一年项目数量 continues last year's count and change",
          "[rules][cross-year]") {
    auto report = [](int year, const char* license) {
        return std::string("某县市场监管局") + std::to_string(year) +
               "年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n第二十条第（五）项\n"
               "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n" + license +
               "其他对外管理服务事项\t3\t0\t10\n";
    };
    // 2019: 12 items the year before, +2 this year → 2020 must start from 14.
    const std::string y2019 = report(2019, "行政许可\t12\t2\t300\n");
    CheckOptions o;
    o.assume_report = true;
    o.previous_text = y2019;
    auto good = check(report(2020, "行政许可\t14\t1\t280\n"), o);
    CHECK(of_rule(*good, "year.stock").empty());
    auto bad = check(report(2020, "行政许可\t12\t1\t280\n"), o);
    auto found = of_rule(*bad, "year.stock");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->severity == Severity::Warning);
    CHECK(found[0]->expected == "14");
    CHECK(found[0]->actual == "12");
    CHECK(found[0]->message.find("行政许可") != std::string::npos);
}
