// Rules table.missing, table.edition, table.shape, table.cell, table.sum on real text: the samples
// stay quiet; modified copies (one number changed, a row removed, a total blanked) fire with the
// right cell and expected value.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <fstream>
#include <sstream>

#include "check/check.h"

using namespace nianbao;

namespace {


std::string replace_nth(std::string text, const std::string& from, const std::string& to, int nth = 1) {
    size_t at = std::string::npos, pos = 0;
    for (int i = 0; i < nth; ++i) {
        at = text.find(from, pos);
        REQUIRE(at != std::string::npos);
        pos = at + from.size();
    }
    return text.replace(at, from.size(), to);
}

std::vector<Finding> table_findings(const Result& r, const std::string& rule) {
    std::vector<Finding> out;
    for (const Finding& f : r.findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

std::string original_slice(const Result& r, const Finding& f) {
    const Span o = r.normalized.to_original(f.span);
    return r.source.text().substr(o.begin, o.size());
}

}  // namespace

TEST_CASE("table rules stay quiet on the shared samples", "[rules-table]") {
    for (const char* name : {"000_a149a30e1feff887.txt", "001_88afcdf2753bf816.txt", "003_4542ec8ee655ebbf.txt",
                             "2024_huaian_szf.txt"}) {
        auto r = check(read_sample(name), CheckOptions{});
        for (const Finding& f : r->findings) {
            INFO(name << ": " << f.rule << " " << f.message);
            CHECK(f.rule.rfind("table.", 0) != 0);
        }
    }
}

TEST_CASE("table.sum blames the cell that breaks its row and its column (huaian)", "[rules-table]") {
    // r6 自然人: 30 → 31 breaks E3 in row r6 and E2 in column 自然人 by the same amount.
    std::string text = read_sample("2024_huaian_szf.txt");
    text = replace_nth(text, "2.其他法律行政法规禁止公开     30", "2.其他法律行政法规禁止公开     31");
    auto r = check(text, CheckOptions{});
    auto sums = table_findings(*r, "table.sum");
    REQUIRE(sums.size() == 1);
    CHECK(sums[0].expected == "30");
    CHECK(sums[0].actual == "31");
    CHECK(original_slice(*r, sums[0]) == "31");
    CHECK(sums[0].message.find("E2") != std::string::npos);
    CHECK(sums[0].message.find("E3") != std::string::npos);
}

TEST_CASE("table.sum points at the total when only the total is off (001)", "[rules-table]") {
    // r22 总计 column: 1 → 2. E3 for r22 fails, and E1/E2 in the 总计 column: the cell explains all.
    std::string text = read_sample("001_88afcdf2753bf816.txt");
    // The seventh value after (七)总计 is its 总计 cell.
    const size_t at = text.find("(七)总计");
    REQUIRE(at != std::string::npos);
    const size_t one = text.find("\n1\n", text.find("\n1\n", at) + 1);  // second "1" after the label
    REQUIRE(one != std::string::npos);
    text.replace(one + 1, 1, "2");
    auto r = check(text, CheckOptions{});
    auto sums = table_findings(*r, "table.sum");
    REQUIRE(sums.size() == 1);
    CHECK(sums[0].expected == "1");
    CHECK(sums[0].actual == "2");
}

TEST_CASE("table.sum: a total alone wrong in table 四", "[rules-table]") {
    std::string text = read_sample("2024_huaian_szf.txt");
    text = replace_nth(text, "37    351", "37    352");
    auto r = check(text, CheckOptions{});
    auto sums = table_findings(*r, "table.sum");
    REQUIRE(sums.size() == 1);
    CHECK(sums[0].expected == "351");
    CHECK(sums[0].actual == "352");
    CHECK(sums[0].message.find("E4a") != std::string::npos);
}

TEST_CASE("table.edition: a 2019 table 三 in a 2021 report", "[rules-table]") {
    // 001's 2019 table, in a report said to be for 2021.
    std::string text = read_sample("001_88afcdf2753bf816.txt");
    auto r = check(text, CheckOptions::from_json(R"({"edition":"2021"})"));
    auto ed = table_findings(*r, "table.edition");
    REQUIRE(ed.size() >= 2);  // table 二 blocks and table 三
    bool table3 = false;
    for (const Finding& f : ed)
        if (f.message.find("表三") != std::string::npos) {
            table3 = true;
            CHECK(f.expected == "2021");
            CHECK(f.actual == "2019");
            CHECK(original_slice(*r, f).find("其他处理") != std::string::npos);
        }
    CHECK(table3);
}

TEST_CASE("table.shape: a missing row", "[rules-table]") {
    std::string text = read_sample("2024_huaian_szf.txt");
    text = replace_nth(text, "             3.危及“三安全一稳定”        5          0        0        0        0    0    5\n", "");
    auto r = check(text, CheckOptions{});
    auto shape = table_findings(*r, "table.shape");
    REQUIRE(shape.size() == 1);
    CHECK(shape[0].message.find("危及") != std::string::npos);
    // E2 no longer holds either; that is a table.sum on the totals, not a false cell.
}

TEST_CASE("table.cell: a blank total", "[rules-table]") {
    const std::string text = "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
                             "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                             "1\t0\t0\t2\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
    auto r = check(text, CheckOptions::from_json(R"({"edition":"2019","assume_report":true})"));
    auto cells = table_findings(*r, "table.cell");
    REQUIRE(cells.size() == 1);
    CHECK(cells[0].expected == "3");
    CHECK(table_findings(*r, "table.sum").empty());
}

TEST_CASE("table.cell: text and negative numbers in count cells", "[rules-table]") {
    const std::string text = "某区民政局2020年政府信息公开工作年度报告\n\n四、政府信息公开行政复议、行政诉讼情况\n\n"
                             "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                             "-1\t0\t0\t0\t-1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
    auto r = check(text, CheckOptions::from_json(R"({"edition":"2019","assume_report":true})"));
    CHECK(table_findings(*r, "table.cell").size() == 2);
}

TEST_CASE("table.missing: the part is there, its table is not", "[rules-table]") {
    std::string text = read_sample("001_88afcdf2753bf816.txt");
    const size_t from = text.find("行政复议\n");
    const size_t to = text.find("五、存在的主要问题");
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    text.replace(from, to - from, "本年度未发生行政复议、行政诉讼。\n\n");
    auto r = check(text, CheckOptions{});
    auto missing = table_findings(*r, "table.missing");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].message.find("表四") != std::string::npos);
}

TEST_CASE("generic table: a wrong 合计 and a 其中 part above its parent (000, 003)", "[rules-table]") {
    std::string t000 = read_sample("000_a149a30e1feff887.txt");
    t000 = replace_nth(t000, "\t34条", "\t35条");
    auto r = check(t000, CheckOptions{});
    auto sums = table_findings(*r, "table.sum");
    REQUIRE(sums.size() == 1);
    CHECK(sums[0].expected == "34");
    CHECK(original_slice(*r, sums[0]) == "35条");

    std::string t003 = read_sample("003_4542ec8ee655ebbf.txt");
    // 其中 1.当面申请数 2017年: 0 → 2 while the parent says 0: part above parent.
    t003 = replace_nth(t003, "其中：1.当面申请数\n\t条\n\t0", "其中：1.当面申请数\n\t条\n\t2");
    auto r3 = check(t003, CheckOptions{});
    auto s3 = table_findings(*r3, "table.sum");
    REQUIRE(s3.size() >= 1);
    CHECK(s3[0].message.find("当面申请数") != std::string::npos);
}
