// Rules narrative.sum and narrative.table: real sentences of the samples (named) that must stay
// quiet, modified copies that must fire, and narrative.table against tables built by hand.
#include <catch2/catch.hpp>

#include "core/support/hand_doc.h"
#include "core/support/samples.h"

#include <fstream>
#include <sstream>

#include "check/check.h"
#include "reader/read_document.h"
#include "rules/rule.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {


std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::vector<Finding> findings_of(const Result& r, const std::string& rule) {
    std::vector<Finding> out;
    for (const Finding& f : r.findings)
        if (f.rule == rule) out.push_back(f);
    return out;
}

std::unique_ptr<Result> check_text(const std::string& text) {
    return check(text, CheckOptions::from_json(R"({"edition":"2019","assume_report":true})"));
}

// The text a finding points at, in the original input.
std::string original_text(const Result& r, const Finding& f) {
    const Span s = f.original ? *f.original : r.normalized.to_original(f.span);
    return r.source.text().substr(s.begin, s.size());
}

Cell number_cell(long double v) {
    Cell c;
    c.blank = false;
    c.number.valid = true;
    c.number.value = v;
    c.number.raw = std::to_string(static_cast<long long>(v));
    return c;
}

// Table 三 with only the totals column filled: r1 new, r2 carried over, r22 answered, r23 forward.
Table applications_table(long double r1, long double r2, long double r22, long double r23) {
    Table t;
    t.topic = "applications";
    t.edition = "2019";
    t.col_keys = {"natural", "business", "research", "public_interest", "legal_service", "other", "total"};
    t.row_keys = {"r1", "r2", "r22", "r23"};
    for (long double v : {r1, r2, r22, r23}) {
        std::vector<Cell> row(6, number_cell(0));
        row.push_back(number_cell(v));
        t.cells.push_back(row);
    }
    return t;
}

// Table 四, keys in an order different from the format's: lookup is by key, never by position.
Table review_table(long double review_total, long double direct_total, long double after_total) {
    Table t;
    t.topic = "review_litigation";
    t.edition = "2021";
    t.row_keys = {"r1"};
    t.col_keys = {"after_review.total", "review.upheld", "review.total", "direct.total"};
    t.cells = {{number_cell(after_total), number_cell(review_total), number_cell(review_total),
                number_cell(direct_total)}};
    return t;
}

const char* kSample001List =
    "2020年我部门累计主动公开信息350条。其中机构领导、机构设置及人事信息信息33条、行政执法信息52条、决策部署落实信息50条、"
    "规划计划信息10条、财务预决算、财政专项经费管理使用和“三公”经费信息9条、招标采购信息5条、应急管理信息8条、"
    "政策解读信息9条、其余信息174条。\n";
const char* kSample003List =
    "2017年,我会主动公开政府信息7类35条，其中：康复类6条、就业创业类8条、文体教育类5条、扶贫类3条、财政资金类2条、"
    "计划总结类1条、其他类10条。全文电子化率100%。历年累计主动公开政府信息187条。\n";

}  // namespace

TEST_CASE("narrative.sum: the lists of samples 001 and 003 add up", "[narrative]") {
    CHECK(findings_of(*check_text(kSample001List), "narrative.sum").empty());
    CHECK(findings_of(*check_text(kSample003List), "narrative.sum").empty());
}

TEST_CASE("narrative.sum: sample 001 with one part changed", "[narrative]") {
    const std::string text = replace_once(kSample001List, "行政执法信息52条", "行政执法信息53条");
    auto r = check_text(text);
    const auto found = findings_of(*r, "narrative.sum");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(original_text(*r, found[0]) == "350条");
    CHECK(found[0].message.find("350条") != std::string::npos);
    CHECK(found[0].message.find("351条") != std::string::npos);
    CHECK(found[0].expected == "351");
    CHECK(found[0].actual == "350");
}

TEST_CASE("narrative.sum: sample 003 with one part changed names the 7 categories", "[narrative]") {
    const std::string text = replace_once(kSample003List, "扶贫类3条", "扶贫类4条");
    auto r = check_text(text);
    const auto found = findings_of(*r, "narrative.sum");
    REQUIRE(found.size() == 1);
    CHECK(original_text(*r, found[0]) == "35条");
    CHECK(found[0].message.find("7类") != std::string::npos);
    CHECK(found[0].expected == "36");
}

TEST_CASE("narrative.sum: a list that is not a partition stays quiet", "[narrative]") {
    // Adopted items are a subset of those sent; a plain 其中 without 其余/N类/分别为 may be partial.
    CHECK(findings_of(*check_text("全年报送上级网站信息40条，其中市政府网站采用12条，省政府网站采用5条。\n"), "narrative.sum")
              .empty());
    CHECK(findings_of(*check_text("共收到申请5件，其中当面申请1件、网络申请2件。\n"), "narrative.sum").empty());
    // Four categories announced and three listed: no partition the text vouches for.
    CHECK(findings_of(*check_text("本年主动公开政府信息4类20条，其中：规划类5条、财政类7条、人事类6条。\n"), "narrative.sum")
              .empty());
}

TEST_CASE("narrative.sum: 分别为 and a Chinese-numeral category count make partitions", "[narrative]") {
    CHECK(findings_of(*check_text("共收到申请5件，分别为：自然人申请3件、企业申请3件。\n"), "narrative.sum").size() == 1);
    CHECK(findings_of(*check_text("本年主动公开政府信息三类20条，其中：规划类5条、财政类7条、人事类6条。\n"), "narrative.sum")
              .size() == 1);
}

TEST_CASE("narrative.table: hand-built table 三 against 收到申请 (sample 001 wording)", "[narrative]") {
    SECTION("agrees: 收到1条 vs 本年新收 1") {
        HandDoc d("2020年,收到1条依申请公开请求。\n", 2020);
        d.doc.tables.push_back(applications_table(1, 0, 1, 0));
        CHECK(d.run("narrative.table").empty());
    }
    SECTION("contradicts: 收到3条 vs 本年新收 1") {
        HandDoc d("2020年,收到3条依申请公开请求。\n", 2020);
        d.doc.tables.push_back(applications_table(1, 0, 1, 0));
        const auto found = d.run("narrative.table");
        REQUIRE(found.size() == 1);
        CHECK(d.doc.slice(found[0].span) == "3条");
        CHECK(found[0].message.find("本年新收") != std::string::npos);
        CHECK(found[0].expected == "1");
        CHECK(found[0].actual == "3");
    }
    SECTION("no table 三: nothing to compare") {
        HandDoc d("2020年,收到3条依申请公开请求。\n", 2020);
        CHECK(d.run("narrative.table").empty());
    }
    SECTION("an unreadable total cell is table.cell's business, not ours") {
        HandDoc d("2020年,收到3条依申请公开请求。\n", 2020);
        Table t = applications_table(1, 0, 1, 0);
        t.cells[0][6] = Cell{};
        d.doc.tables.push_back(t);
        CHECK(d.run("narrative.table").empty());
    }
}

TEST_CASE("narrative.table: 收到申请…（含上年结转） agrees with 本年新收 + 上年结转", "[narrative]") {
    const std::string text = "本年度共收到政府信息公开申请37件（含上年结转2件），已全部办结。\n";
    SECTION("37 = 35 + 2: quiet") {
        HandDoc d(text, 2020);
        d.doc.tables.push_back(applications_table(35, 2, 37, 0));
        CHECK(d.run("narrative.table").empty());
    }
    SECTION("37 = 本年新收 alone: quiet too") {
        HandDoc d(text, 2020);
        d.doc.tables.push_back(applications_table(37, 2, 39, 0));
        CHECK(d.run("narrative.table").empty());
    }
    SECTION("neither reading: fires and names both") {
        HandDoc d(text, 2020);
        d.doc.tables.push_back(applications_table(30, 2, 32, 0));
        const auto found = d.run("narrative.table");
        REQUIRE(found.size() == 1);
        CHECK(found[0].actual == "37");
        CHECK(found[0].expected == "30");
        CHECK(found[0].message.find("32") != std::string::npos);
    }
}

TEST_CASE("narrative.table: 2024_huaian_szf wording against hand-built tables", "[narrative]") {
    const std::string text =
        "2024 年，全市共受理政府信息公开申请 3119 件，答\n"
        "复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n"
        "答复），均在法定期限内予以答复。政府信息公开行政复议 351\n"
        "件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n"
        "未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25\n"
        "件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。\n";
    SECTION("the tables of the sample: quiet (答复 3050 is r22, 诉讼 46 = 26 + 20)") {
        HandDoc d(text, 2024);
        d.doc.tables.push_back(applications_table(3119, 34, 3050, 103));
        d.doc.tables.push_back(review_table(351, 26, 20));
        CHECK(d.run("narrative.table").empty());
    }
    SECTION("each figure against a changed table") {
        HandDoc d(text, 2024);
        d.doc.tables.push_back(applications_table(3120, 35, 3051, 104));
        d.doc.tables.push_back(review_table(350, 26, 21));
        const auto found = d.run("narrative.table");
        std::vector<std::string> numbers;
        for (const Finding& f : found) numbers.push_back(*f.actual + "/" + *f.expected);
        CHECK(numbers == std::vector<std::string>{"3119/3120", "3050/3051", "34/35", "103/104", "351/350", "46/47"});
    }
}

TEST_CASE("narrative rules: the samples stay quiet", "[narrative][samples]") {
    for (const char* name : {"000_a149a30e1feff887.txt", "001_88afcdf2753bf816.txt", "003_4542ec8ee655ebbf.txt",
                             "2024_huaian_szf.txt"}) {
        auto r = check(read_sample(name), CheckOptions{});
        INFO(name);
        for (const Finding& f : r->findings) {
            INFO(f.message);
            CHECK(f.rule.rfind("narrative.", 0) != 0);
        }
    }
}

TEST_CASE("narrative rules: modified samples fire end to end", "[narrative][samples]") {
    SECTION("001: 收到3条 while table 三 says 1") {
        const std::string text =
            replace_once(read_sample("001_88afcdf2753bf816.txt"), "收到1条依申请公开请求", "收到3条依申请公开请求");
        auto r = check(text, CheckOptions{});
        const auto found = findings_of(*r, "narrative.table");
        REQUIRE(found.size() == 1);
        CHECK(original_text(*r, found[0]) == "3条");
        CHECK(found[0].expected == "1");
    }
    SECTION("001: one part of the 350条 list changed") {
        const std::string text = replace_once(read_sample("001_88afcdf2753bf816.txt"), "应急管理信息8条", "应急管理信息6条");
        auto r = check(text, CheckOptions{});
        const auto found = findings_of(*r, "narrative.sum");
        REQUIRE(found.size() == 1);
        CHECK(original_text(*r, found[0]) == "350条");
    }
    SECTION("2024_huaian_szf: 行政复议 352 against table 四 351 and its own breakdown") {
        const std::string text = replace_once(read_sample("2024_huaian_szf.txt"), "行政复议 351", "行政复议 352");
        auto r = check(text, CheckOptions{});
        const auto table = findings_of(*r, "narrative.table");
        REQUIRE(table.size() == 1);
        CHECK(table[0].expected == "351");
        CHECK(findings_of(*r, "narrative.sum").size() == 1);
    }
    SECTION("2024_huaian_szf: 受理 3118 against 本年新收 3119") {
        const std::string text = replace_once(read_sample("2024_huaian_szf.txt"), "申请 3119 件", "申请 3118 件");
        auto r = check(text, CheckOptions{});
        const auto found = findings_of(*r, "narrative.table");
        REQUIRE(found.size() == 1);
        CHECK(found[0].expected == "3119");
    }
}

TEST_CASE("narrative rules: the documentation examples", "[narrative]") {
    for (const char* id : {"narrative.sum", "narrative.table", "narrative.percent"}) {
        const Rule* rule = find_rule(id);
        REQUIRE(rule != nullptr);
        const CheckOptions options = CheckOptions::from_json(rule->doc.example_options);
        INFO(id);
        CHECK_FALSE(findings_of(*check(std::string(rule->doc.fires), options), id).empty());
        CHECK(findings_of(*check(std::string(rule->doc.quiet), options), id).empty());
    }
}
