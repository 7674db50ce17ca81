// Parts of a report: topics recognised by their concepts with some tolerance (reader/topics.cpp,
// data/editions/*.json "keywords"), section.missing only when a topic is nowhere, section.empty by
// edition. Real headings from ../shared/corpus (2022_pingtan_gwh, 2018_pingtan_gwh).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/check.h"
#include "core/support/findings.h"

using namespace nianbao;

namespace {

// The topic the reader gave the level-1 heading titled `title` ("?" when there is no such heading).
std::string topic_of(const Result& r, const std::string& title) {
    for (const Section& s : r.doc.sections)
        if (s.level == 1 && s.title == title) return s.topic;
    return "?";
}

// A report in the 2019/2021 format after 2022_pingtan_gwh (its body cut into lines, tables left
// out), for `year`, with `review` as the heading of part 四 and `other` as the body of part 六.
std::string six_parts(int year, const std::string& review, const std::string& other) {
    const std::string y = std::to_string(year);
    return "平潭综合实验区" + y + "年政府信息公开工作年度报告\n\n"
           "一、总体情况\n\n" + y + "年，我区认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开，将政务公开纳入绩效考核。\n\n"
           "二、主动公开政府信息情况\n\n全年主动公开政府信息8855条。\n\n"
           "三、收到和处理政府信息公开申请情况\n\n全年新收政府信息公开申请72件。\n\n"
           "四、" + review + "\n\n全年发生行政复议2件、行政诉讼1件。\n\n"
           "五、存在的主要问题及改进情况\n\n" + y + "年，平潭综合实验区政府信息公开工作取得了一定成绩，但还存在一些问题和不足："
           "一是重大行政决策预公开程度需进一步加强。上年度问题已整改。\n\n"
           "六、其他需要报告的事项\n\n" + other + "\n";
}

}  // namespace

TEST_CASE("Topics: the 复议/诉讼 part in other words and with a typo", "[rules][sections][topics]") {
    // 2022_pingtan_gwh's heading, with the typo 行政法复议.
    auto typo = check(six_parts(2022, "政府信息公开行政法复议、行政诉讼情况", "无收取信息处理费情况。"), {});
    CHECK(topic_of(*typo, "政府信息公开行政法复议、行政诉讼情况") == "review_litigation");
    // The typo alone still says the concept.
    auto typo_only = check(six_parts(2022, "政府信息公开行政法复议情况", "无收取信息处理费情况。"), {});
    CHECK(topic_of(*typo_only, "政府信息公开行政法复议情况") == "review_litigation");
    // Another wording: neither 行政复议 nor 行政诉讼 literally.
    auto other_words = check(six_parts(2021, "信访投诉、复议及诉讼情况", "无收取信息处理费情况。"), {});
    CHECK(topic_of(*other_words, "信访投诉、复议及诉讼情况") == "review_litigation");
    CHECK(findings_of(*other_words, "section.missing").empty());
    // The 2008 wording (2018_pingtan_gwh) in a 2021-format report: 复议/诉讼, not the application part.
    auto old_wording = check(six_parts(2021, "因政府信息公开申请行政复议、提起行政诉讼的情况", "无收取信息处理费情况。"), {});
    CHECK(topic_of(*old_wording, "因政府信息公开申请行政复议、提起行政诉讼的情况") == "review_litigation");
    CHECK(findings_of(*old_wording, "section.missing").empty());
    CHECK(findings_of(*old_wording, "section.order").empty());
}

TEST_CASE("Topics: a long concept word tolerates one stray character, a short one does not", "[rules][sections][topics]") {
    const std::string base = six_parts(2020, "政府信息公开行政复议、行政诉讼情况", "无。");
    std::string text = base;
    const std::string problems = "五、存在的主要问题及改进情况";
    text.replace(text.find(problems), problems.size(), "五、工作中主要的问题");  // 主要问题 with 的 inside
    CHECK(topic_of(*check(text, {}), "工作中主要的问题") == "problems");
    // Three-character words do not stretch: "依法申请" is not 2008's 依申请 with a typo.
    std::string apart = six_parts(2015, "因政府信息公开申请行政复议、提起行政诉讼的情况", "无。");
    const std::string applications = "三、收到和处理政府信息公开申请情况";
    apart.replace(apart.find(applications), applications.size(), "三、依法申请的办结");
    CHECK(topic_of(*check(apart, {}), "依法申请的办结").empty());
}

TEST_CASE("section.empty: 无 in 其他需要报告的事项 is an answer in 2019, an omission from 2021", "[rules][sections]") {
    auto y2020 = check(six_parts(2020, "政府信息公开行政复议、行政诉讼情况", "无。"), {});
    const auto e2020 = findings_of(*y2020, "section.empty");
    REQUIRE(e2020.size() == 1);
    CHECK(e2020[0]->severity == Severity::Info);
    auto y2021 = check(six_parts(2021, "政府信息公开行政复议、行政诉讼情况", "无。"), {});
    const auto e2021 = findings_of(*y2021, "section.empty");
    REQUIRE(e2021.size() == 1);
    CHECK(e2021[0]->severity == Severity::Error);
    // A heading with nothing under it is empty in every edition.
    auto bare = check(six_parts(2020, "政府信息公开行政复议、行政诉讼情况", ""), {});
    const auto ebare = findings_of(*bare, "section.empty");
    REQUIRE(ebare.size() == 1);
    CHECK(ebare[0]->severity == Severity::Error);
    // 2022_pingtan_gwh's part 六 states the fee: nothing to say.
    auto stated = check(six_parts(2022, "政府信息公开行政复议、行政诉讼情况", "2022年，无收取信息处理费情况。"), {});
    CHECK(findings_of(*stated, "section.empty").empty());
    CHECK(findings_of(*stated, "content.missing-item").empty());
}
