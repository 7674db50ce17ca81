// The not-a-report gate (rules/report/gate.h): a year-end report on disclosure work is checked fully
// whatever its title, period or script; text about something else gets report.not-annual-report and
// nothing else.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/check.h"
#include "core/support/findings.h"

using namespace nianbao;

namespace {

bool has(const Result& r, const std::string& rule) { return !findings_of(r, rule).empty(); }

// A 2012 year-end summary of 政务公开 work under a title that is not the standard one, its
// statistics period left blank, parts named after the work done rather than the law's items.
const std::string kSummary2012 =
    "某县审计局2012年政务公开工作总结\n\n"
    "2012年，我局以《中华人民共和国政府信息公开条例》为依据，围绕审计中心工作，扎实推进政务公开。"
    "本报告所列数据的统计期限为    年  月  日至    年  月  日。\n\n"
    "一、加强组织领导\n\n成立政务公开工作领导小组，局长任组长，办公室负责日常工作。\n\n"
    "二、拓宽公开渠道\n\n全年在门户网站主动公开审计结果公告12条、工作动态45条，未收到公开申请。\n\n"
    "三、下一步工作打算\n\n针对公开内容不够全面的问题，我局将进一步改进工作，提高政务公开水平。\n";

}  // namespace

TEST_CASE("Gate: a novel, a blank page, a news article get report.not-annual-report and nothing else", "[rules][report]") {
    const char* const texts[] = {
        "第一章 风起\n\n那一年的春天来得很晚，河边的柳树迟迟没有发芽。老张每天清晨都要到河边走一走。\n\n"
        "二、归来\n\n他的儿子在城里打工，一年只回来一次。\n",
        "   \n\n\t\n",
        "我县新建跨河大桥正式通车\n\n本报讯 12月28日上午，我县新建跨河大桥正式通车。该桥全长1200米，总投资3.5亿元。\n\n"
        "县交通运输局负责人介绍，大桥通车后，两岸群众出行时间将缩短40分钟。下一步将加强道路养护管理。\n",
        // An article that names 政务公开 once, in passing.
        "我县召开安全生产工作会议\n\n会议要求各部门落实责任，做好政务公开和信息报送，确保全年安全生产形势稳定。\n"};
    for (const char* text : texts) {
        INFO(text);
        auto r = check(text, {});
        REQUIRE(r->findings.size() == 1);
        CHECK(r->findings[0].rule == "report.not-annual-report");
    }
}

TEST_CASE("Gate: a 2012 政务公开工作总结 is a report, checked fully", "[rules][report]") {
    auto r = check(kSummary2012, {});
    CHECK_FALSE(has(*r, "report.not-annual-report"));
    CHECK(has(*r, "title.nonstandard"));     // the title says what is wrong with the title
    CHECK(has(*r, "content.missing-item"));  // and the content rules ran: nothing on fees
}

TEST_CASE("Gate: the same summary in Traditional script is a report", "[rules][report]") {
    auto r = check("某縣審計局2012年政務公開工作總結\n\n"
                   "2012年，我局以《中華人民共和國政府信息公開條例》為依據，紮實推進政務公開。"
                   "本報告所列數據的統計期限為    年  月  日至    年  月  日。\n\n"
                   "一、加強組織領導\n\n成立政務公開工作領導小組。\n",
                   {});
    CHECK_FALSE(has(*r, "report.not-annual-report"));
    CHECK(has(*r, "text.traditional"));
    CHECK(has(*r, "title.nonstandard"));
}

TEST_CASE("Gate: a report whose title is lost still counts by its body", "[rules][report]") {
    // 2013_pingtan_dsj's opening after its site chrome (当前位置…), the title line gone: the body
    // speaks of disclosure work and states its statistics period.
    auto r = check("当前位置： 首页政务公开政府信息公开政府信息公开年报\n"
                   "根据《中华人民共和国政府信息公开条例》以及《福建省政府信息公开办法》，特向社会公布2013年度平潭县地税局"
                   "信息公开年度报告。本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。\n",
                   {});
    CHECK_FALSE(has(*r, "report.not-annual-report"));
}
