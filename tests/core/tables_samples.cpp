// The table reader on the shared samples, every cell: 001 (web copy, one cell per line, NBSP-padded
// numbers, 2019 tables), 2024_huaian_szf (pdftotext -layout: aligned numbers, wrapped and vertical
// labels, page footers inside table 三, 2021 tables with r21.1–3), 000 (Word column blocks with a
// 合计 block) and 003 (Word row blocks of an annex with 其中 sub-rows).
#include <catch2/catch.hpp>

#include "core/support/huaian_tables.h"
#include "core/support/table_values.h"
#include "core/support/samples.h"

#include <fstream>
#include <sstream>

#include "reader/read_document.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {


struct ReadSample {
    Source source;
    NormalizedText text;
    Document doc;
    explicit ReadSample(const std::string& name) : source(read_sample(name)) {
        text = normalize(source);
        doc = read_document(text, EditionSet::builtin());
    }
    std::vector<const Table*> topic(const std::string& t) const {
        std::vector<const Table*> out;
        for (const Table& x : doc.tables)
            if (x.topic == t) out.push_back(&x);
        return out;
    }
};


}  // namespace

TEST_CASE("sample 001: tables 二/三/四 read from one cell per line", "[tables]") {
    ReadSample s("001_88afcdf2753bf816.txt");
    auto proactive = s.topic("proactive");
    REQUIRE(proactive.size() == 5);
    CHECK(proactive[0]->block == "item1");
    CHECK(proactive[4]->block == "item9");
    CHECK(proactive[4]->edition == "2019");
    REQUIRE(proactive[4]->cells.size() == 1);
    CHECK(proactive[4]->cells[0][0].number.value == 1);
    CHECK(proactive[4]->cells[0][1].number.value == 1700);
    CHECK(proactive[4]->cells[0][1].number.unit == "元");
    for (const Table* t : proactive) CHECK(t->layout == "cell-per-line");

    auto apps = s.topic("applications");
    REQUIRE(apps.size() == 1);
    const Table& t = *apps[0];
    CHECK(t.edition == "2019");
    CHECK(t.edition_certain);
    CHECK(t.layout == "cell-per-line");
    REQUIRE(t.row_keys.size() == 23);
    CHECK(t.missing_rows.empty());
    CHECK(t.unknown_rows.empty());
    CHECK(t.ragged_rows.empty());
    CHECK(t.row_keys.front() == "r1");
    CHECK(t.row_keys[20] == "r21");
    CHECK(t.row_keys.back() == "r23");
    std::vector<std::vector<long long>> expected(23, std::vector<long long>(7, 0));
    expected[0] = {1, 0, 0, 0, 0, 0, 1};   // r1
    expected[12] = {1, 0, 0, 0, 0, 0, 1};  // r13 (" 1" and "1 " with NBSP)
    expected[21] = {1, 0, 0, 0, 0, 0, 1};  // r22
    CHECK(table_values(t) == expected);
    // Spans point at the digits.
    CHECK(s.doc.slice(t.cells[12][0].span) == "1");

    auto review = s.topic("review_litigation");
    REQUIRE(review.size() == 1);
    REQUIRE(review[0]->cells.size() == 1);
    CHECK(table_values(*review[0]) == std::vector<std::vector<long long>>{std::vector<long long>(15, 0)});
}

TEST_CASE("sample 2024_huaian_szf: PDF layout with wrapped and vertical labels", "[tables]") {
    ReadSample s("2024_huaian_szf.txt");
    auto proactive = s.topic("proactive");
    REQUIRE(proactive.size() == 4);
    CHECK(proactive[0]->edition == "2021");
    CHECK(table_values(*proactive[0]) == huaian::kRegulations);
    CHECK(proactive[2]->cells[0][0].number.value == 3985758);
    CHECK(proactive[3]->block == "item8");
    CHECK(proactive[3]->cells[0][0].number.value == Approx(96171.6));
    CHECK_FALSE(proactive[3]->cells[0][0].number.integral);

    auto apps = s.topic("applications");
    REQUIRE(apps.size() == 1);
    const Table& t = *apps[0];
    CHECK(t.edition == "2021");
    CHECK(t.edition_certain);
    CHECK(t.layout == "aligned");
    CHECK(t.missing_rows.empty());
    CHECK(t.unknown_rows.empty());
    REQUIRE(t.row_keys.size() == 25);
    CHECK(t.row_keys[20] == "r21.1");
    CHECK(t.row_keys[22] == "r21.3");
    CHECK(table_values(t) == huaian::kApplications);
    // Column labels cut by the PDF ("商业企" / "业") are still found.
    CHECK(s.doc.slice(t.col_label_spans[1]).substr(0, 9) == "商业企");

    auto review = s.topic("review_litigation");
    REQUIRE(review.size() == 1);
    CHECK(table_values(*review[0]) == huaian::kReview);
}

TEST_CASE("sample 000: Word column blocks with a 合计 block", "[tables]") {
    ReadSample s("000_a149a30e1feff887.txt");
    auto g = s.topic("generic");
    REQUIRE(g.size() == 1);
    const Table& t = *g[0];
    CHECK(t.layout == "column-blocks");
    REQUIRE(t.row_labels.size() == 6);
    CHECK(t.row_labels[0] == "机构概况");
    CHECK(t.row_labels[5] == "合计");
    CHECK(t.total_rows == std::vector<int>{5});
    CHECK(table_values(t) == std::vector<std::vector<long long>>{{1}, {3}, {3}, {15}, {12}, {34}});
    CHECK(t.cells[5][0].number.unit == "条");
}

TEST_CASE("sample 003: annex in row blocks with 其中 sub-rows", "[tables]") {
    ReadSample s("003_4542ec8ee655ebbf.txt");
    auto g = s.topic("generic");
    REQUIRE(g.size() == 1);
    const Table& t = *g[0];
    CHECK(t.layout == "row-blocks");
    CHECK(t.col_labels == std::vector<std::string>{"单位", "2017年", "历年累计"});
    REQUIRE(t.row_labels.size() == 15);
    CHECK(t.cells[0][1].number.value == 35);
    CHECK(t.cells[0][2].number.value == 187);
    CHECK(t.cells[0][0].text == "条");
    CHECK(t.row_parent == std::vector<int>{-1, 0, 0, -1, 3, 3, 3, -1, 7, 7, 7, 7, -1, -1, -1});
}
