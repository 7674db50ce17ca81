// The outline reader: headings at four levels, topics by the edition's keywords, defects recorded.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <fstream>
#include <sstream>

#include "check/check.h"

using namespace nianbao;

namespace {

struct Expect {
    int level;
    const char* title;
    const char* topic;
};

void check_outline(const std::string& text, const std::vector<Expect>& expected, const char* options = "{}") {
    auto r = check(text, CheckOptions::from_json(options));
    const auto& secs = r->doc.sections;
    REQUIRE(secs.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO("section " << i << ": " << secs[i].title);
        CHECK(secs[i].level == expected[i].level);
        CHECK(secs[i].title == expected[i].title);
        CHECK(secs[i].topic == expected[i].topic);
    }
}
}  // namespace

TEST_CASE("outline of sample 000 (2008 edition, Word export, duplicated 七)", "[outline][samples]") {
    check_outline(read_sample("000_a149a30e1feff887.txt"),
                  {{1, "概述", "overview"}, {1, "组织领导情况", ""}, {1, "工作机制和制度建设情况", ""},
                   {1, "便民利民的有关措施", ""}, {1, "政府信息主动公开以及公开平台建设情况", "proactive"},
                   {1, "政府信息公开申请的办理情况", "applications"}, {2, "依申请公开工作情况", ""},
                   {2, "申请情况", ""}, {2, "“不予公开”的政府信息情况", ""},
                   {1, "政府信息公开保密审查及监督检查情况", ""}, {1, "存在的主要问题及改进措施", "problems"},
                   {1, "2012年度政府信息公开工作要点", ""}});
}

TEST_CASE("outline of sample 001 (2019 edition, web copy, three headings lost their number)", "[outline][samples]") {
    const std::string text = read_sample("001_88afcdf2753bf816.txt");
    check_outline(text, {{1, "总体情况", "overview"}, {2, "主动公开", ""}, {2, "依申请公开情况", ""},
                         {2, "政府信息管理情况", ""}, {2, "公开平台建设情况", ""}, {2, "监督保障工作情况", ""},
                         {2, "深化放管服改革优化营商环境", ""}, {1, "主动公开政府信息情况", "proactive"},
                         {1, "收到和处理政府信息公开申请情况", "applications"},
                         {1, "政府信息公开行政复议、行政诉讼情况", "review_litigation"},
                         {1, "存在的主要问题及改进情况", "problems"}, {3, "不断扩展途径,加大宣传力度", ""},
                         {3, "切实加强政府信息公开栏和网站建设", ""}, {3, "持续完善制度,加强长效管理", ""},
                         {1, "其他需要报告的事项", "other"}});
    auto r = check(text, {});
    CHECK(r->doc.sections[3].number_lost);
    CHECK(r->doc.sections[3].parent == 0);
    // Table row labels such as "一、本年新收政府信息公开申请数量" are not headings.
    for (const Section& s : r->doc.sections) CHECK(s.title.find("本年新收") == std::string::npos);
}

TEST_CASE("outline of sample 003 (2008 edition, official document)", "[outline][samples]") {
    auto r = check(read_sample("003_4542ec8ee655ebbf.txt"), {});
    std::vector<std::string> level1;
    for (const Section& s : r->doc.sections)
        if (s.level == 1) level1.push_back(s.topic);
    CHECK(level1 == std::vector<std::string>{"overview", "proactive", "applications", "review_litigation", "problems", "other"});
    CHECK(r->doc.sections.size() == 17);
}

TEST_CASE("outline of 2024_huaian_szf (PDF text, indented headings)", "[outline][samples]") {
    check_outline(read_sample("2024_huaian_szf.txt"),
                  {{1, "总体情况", "overview"}, {2, "主动公开情况", ""}, {2, "依申请公开情况", ""},
                   {2, "政府信息管理情况", ""}, {2, "政府信息公开平台建设情况", ""},
                   {2, "政府信息公开监督保障情况", ""}, {1, "主动公开政府信息情况", "proactive"},
                   {1, "收到和处理政府信息公开申请情况", "applications"},
                   {1, "政府信息公开行政复议、行政诉讼情况", "review_litigation"},
                   {1, "存在的主要问题及改进情况", "problems"}, {1, "其他需要报告的事项", "other"}});
}

TEST_CASE("headings: numerals inside paragraphs are not headings", "[outline]") {
    // From sample 003 and 000: "一是…", "二是…", "一要…" open paragraphs, not sections.
    const std::string text =
        "某市残联2017年政府信息公开工作年度报告\n一、概述\n一是建立了依申请公开的程序;二是充分利用平台。\n"
        "一要进一步加强干部思想教育。\n2017年,我会主动公开政府信息7类35条。\n1.5万元用于培训。\n二、主动公开政府信息情况\n无。\n";
    auto r = check(text, {});
    REQUIRE(r->doc.sections.size() == 2);
    CHECK(r->doc.sections[0].title == "概述");
    CHECK(r->doc.sections[1].topic == "proactive");
}

TEST_CASE("headings: a line-initial clause, full-width brackets and levels 3 and 4", "[outline]") {
    const std::string text =
        "某县2020年政府信息公开工作年度报告\r\n一、总体情况\r\n（一）精心部署。将政务公开工作列入年度绩效考核内容。\r\n"
        "1、制定方案\r\n（1）明确责任科室\r\n（2）细化任务\r\n2. 落实检查\r\n（二）严格执行报送制度\r\n";
    auto r = check(text, {});
    const auto& s = r->doc.sections;
    REQUIRE(s.size() == 7);
    CHECK(s[1].level == 2);
    CHECK(s[1].title == "精心部署");
    CHECK(s[1].number == "(一)");
    CHECK(s[2].level == 3);
    CHECK(s[3].level == 4);
    CHECK(s[3].parent == 2);
    CHECK(s[5].title == "落实检查");
    CHECK(s[6].parent == 0);
    // The heading span maps back to the original full-width text.
    const Span o = r->normalized.to_original(s[1].heading);
    CHECK(r->source.text().substr(o.begin, o.size()) == "（一）精心部署");
}

TEST_CASE("section bodies end at the next heading of the same or a higher level", "[outline]") {
    const std::string text = "标题\n一、总体情况\n正文甲。\n(一)小节\n正文乙。\n二、主动公开\n正文丙。\n";
    auto r = check(text, {});
    const auto& s = r->doc.sections;
    REQUIRE(s.size() == 3);
    CHECK(r->doc.slice(s[0].body).find("正文乙") != std::string_view::npos);
    CHECK(r->doc.slice(s[0].body).find("正文丙") == std::string_view::npos);
    CHECK(r->doc.slice(s[2].body) == "正文丙。");
}
