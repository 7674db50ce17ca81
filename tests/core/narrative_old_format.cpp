// Old-format (2008 edition) prose: a total stated before its breakdown, shares of the total after
// the parts, and prose figures against the 2008 annex statistics table. Fixtures are sentences of
// the corpus (../shared/corpus, named), modified copies of them, and the wordings; the
// prose step and the rule run alone on them (documents built by hand, tables given by hand).
#include <catch2/catch.hpp>

#include <string>

#include "check/check.h"
#include "core/support/hand_doc.h"
#include "core/support/samples.h"
#include "reader/read_document.h"
#include "rules/rule.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {

// 2008-edition documents: the annex lookup reads that edition's hints (本年, 本年度).
struct ProseDoc : HandDoc {
    ProseDoc(const std::string& text, int year) : HandDoc(text, year, "2008") {}
};

// A partition the prose step found, whose parts add up: both rules stay quiet.
void check_quiet_partition(const ProseDoc& d, long double total, size_t parts) {
    const ProseList* list = d.list_with_total(total);
    REQUIRE(list != nullptr);
    CHECK(list->parts.size() == parts);
    CHECK(list->exhaustive);
    CHECK(d.run("narrative.sum").empty());
    CHECK(d.run("narrative.percent").empty());
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// 2015_pingtan_gwh.txt, 二（一）: the breakdown runs over a full stop, each part with its share.
const char* k2015Proactive =
    "（一）主动公开政府信息的数量区管委会办公室、区直各部门、各乡镇、县直各单位对政府信息进行了梳理和编目，"
    "2015年主动公开政府信息2949条。其中，区管委会及区直各部门主动公开政府信息2275条，占77%。各乡镇主动公开政府信息674条，"
    "占23%，政府信息公开量较大的部门是区环境与国土资源局，政府信息公开量较大的乡镇是敖东镇、平原镇。\n";
// 2018_pingtan_gwh.txt, 二（一）: shares with one decimal.
const char* k2018Proactive =
    "（一）主动公开政府信息的数量2018年全区主动公开政府信息2069条。其中，区管委会及区直各部门主动公开政府信息1592条，"
    "占76.9%。各乡镇主动公开政府信息477条，占23.1%，政府信息公开量较大的部门是区行政审批局、区交通建设局。\n";
// 2018_pingtan_gwh.txt: two kinds of accounts, nothing says they are all of them.
const char* k2018NewMedia =
    "（1）充分发挥新媒体平台作用。我区各部门共开设新媒体数量70个。其中微博29个，共发布信息1992条；微信公众号41个，"
    "共发布信息3404条。\n";
// 2013_pingtan_dsj.txt: shares of an approximate total, one written after its number ("2.04%占").
const char* k2013Consulting =
    "（三）咨询情况 2013年有约4900人次通过各种方式向我局各部门、基层所咨询涉税信息有关事务，其中现场咨询1600人次，"
    "占32.65%；电话咨询3200人次，占65.31%，网上咨询100人次，2.04%占。\n";
// 2013_pingtan_dsj.txt: parts separated by a semicolon.
const char* k2013Proactive = "（一）公开的主要内容 2013年新增主动公开政府信息45条。其中，政策法规及业务类的信息32条；规划计划类的信息13条。\n";

// 2023_pingtan_gwh.txt, 一（二）: shares with two decimals; after the last share, counts of
// something else in the same sentence.
const char* k2023Answered =
    "2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。办结依申请公开81件，"
    "其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；"
    "其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。\n";

}  // namespace

TEST_CASE("old-format prose: a breakdown with shares ends at the first part without one (2023)", "[narrative][prose]") {
    check_quiet_partition(ProseDoc(k2023Answered, 2023), 81, 5);
    // 31 → 13: the shares still add to 100 %, the parts no longer to 81.
    ProseDoc changed(replace_once(k2023Answered, "无法提供31件", "无法提供13件"), 2023);
    REQUIRE(changed.run("narrative.sum").size() == 1);
    CHECK(changed.run("narrative.sum")[0].expected == "63");
    // 占6.17% → 占7.16%: one share wrong, the parts right.
    ProseDoc share(replace_once(k2023Answered, "占6.17%", "占7.16%"), 2023);
    CHECK(share.run("narrative.sum").empty());
    REQUIRE(share.run("narrative.percent").size() == 1);
    CHECK(share.run("narrative.percent")[0].expected == "6.17%");
}

TEST_CASE("old-format prose: parts with shares across a full stop are one partition (2015, 2018)", "[narrative][prose]") {
    ProseDoc d(k2015Proactive, 2015);
    const ProseList* list = d.list_with_total(2949);
    REQUIRE(list != nullptr);
    REQUIRE(list->parts.size() == 2);
    CHECK(list->parts[0].value == 2275);
    CHECK(list->parts[1].value == 674);
    REQUIRE(list->part_shares.size() == 2);
    CHECK(list->part_shares[0].value == 77);
    CHECK(list->part_shares[1].value == 23);
    check_quiet_partition(d, 2949, 2);
    check_quiet_partition(ProseDoc(k2018Proactive, 2018), 2069, 2);
}

TEST_CASE("old-format prose: a part changed in a partition by shares is narrative.sum (2015)", "[narrative][prose]") {
    ProseDoc d(replace_once(k2015Proactive, "2275条", "2175条"), 2015);
    const auto found = d.run("narrative.sum");
    REQUIRE(found.size() == 1);
    CHECK(d.slice(found[0].span) == "2949条");
    CHECK(found[0].expected == "2849");
    // The shares follow from the wrong total: one finding, not two.
    CHECK(d.run("narrative.percent").empty());
}

TEST_CASE("old-format prose: a share that contradicts its count is narrative.percent (2015, 2018)", "[narrative][prose]") {
    // Shares that no longer add to 100 % do not make a partition, but each is still checked.
    ProseDoc d(replace_once(k2015Proactive, "占23%", "占32%"), 2015);
    CHECK(d.run("narrative.sum").empty());
    const auto found = d.run("narrative.percent");
    REQUIRE(found.size() == 1);
    CHECK(d.slice(found[0].span) == "32%");
    CHECK(found[0].expected == "22.9%");
    CHECK(found[0].actual == "32%");

    // The figure: 60条 of 1,000 is 6.0 %, not 8.5 %.
    ProseDoc e("2015年主动公开政府信息1000条，其中规划计划类信息60条，占8.5%。\n", 2015);
    const auto one = e.run("narrative.percent");
    REQUIRE(one.size() == 1);
    CHECK(one[0].expected == "6.0%");

    // One decimal written, one decimal checked: 76.9 → 79.6.
    ProseDoc f(replace_once(k2018Proactive, "占76.9%", "占79.6%"), 2018);
    CHECK(f.run("narrative.percent").size() == 1);
}

TEST_CASE("old-format prose: shares of another base or an approximate total stay quiet", "[narrative][prose]") {
    ProseDoc consulting(k2013Consulting, 2013);
    CHECK(consulting.run("narrative.sum").empty());
    CHECK(consulting.run("narrative.percent").empty());
    // 占全市的… and 同比增长… are not shares of the stated total.
    ProseDoc other("2015年主动公开政府信息1000条，其中规划计划类信息60条，占全市的8.5%，同比增长12%。\n", 2015);
    CHECK(other.run("narrative.percent").empty());
    // Shares of the listed parts adding to 100 %: the parts are the whole, the total is what is
    // wrong (narrative.sum), and their shares are not checked against it.
    ProseDoc parts("全年受理咨询1000人次，其中现场咨询60人次，占40%；电话咨询90人次，占60%。\n", 2015);
    CHECK(parts.run("narrative.percent").empty());
    CHECK(parts.run("narrative.sum").size() == 1);
}

TEST_CASE("old-format prose: partial and overlapping breakdowns stay quiet", "[narrative][prose]") {
    // 2018: two kinds of accounts of 70, nothing says they are all of them (29 + 41 = 70 anyway);
    // changed so they do not add up, still quiet.
    CHECK(ProseDoc(k2018NewMedia, 2018).run("narrative.sum").empty());
    CHECK(ProseDoc(replace_once(k2018NewMedia, "微信公众号41个", "微信公众号31个"), 2018).run("narrative.sum").empty());
    // Shares adding to far less than 100 % (a partial list) or more (overlapping kinds): no partition.
    ProseDoc partial("2015年主动公开政府信息1000条，其中区直各部门200条，占20%，各乡镇100条，占10%。\n", 2015);
    REQUIRE(partial.list_with_total(1000) != nullptr);
    CHECK_FALSE(partial.list_with_total(1000)->exhaustive);
    CHECK(partial.run("narrative.sum").empty());
    CHECK(partial.run("narrative.percent").empty());
    ProseDoc overlap("2015年主动公开政府信息1000条，其中政策文件类700条，占70%，网站发布600条，占60%。\n", 2015);
    CHECK_FALSE(overlap.list_with_total(1000)->exhaustive);
    CHECK(overlap.run("narrative.sum").empty());
    // 2013: 32 + 13 = 45 over a semicolon.
    CHECK(ProseDoc(k2013Proactive, 2013).run("narrative.sum").empty());
    // The subset wording of rules.md.
    CHECK(ProseDoc("全年报送信息500条，其中甲网站采用200条，乙网站采用100条，其他网站采用50条。\n", 2015).run("narrative.sum").empty());
}

TEST_CASE("old-format prose: the total inside 在…中 before its breakdown (issue #10 wording)", "[narrative][prose]") {
    const std::string text = "在本年主动公开的300条信息中，机构职能类120条，政策法规类100条，其他信息80条。\n";
    check_quiet_partition(ProseDoc(text, 2015), 300, 3);
    ProseDoc changed(replace_once(text, "其他信息80条", "其他信息60条"), 2015);
    const auto found = changed.run("narrative.sum");
    REQUIRE(found.size() == 1);
    CHECK(changed.slice(found[0].span) == "300条");
    // Without 其他 the list may be partial.
    CHECK(ProseDoc("在本年主动公开的300条信息中，机构职能类120条，政策法规类100条。\n", 2015).run("narrative.sum").empty());
    // A count far from 中 or across a clause break is no total.
    CHECK(ProseDoc("在收到的意见建议12条，经研究后在工作中，机构职能类120条，其他信息80条。\n", 2015).doc.prose_lists.empty());
}

TEST_CASE("old-format prose: 共公布…，（其中…） in brackets (issue #10 wording)", "[narrative][prose]") {
    const std::string text = "全年共公布信息500条，（其中机构概况类信息25条，政策法规类信息175条，其他信息300条）。\n";
    CHECK(ProseDoc(text, 2015).run("narrative.sum").empty());
    ProseDoc changed(replace_once(text, "其他信息300条", "其他信息310条"), 2015);
    REQUIRE(changed.run("narrative.sum").size() == 1);
    CHECK(changed.run("narrative.sum")[0].expected == "510");
}

namespace {

Cell number_cell(long double v) {
    Cell c;
    c.blank = false;
    c.number.valid = true;
    c.number.value = v;
    return c;
}

// The 2008 annex table as 2015_pingtan_gwh.txt words it (指标名称 | 计量单位 | 2015年度 | 历年累计).
Table annex_table(long double proactive, long double review) {
    Table t;
    t.topic = "generic";
    t.col_labels = {"计量单位", "2015年度", "历年累计"};
    t.row_labels = {"主动公开文件数", "其中:1、政府网站公开数", "行政复议数", "行政诉讼数"};
    t.row_parent = {-1, 0, -1, -1};
    Cell unit;
    unit.text = "条";
    t.cells = {{unit, number_cell(proactive), number_cell(81916)},
               {unit, number_cell(proactive), number_cell(81916)},
               {unit, number_cell(review), number_cell(0)},
               {unit, number_cell(0), number_cell(0)}};
    return t;
}

}  // namespace

TEST_CASE("old-format prose against the 2008 annex table: 主动公开 and 行政复议 (2015)", "[narrative][prose]") {
    SECTION("agrees") {
        ProseDoc d(k2015Proactive, 2015);
        d.doc.tables.push_back(annex_table(2949, 0));
        bool figure = false;
        for (const ProseFigure& f : d.doc.prose_figures) figure = figure || (f.key == "proactive.total" && f.number.value == 2949);
        CHECK(figure);
        CHECK(d.run("narrative.table").empty());
    }
    SECTION("主动公开 in prose differs from the report year's column") {
        ProseDoc d(k2015Proactive, 2015);
        d.doc.tables.push_back(annex_table(2849, 0));
        const auto found = d.run("narrative.table");
        REQUIRE(found.size() == 1);
        CHECK(d.slice(found[0].span) == "2949条");
        CHECK(found[0].expected == "2849");
        CHECK(found[0].message.find("主动公开文件数") != std::string::npos);
    }
    SECTION("行政复议 in prose differs") {
        ProseDoc d("2015年，我区因政府信息公开申请行政复议2件。\n", 2015);
        d.doc.tables.push_back(annex_table(2949, 0));
        const auto found = d.run("narrative.table");
        REQUIRE(found.size() == 1);
        CHECK(found[0].expected == "0");
    }
    SECTION("the parts and the cumulative column are not the year's figure") {
        // A part (其中…各乡镇), another year, and 历年累计 are left alone.
        ProseDoc d("2015年通过政府网站主动公开政府信息2000条。2014年主动公开政府信息1500条。历年累计主动公开政府信息81916条。\n", 2015);
        d.doc.tables.push_back(annex_table(2949, 0));
        CHECK(d.run("narrative.table").empty());
    }
    SECTION("no report-year column: nothing to compare") {
        ProseDoc d(k2015Proactive, 2015);
        Table t = annex_table(2849, 0);
        t.col_labels = {"计量单位", "2014年度", "历年累计"};
        d.doc.tables.push_back(t);
        CHECK(d.run("narrative.table").empty());
    }
}

TEST_CASE("old-format prose against the 2008 annex table end to end (sample 003)", "[narrative][prose][samples]") {
    auto count = [](const Result& r, const std::string& rule) {
        size_t n = 0;
        for (const Finding& f : r.findings) n += f.rule == rule;
        return n;
    };
    // "2017年,我会主动公开政府信息7类35条" and the annex row 主动公开文件数 | 条 | 35 | 187 agree.
    const std::string sample = read_sample("003_4542ec8ee655ebbf.txt");
    auto quiet = check(sample, CheckOptions{});
    bool figure = false;
    for (const ProseFigure& f : quiet->doc.prose_figures) figure = figure || (f.key == "proactive.total" && f.number.value == 35);
    CHECK(figure);
    CHECK(count(*quiet, "narrative.table") == 0);
    // The annex's 2017年 column changed to 36: the prose 35条 contradicts it (历年累计 187 is not compared).
    auto r = check(replace_once(sample, "主动公开文件数\n\t条\n\t35", "主动公开文件数\n\t条\n\t36"), CheckOptions{});
    CHECK(count(*r, "narrative.table") == 1);
    for (const Finding& f : r->findings)
        if (f.rule == "narrative.table") CHECK(f.expected == "36");
}
