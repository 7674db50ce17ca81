// The digit splitter on its own: rows of table 三 (seven columns, 总计 = the sum of six) and 表四
// (three groups of five) from ../shared/corpus/2021_pingtan_gwh.txt and 2023_pingtan_gwh.txt, the
// ambiguous and the impossible, and bounded work on runs of any length.
#include <catch2/catch.hpp>

#include <chrono>

#include "reader/tables/fused_digits.h"

using namespace nianbao;

namespace {

RowPiece fused(std::string_view digits) {
    RowPiece p;
    p.digits = digits;
    p.span = {0, static_cast<uint32_t>(digits.size())};
    p.fused = true;
    return p;
}

// 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 | 总计
const std::vector<int> kSeven(7, 7);
const std::vector<RowEquation> kTotalOfSix{{6, {0, 1, 2, 3, 4, 5}}};
// 表四: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, three times.
const std::vector<int> kFifteen(15, 7);
const std::vector<RowEquation> kGroupsOfFive{{4, {0, 1, 2, 3}}, {9, {5, 6, 7, 8}}, {14, {10, 11, 12, 13}}};

std::vector<long double> values(const std::vector<Cell>& cells) {
    std::vector<long double> v;
    for (const Cell& c : cells) v.push_back(c.number.value);
    return v;
}

}  // namespace

TEST_CASE("fused digits: a row of table 三 has one division", "[fused]") {
    auto s = split_row({fused("640020470")}, kSeven, kTotalOfSix);
    REQUIRE(s.exhausted);
    REQUIRE(s.candidates.size() == 1);
    CHECK(values(s.candidates[0]) == std::vector<long double>{64, 0, 0, 2, 0, 4, 70});
    // Cell spans point at the digits each cell took.
    CHECK(s.candidates[0][0].span.begin == 0);
    CHECK(s.candidates[0][0].span.end == 2);
    CHECK(s.candidates[0][6].span.begin == 7);
}

TEST_CASE("fused digits: 表四's seventeen digits are fifteen cells", "[fused]") {
    auto s = split_row({fused("10203120001200000")}, kFifteen, kGroupsOfFive);
    REQUIRE(s.candidates.size() == 1);
    CHECK(values(s.candidates[0]) == std::vector<long double>{1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0});
}

TEST_CASE("fused digits: a separated piece is one cell, glued pieces divide around it", "[fused]") {
    // "（二）部分公开（…）500000 5": a space kept the total apart.
    RowPiece total;
    total.span = {7, 8};
    total.number.valid = true;
    total.number.value = 5;
    auto s = split_row({fused("500000"), total}, kSeven, kTotalOfSix);
    REQUIRE(s.candidates.size() == 1);
    CHECK(values(s.candidates[0]) == std::vector<long double>{5, 0, 0, 0, 0, 0, 5});
}

TEST_CASE("fused digits: several divisions are all reported, none is chosen", "[fused]") {
    // Three columns and no equation (表二 第二十条第（一）项): 69|3|665, 6|93|665, 693|6|65, …
    auto s = split_row({fused("693665")}, std::vector<int>(3, 7), {});
    CHECK(s.candidates.size() > 1);
    // Zeros cannot lead: "000" in three columns is 0|0|0 and nothing else.
    auto zeros = split_row({fused("000")}, std::vector<int>(3, 7), {});
    REQUIRE(zeros.candidates.size() == 1);
    CHECK(values(zeros.candidates[0]) == std::vector<long double>{0, 0, 0});
}

TEST_CASE("fused digits: a row whose total is wrong has no division", "[fused]") {
    auto s = split_row({fused("640020471")}, kSeven, kTotalOfSix);
    CHECK(s.candidates.empty());
}

TEST_CASE("fused digits: work is bounded whatever the length of the run", "[fused][hostile]") {
    auto time_of = [](size_t n) {
        const std::string digits(n, '1');
        const auto t0 = std::chrono::steady_clock::now();
        auto s = split_row({fused(digits)}, kSeven, kTotalOfSix);
        CHECK(s.candidates.empty());  // 7 cells of at most 7 digits cannot hold the run
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    const double small = time_of(1000), large = time_of(10000);
    INFO("1,000 digits: " << small * 1e3 << " ms; 10,000 digits: " << large * 1e3 << " ms");
    CHECK(large <= 20 * small + 0.005);
    // A run that fits but has a huge number of divisions (C(29, 6) without an equation) stops early
    // (at the candidate cap or the step budget).
    const std::string many(30, '1');
    const auto t0 = std::chrono::steady_clock::now();
    auto s = split_row({fused(many)}, kSeven, {});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK_FALSE(s.exhausted);
    CHECK(seconds < 1.0);
}
