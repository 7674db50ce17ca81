// Required content by evidence that means it (rules/content/evidence.h): a statement about the item
// in its own part or in one sentence, never two words found anywhere. Real text from
// ../shared/corpus (2013_pingtan_dsj, 2015_pingtan_gwh, 2018_pingtan_gwh) and ../shared/samples.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/check.h"
#include "core/support/findings.h"
#include "rules/content/evidence.h"

using namespace nianbao;

namespace {

// Whether a finding of either "missing" rule names `word` in its message.
bool missing_says(const Result& r, const std::string& word) {
    for (const char* rule : {"section.missing", "content.missing-item"})
        for (const Finding* f : findings_of(r, rule))
            if (f->message.find(word) != std::string::npos) return true;
    return false;
}

Sentences sentences_of(const std::string& text) {
    Sentences s;
    s.add_text(text);
    return s;
}

// A 2008-format report built from 2015_pingtan_gwh (its body, there on one line, cut into lines; its
// part 四 on fees taken out) with `extra` put in the application part and `problems` as its last part.
std::string report_2015(const std::string& extra, const std::string& problems =
                            "五、主要问题和改进措施\n\n虽然我区政府信息公开工作取得了一定成效，但主要还存在以下问题："
                            "三是政府信息公开宣传力度还不够，造成公众查阅点利用率不高。（二）改进措施一是重点推进与社会"
                            "发展、群众生活密切相关的政府信息公开。\n") {
    return "平潭综合实验区2015年政府信息公开工作年度报告\n\n"
           "本报告所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n\n"
           "一、概述\n\n2015年，我区认真贯彻落实《中华人民共和国政府信息公开条例》。\n\n"
           "二、主动公开政府信息情况\n\n2015年全区主动公开政府信息29498条。\n\n"
           "三、政府信息依申请公开工作情况\n\n2015年全区未收到有关政府信息公开申请。" + extra + "\n\n"
           "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n\n"
           "2015年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。\n\n" + problems;
}

const std::vector<std::string> kFeeStatement = {"收取|缴纳|免收", "费"};

}  // namespace

TEST_CASE("Sentences: a group's concepts must all be said in one sentence", "[rules][content][evidence]") {
    // 2013_pingtan_dsj: "措施" and "问题" both occur, never in one sentence.
    const Sentences s = sentences_of(
        "三是网络安全保密措施严密。在公开的内容上，紧紧围绕地税机关的重点部门、关键环节和热点问题来展开。");
    CHECK_FALSE(s.any_says({"问题", "措施"}));
    CHECK(s.any_says({"问题"}));
    CHECK(s.any_says({"热点", "问题|不足"}));
    // Line ends and ；！？ end sentences too.
    CHECK_FALSE(sentences_of("存在的问题\n改进措施").any_says({"问题", "改进"}));
    CHECK_FALSE(sentences_of("存在的问题；改进措施").any_says({"问题", "改进"}));
    CHECK_FALSE(sentences_of("存在的问题！改进措施").any_says({"问题", "改进"}));
    CHECK(sentences_of("存在的问题，改进措施").any_says({"问题", "改进"}));
    // A concept with no word, or a group with none, is no evidence (bad data never covers an item).
    CHECK_FALSE(s.any_says({}));
    CHECK_FALSE(s.any_says({"问题", "|"}));
}

TEST_CASE("Sentences: fee statements, and fee words that are not one", "[rules][content][evidence]") {
    // Statements that nothing was charged (sample 000; sample 001; invented plain forms).
    CHECK(sentences_of("未向公民、法人和其他组织收取任何政府信息公开费用，也未发过生行政复议。").any_says(kFeeStatement));
    CHECK(sentences_of("2020年,我部门主动公开、依申请公开政府信息均未收取任何检索、复制、邮寄等费用").any_says(kFeeStatement));
    CHECK(sentences_of("本年度未收取任何费用。").any_says(kFeeStatement));
    CHECK(sentences_of("没有收取信息公开费用。").any_says(kFeeStatement));
    // 2013_pingtan_dsj: an expenditure and a tax relief, not fees charged for disclosure.
    const Sentences dsj = sentences_of(
        "2013年用于税收宣传、税收政策公告、设立和更新公开栏等产生的政府信息公开费用1万元。"
        "其中办理下岗失业人员减免税共计91件，共计减免金额219062.78元。");
    CHECK_FALSE(dsj.any_says(kFeeStatement));
    CHECK_FALSE(dsj.any_says({"减免", "费用|收费"}));
}

TEST_CASE("A 2008 report with no fee statement gets content.missing-item naming 收费", "[rules][content]") {
    auto r = check(report_2015(""), {});
    CHECK(missing_says(*r, "收费"));
    // Fee words in sentences about something else are not a statement on fees: 2013_pingtan_dsj's
    // expenditure and tax relief, 2018_pingtan_gwh's information category, 工作经费, a free leaflet.
    auto unrelated = check(report_2015(
                               "2013年用于税收宣传、税收政策公告、设立和更新公开栏等产生的政府信息公开费用1万元。"
                               "其中办理下岗失业人员减免税共计91件，共计减免金额219062.78元。"
                               "2018年，我区主动公开政府信息的主要类别有：机构职能类信息211条，行政事业性收费信息3条。"
                               "落实政务公开工作经费。印发放置了免费的政务公开手册。"),
                           {});
    CHECK(missing_says(*unrelated, "收费"));
}

TEST_CASE("A sentence stating the fees covers the item", "[rules][content]") {
    for (const char* statement : {"依申请提供政府信息未收取任何费用。",                   // plain
                                  "2015年我区各级工作部门依申请提供政府信息暂不收费。",  // 2015_pingtan_gwh
                                  "没有收取信息公开费用。", "无收费及减免情况。"}) {
        INFO(statement);
        auto r = check(report_2015(statement), {});
        CHECK_FALSE(missing_says(*r, "收费"));
        CHECK(findings_of(*r, "content.missing-item").empty());
        CHECK(findings_of(*r, "section.missing").empty());
    }
}

TEST_CASE("A part of its own covers the item: 2015_pingtan_gwh's 四、政府信息公开的收费及减免情况", "[rules][content]") {
    const std::string text = report_2015("") + "\n六、政府信息公开的收费及减免情况\n\n本年无此情况。\n";
    auto r = check(text, {});
    CHECK_FALSE(missing_says(*r, "收费"));
}

TEST_CASE("Problems and improvement: the part, or a sentence about them; not 问题 and 措施 anywhere", "[rules][content]") {
    // 2013_pingtan_dsj has no such part; its 问题 and 措施 are in sentences about other things.
    const std::string without =
        "五、其他工作情况\n\n在公开的内容上，紧紧围绕地税机关的重点部门、关键环节和热点问题来展开。"
        "三是网络安全保密措施严密。对群众反映存在问题的线索及时核查。\n";
    auto r = check(report_2015("未收取任何费用。", without), {});
    CHECK(missing_says(*r, "问题"));
    // A sentence that states a problem and what will be done about it covers the item.
    auto stated = check(report_2015("未收取任何费用。",
                                    "五、其他工作情况\n\n针对信息更新不够及时的问题，下一步我局将改进发布流程。\n"),
                        {});
    CHECK_FALSE(missing_says(*stated, "问题"));
    // 2018_pingtan_gwh: the part "五、主要问题和改进措施", whose problem and improvement are in two sentences.
    auto part = check(report_2015("未收取任何费用。",
                                  "五、主要问题和改进措施\n\n虽然，我区2018年度政务公开工作取得了一定成效，但还存在个别公开单位"
                                  "责任意识不强、便民服务仍有差距等问题。下一步，我区将加强队伍建设。\n"),
                      {});
    CHECK_FALSE(missing_says(*part, "问题"));
}

TEST_CASE("An old-format report that covers 复议/诉讼 in a sentence of another part has it", "[rules][content]") {
    std::string text = report_2015("未收取任何费用。本年度未发生因政府信息公开引起的行政复议和行政诉讼。");
    const std::string part = "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n\n"
                             "2015年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。\n\n";
    text.erase(text.find(part), part.size());
    auto r = check(text, {});
    CHECK(findings_of(*r, "section.missing").empty());
    // Without that sentence it is missing.
    std::string bare = report_2015("未收取任何费用。");
    bare.erase(bare.find(part), part.size());
    CHECK(missing_says(*check(bare, {}), "行政复议"));
}
