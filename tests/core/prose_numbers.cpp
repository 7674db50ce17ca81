// Reader step prose_numbers: lists with totals (doc.prose_lists) and prose figures that restate
// tables 三/四 (doc.prose_figures). Fixtures are sentences of the shared samples (named) and
// modified copies of them.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <fstream>
#include <memory>
#include <sstream>

#include "check/check.h"
#include "reader/prose/prose_text.h"
#include "reader/read_document.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {


// A Document read from `text` by the prose step alone (no other reader involved).
struct ProseDoc {
    NormalizedText normalized;
    Document doc;
    ProseDoc(const std::string& text, std::optional<int> year) : normalized(normalize(Source(text))) {
        doc.text = &normalized;
        doc.meta.year = year;
        read_prose_numbers(doc, EditionSet::builtin());
    }
    std::string slice(Span s) const { return std::string(doc.slice(s)); }
    const ProseFigure* figure(const std::string& key) const {
        for (const ProseFigure& f : doc.prose_figures)
            if (f.key == key) return &f;
        return nullptr;
    }
};

std::vector<long double> values(const ProseList& list) {
    std::vector<long double> v;
    for (const Number& n : list.parts) v.push_back(n.value);
    return v;
}

}  // namespace

TEST_CASE("prose list of sample 001: 350条 with nine parts ending in 其余 is a partition", "[prose]") {
    ProseDoc d(
        "2020年我部门累计主动公开信息350条。其中机构领导、机构设置及人事信息信息33条、行政执法信息52条、决策部署落实信息50条、"
        "规划计划信息10条、财务预决算、财政专项经费管理使用和“三公”经费信息9条、招标采购信息5条、应急管理信息8条、"
        "政策解读信息9条、其余信息174条。\n",
        2020);
    REQUIRE(d.doc.prose_lists.size() == 1);
    const ProseList& l = d.doc.prose_lists[0];
    CHECK(l.total.value == 350);
    CHECK(l.unit == "条");
    CHECK(d.slice(l.total.span) == "350条");
    CHECK(values(l) == std::vector<long double>{33, 52, 50, 10, 9, 5, 8, 9, 174});
    // The label keeps its inner 、: parts are delimited by their numbers, not by separators.
    CHECK(l.part_labels[4] == "财务预决算、财政专项经费管理使用和“三公”经费信息");
    CHECK(l.part_labels.back() == "其余信息");
    CHECK(l.exhaustive);
}

TEST_CASE("prose list of sample 003: 7类35条 with seven parts", "[prose]") {
    ProseDoc d(
        "  2017年,我会主动公开政府信息7类35条，其中：康复类6条、就业创业类8条、文体教育类5条、扶贫类3条、财政资金类2条、"
        "计划总结类1条、其他类10条。全文电子化率100%。历年累计主动公开政府信息187条。\n",
        2017);
    REQUIRE(d.doc.prose_lists.size() == 1);
    const ProseList& l = d.doc.prose_lists[0];
    CHECK(l.total.value == 35);
    CHECK(l.stated_count == 7);
    CHECK(values(l) == std::vector<long double>{6, 8, 5, 3, 2, 1, 10});
    CHECK(l.exhaustive);
}

TEST_CASE("prose list: N类 in Chinese numerals, and a count that does not match the parts", "[prose]") {
    ProseDoc matching("本年主动公开政府信息三类20条，其中：规划类5条、财政类7条、人事类8条。\n", 2019);
    REQUIRE(matching.doc.prose_lists.size() == 1);
    CHECK(matching.doc.prose_lists[0].stated_count == 3);
    CHECK(matching.doc.prose_lists[0].exhaustive);

    // Four categories announced, three listed, no 其他: not a partition the text vouches for.
    ProseDoc short_list("本年主动公开政府信息4类20条，其中：规划类5条、财政类7条、人事类8条。\n", 2019);
    REQUIRE(short_list.doc.prose_lists.size() == 1);
    CHECK_FALSE(short_list.doc.prose_lists[0].exhaustive);
}

TEST_CASE("prose list: a subset (报送…其中…采用) is not a partition", "[prose]") {
    ProseDoc d("全年报送上级网站信息40条，其中市政府网站采用12条，省政府网站采用5条。\n", 2020);
    REQUIRE(d.doc.prose_lists.size() == 1);
    CHECK(d.doc.prose_lists[0].total.value == 40);
    CHECK_FALSE(d.doc.prose_lists[0].exhaustive);

    // Even when the last part is 其他.
    ProseDoc other("全年报送信息40条，其中市政府网站采用12条，其他网站采用5条。\n", 2020);
    REQUIRE(other.doc.prose_lists.size() == 1);
    CHECK_FALSE(other.doc.prose_lists[0].exhaustive);
}

TEST_CASE("prose list: 其中 after two counts of the unit refers to either: no list", "[prose]") {
    // Shanghai 2023 report: the 其中 breaks down the 54 press conferences, not the 14 briefings.
    ProseDoc d("全年共举行市政府新闻发布会54 场、新闻通气会14场。其中，新闻发布会包括“营造一流营商环境”系列8场、"
               "“高质量发展在申城”系列16场、例行新闻发布会30场，其他场次0场。\n",
               2023);
    CHECK(d.doc.prose_lists.empty());
    // A rate before 其中 is not a total (“累计…5928条，全文电子化率达90.3%，其中，本年度新增…2110条”).
    ProseDoc rate("本区到年底累计主动公开政府信息5928条，全文电子化率达90.3%，其中，本年度新增主动公开政府信息2110条、其他10条。\n",
                  2010);
    CHECK(rate.doc.prose_lists.empty());
}

TEST_CASE("prose list: 分别为 makes a partition; a plain 其中 list does not", "[prose]") {
    ProseDoc respectively("共收到申请5件，分别为：自然人申请3件、企业申请2件。\n", 2020);
    REQUIRE(respectively.doc.prose_lists.size() == 1);
    CHECK(respectively.doc.prose_lists[0].exhaustive);

    ProseDoc plain("共收到申请5件，其中当面申请1件、网络申请2件。\n", 2020);
    REQUIRE(plain.doc.prose_lists.size() == 1);
    CHECK_FALSE(plain.doc.prose_lists[0].exhaustive);
}

// 2024_huaian_szf's application, review and litigation figures as pdftotext wrapped them.
constexpr const char* kHuaianApplications =
        "和针对性。2024 年，全市共受理政府信息公开申请 3119 件，答\n"
        "复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n"
        "答复），均在法定期限内予以答复。政府信息公开行政复议 351\n"
        "件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n"
        "未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25\n"
        "件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。\n";

TEST_CASE("prose list: 2024_huaian_szf review and litigation breakdowns end at the semicolon", "[prose]") {
    ProseDoc d("      （二）依申请公开情况。定期对政府信息公开申请集中的领\n" + std::string(kHuaianApplications), 2024);
    REQUIRE(d.doc.prose_lists.size() == 2);
    CHECK(d.doc.prose_lists[0].total.value == 351);
    CHECK(values(d.doc.prose_lists[0]) == std::vector<long double>{72, 64, 178, 37});
    CHECK(d.doc.prose_lists[0].exhaustive);
    // The span of a number broken over a line maps back to "351\n件" in the text.
    CHECK(d.slice(d.doc.prose_lists[0].total.span) == "351\n件");
    CHECK(d.doc.prose_lists[1].total.value == 46);
    CHECK(values(d.doc.prose_lists[1]) == std::vector<long double>{25, 5, 9, 7});
}

TEST_CASE("prose figures of 2024_huaian_szf read over PDF line breaks", "[prose]") {
    ProseDoc d(kHuaianApplications, 2024);
    // The sentence also speaks of 上年度结转: the received count may be read with or without it.
    const auto* received = d.figure("applications.received");
    const auto* answered = d.figure("applications.answered");
    const auto* carried = d.figure("applications.carried_over");
    const auto* forward = d.figure("applications.carry_forward");
    const auto* review = d.figure("review.total");
    const auto* litigation = d.figure("litigation.total");
    REQUIRE(received);
    REQUIRE(answered);
    REQUIRE(carried);
    REQUIRE(forward);
    REQUIRE(review);
    REQUIRE(litigation);
    CHECK(received->number.value == 3119);
    CHECK(answered->number.value == 3050);
    CHECK(d.slice(answered->number.span) == "3050 件");
    CHECK(carried->number.value == 34);
    CHECK(forward->number.value == 103);
    CHECK(review->number.value == 351);
    CHECK(litigation->number.value == 46);
    // The breakdowns (结果维持 72 件…) are not figures of their own.
    CHECK(d.doc.prose_figures.size() == 6);
}

TEST_CASE("prose figure of sample 001: 收到1条依申请公开请求", "[prose]") {
    ProseDoc d("建立了依申请公开制度,明确了依申请公开的受理机构和受理程序,按规定程序受理、审核、处理和答复。2020年,收到1条依申请公开请求。\n",
               2020);
    REQUIRE(d.doc.prose_figures.size() == 1);
    CHECK(d.doc.prose_figures[0].key == "applications.new");
    CHECK(d.doc.prose_figures[0].number.value == 1);
    CHECK(d.doc.prose_figures[0].number.unit == "条");
}

TEST_CASE("prose figures: ambiguous wording is left alone", "[prose]") {
    // Another year, cumulative, comparative, channels, another procedure, approximations.
    const char* quiet[] = {
        "2019年，共收到政府信息公开申请12件。\n",
        "自2008年以来，累计受理政府信息公开申请120件。\n",
        "通过网络收到政府信息公开申请3件。\n",
        "本年受理行政许可申请447228件。\n",
        "共受理政府信息公开申请300余件。\n",
        "本年度未发生政府信息公开行政复议、行政诉讼各1件。\n",
        "办理残疾证107本、到期换证331本。\n",
        "自受理申请之日起15个工作日内予以答复。\n",
    };
    for (const char* text : quiet) {
        ProseDoc d(text, 2020);
        INFO(text);
        for (const ProseFigure& f : d.doc.prose_figures) INFO(f.key);
        CHECK(d.doc.prose_figures.empty());
    }
}

TEST_CASE("prose figures: a comparison in the next clause leaves the year's figure", "[prose]") {
    ProseDoc d("全年受理政府信息公开申请15件，较上年增加3件。\n", 2020);
    REQUIRE(d.doc.prose_figures.size() == 1);
    CHECK(d.doc.prose_figures[0].key == "applications.new");
    CHECK(d.doc.prose_figures[0].number.value == 15);
}

TEST_CASE("prose figures: aggregate, double-duty and 各 wording", "[prose]") {
    // Several agencies together, or 全市 set against the government's own level: not the table's.
    CHECK(ProseDoc("全市各级行政机关共受理政府信息公开申请120件。\n", 2020).doc.prose_figures.empty());
    CHECK(ProseDoc("全市共受理政府信息公开申请120件，市政府本级受理15件。\n", 2020).figure("applications.new") == nullptr);
    // Shanghai 2023 and Putuo 2022 wording: another year named, several agencies together.
    CHECK(ProseDoc("2023年,全市共收到政府信息公开申请34290件,申请数量较2022年上升29.3%;答复政府信息公开申请34430件(含上年度转结),"
                   "均在法定期限内予以答复。\n",
                   2023)
              .doc.prose_figures.empty());
    CHECK(ProseDoc("全区各行政机关共受理政府信息公开申请267件,答复263件。\n", 2022).figure("applications.new") == nullptr);
    // One number for two figures.
    CHECK(ProseDoc("本年度收到并答复政府信息公开申请5件。\n", 2020).doc.prose_figures.empty());
    // 各类 is not 各 (each).
    ProseDoc kinds("本年度共受理各类政府信息公开申请3件。\n", 2020);
    REQUIRE(kinds.figure("applications.new") != nullptr);
    CHECK(kinds.figure("applications.new")->number.value == 3);
    // Received "含上年结转": either reading.
    ProseDoc with_carried("本年度共收到政府信息公开申请37件（含上年结转2件），已全部办结。\n", 2020);
    REQUIRE(with_carried.figure("applications.received") != nullptr);
    CHECK(with_carried.figure("applications.received")->number.value == 37);
    REQUIRE(with_carried.figure("applications.carried_over") != nullptr);
    CHECK(with_carried.figure("applications.carried_over")->number.value == 2);
}

TEST_CASE("prose figures: the year of the report, or none named", "[prose]") {
    ProseDoc same_year("2020年，共收到政府信息公开申请12件。\n", 2020);
    REQUIRE(same_year.doc.prose_figures.size() == 1);
    CHECK(same_year.doc.prose_figures[0].number.value == 12);

    ProseDoc unnamed("本年度共受理政府信息公开申请8件，行政复议2件，行政诉讼1件。\n", 2020);
    REQUIRE(unnamed.doc.prose_figures.size() == 3);
    CHECK(unnamed.figure("applications.new")->number.value == 8);
    CHECK(unnamed.figure("review.total")->number.value == 2);
    CHECK(unnamed.figure("litigation.total")->number.value == 1);
}

TEST_CASE("prose figures: in section 三 an application need not say 公开", "[prose]") {
    const std::string head = "某局2020年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度共收到申请3件。\n\n"
                             "三、收到和处理政府信息公开申请情况\n\n本年度共收到申请4件。\n";
    auto r = check(head, CheckOptions::from_json(R"({"edition":"2019","assume_report":true})"));
    std::vector<long double> received;
    for (const ProseFigure& f : r->doc.prose_figures)
        if (f.key == "applications.new") received.push_back(f.number.value);
    // Section 一's sentence could be about any application; section 三's is about disclosure.
    CHECK(received == std::vector<long double>{4});
}

TEST_CASE("prose paragraphs: tables and page footers", "[prose]") {
    // Tab-separated rows are tables, not prose: "合计\t34条" of sample 000 gives no list.
    ProseDoc tabs("\t公开内容\n\t机构概况\n\t政策法规\n\n\t数量\n\t1条\n\t3条\n\n\t合计\n\t34条\n", 2011);
    CHECK(tabs.doc.prose_lists.empty());
    CHECK(prose::paragraphs(tabs.doc).empty());

    // A PDF page footer inside a sentence does not end it.
    ProseDoc footer("全市共受理政府信息公开申请\n\n      -1-\n3119 件。\n", 2024);
    REQUIRE(footer.doc.prose_figures.size() == 1);
    CHECK(footer.doc.prose_figures[0].number.value == 3119);

    // Numbers on neighbouring lines stay apart ("1\n2" is not 12).
    ProseDoc digits("共收到政府信息公开申请1\n2件。\n", 2024);
    for (const ProseFigure& f : digits.doc.prose_figures) CHECK(f.number.value != 12);
}

TEST_CASE("prose numbers on the samples", "[prose][samples]") {
    auto run = [](const std::string& name) {
        CheckOptions options;
        return check(read_sample(name), options);
    };
    SECTION("001: the 350条 list is a partition and adds up; 收到1条 is a figure") {
        auto r = run("001_88afcdf2753bf816.txt");
        bool found = false;
        for (const ProseList& l : r->doc.prose_lists)
            if (l.total.value == 350) {
                found = true;
                CHECK(l.exhaustive);
                CHECK(l.parts.size() == 9);
            }
        CHECK(found);
        bool figure = false;
        for (const ProseFigure& f : r->doc.prose_figures)
            if (f.key == "applications.new" && f.number.value == 1) figure = true;
        CHECK(figure);
    }
    SECTION("003: 7类35条") {
        auto r = run("003_4542ec8ee655ebbf.txt");
        bool found = false;
        for (const ProseList& l : r->doc.prose_lists)
            if (l.total.value == 35) {
                found = true;
                CHECK(l.exhaustive);
                CHECK(l.stated_count == 7);
            }
        CHECK(found);
    }
    SECTION("000: the column-block table is not a prose list") {
        auto r = run("000_a149a30e1feff887.txt");
        for (const ProseList& l : r->doc.prose_lists) CHECK(l.total.value != 34);
    }
    SECTION("2024_huaian_szf: six figures") {
        auto r = run("2024_huaian_szf.txt");
        std::vector<std::string> keys;
        for (const ProseFigure& f : r->doc.prose_figures) keys.push_back(f.key);
        CHECK(keys == std::vector<std::string>{"applications.received", "applications.answered",
                                               "applications.carried_over", "applications.carry_forward",
                                               "review.total", "litigation.total"});
    }
}

TEST_CASE("prose numbers: long and repetitive input stays linear", "[prose]") {
    // One paragraph of 150 000 introducers and counts with no sentence end, and one of alternating
    // units: the readers must neither hang nor crash.
    std::string repetitive;
    for (int i = 0; i < 30000; ++i) repetitive += "共1条,其中1条、其余1件:";
    std::string alternating;
    const char* units[] = {"条", "件", "个", "次", "项", "篇", "期", "场", "起", "宗"};
    for (int i = 0; i < 30000; ++i) alternating += std::to_string(i % 97) + units[i % 10] + ":收到申请";
    for (const std::string& text : {repetitive, alternating}) {
        ProseDoc d(text + "\n", 2020);
        CHECK(d.doc.prose_lists.size() < 200000);
    }
}
