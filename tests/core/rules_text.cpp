// Rules of the input-hygiene family (text.artifact, text.garbled, text.pinyin-annotation,
// text.traditional, text.punctuation) and content.placeholder, through check(): the findings the
// shared samples expect, no false alarms on them, synthetic Traditional/pinyin/mojibake text, and
// each rule's documented examples.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "check/check.h"

using namespace nianbao;

namespace {


std::vector<const Finding*> findings_of(const Result& r, const std::string& rule) {
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}

// The original text a finding points at.
std::string original_text(const Result& r, const Finding& f) {
    const Span o = f.original ? *f.original : r.normalized.to_original(f.span);
    return r.source.text().substr(o.begin, o.size());
}

// Whether a finding's original span overlaps the first occurrence of `at` in the original text.
bool points_at(const Result& r, const Finding& f, const std::string& at) {
    const size_t pos = r.source.text().find(at);
    REQUIRE(pos != std::string::npos);
    const Span o = f.original ? *f.original : r.normalized.to_original(f.span);
    return o.begin < pos + at.size() && o.end > pos;
}

bool any_points_at(const Result& r, const std::string& rule, const std::string& at) {
    for (const Finding* f : findings_of(r, rule))
        if (points_at(r, *f, at)) return true;
    return false;
}

const char* const kHygieneRules[] = {"text.artifact", "text.garbled", "text.pinyin-annotation",
                                     "text.traditional", "text.punctuation", "content.placeholder"};

}  // namespace

TEST_CASE("sample 000: text.artifact at the PAGE debris, nothing else from the hygiene rules", "[rules][text]") {
    auto r = check(read_sample("000_a149a30e1feff887.txt"), {});
    CHECK(any_points_at(*r, "text.artifact", "PAGE"));
    CHECK(findings_of(*r, "text.artifact").size() == 1);
    for (const char* id : {"text.garbled", "text.pinyin-annotation", "text.traditional", "text.punctuation",
                           "content.placeholder"}) {
        INFO(id);
        CHECK(findings_of(*r, id).empty());
    }
}

TEST_CASE("sample 001: text.artifact at the breadcrumb, the furniture line and the .pdf name", "[rules][text]") {
    auto r = check(read_sample("001_88afcdf2753bf816.txt"), {});
    CHECK(any_points_at(*r, "text.artifact", "首页 > 蚌山区残疾人联合会信息公开年报"));
    CHECK(any_points_at(*r, "text.artifact", "阅读次数"));
    CHECK(any_points_at(*r, "text.artifact", "年度报告.pdf"));
    CHECK(findings_of(*r, "text.artifact").size() == 3);
    for (const char* id : {"text.garbled", "text.pinyin-annotation", "text.traditional", "text.punctuation",
                           "content.placeholder"}) {
        INFO(id);
        CHECK(findings_of(*r, id).empty());
    }
}

TEST_CASE("sample 003: text.punctuation at the stray ” and text.artifact at the bookmark", "[rules][text]") {
    auto r = check(read_sample("003_4542ec8ee655ebbf.txt"), {});
    const auto punct = findings_of(*r, "text.punctuation");
    REQUIRE(punct.size() == 1);
    CHECK(original_text(*r, *punct[0]) == "”");
    CHECK(points_at(*r, *punct[0], "”“以公开为常态"));
    CHECK(punct[0]->message.find("右引号") != std::string::npos);
    CHECK(any_points_at(*r, "text.artifact", "[bookmark: _GoBack]"));
    for (const char* id : {"text.garbled", "text.pinyin-annotation", "text.traditional", "content.placeholder"}) {
        INFO(id);
        CHECK(findings_of(*r, id).empty());
    }
}

TEST_CASE("sample 2024 huaian: quotes across page breaks stay quiet; six page footers grouped", "[rules][text]") {
    auto r = check(read_sample("2024_huaian_szf.txt"), {});
    CHECK(findings_of(*r, "text.punctuation").empty());
    CHECK(findings_of(*r, "text.garbled").empty());
    CHECK(findings_of(*r, "content.placeholder").empty());
    const auto artifacts = findings_of(*r, "text.artifact");
    REQUIRE(artifacts.size() == 1);
    CHECK(artifacts[0]->message.find("6处页码") != std::string::npos);
    CHECK(artifacts[0]->severity == Severity::Info);
}

TEST_CASE("text.traditional: info for a Traditional report, warning for a mixed one", "[rules][text]") {
    CheckOptions o = CheckOptions::from_json(R"({"edition":"2019","assume_report":true})");
    auto trad = check("2020年度政府資訊公開工作年度報告\n\n一、總體情況\n\n2020年，本機關認真貫徹落實《政府資訊公開條例》，"
                      "進一步規範資訊公開工作流程，主動公開政府資訊一百二十條。\n",
                      o);
    auto f = findings_of(*trad, "text.traditional");
    REQUIRE(f.size() == 1);
    CHECK(f[0]->severity == Severity::Info);
    CHECK(f[0]->message.find("繁体") != std::string::npos);

    auto simp = check("2020年度政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，本机关认真贯彻落实《政府信息公开条例》。\n", o);
    CHECK(findings_of(*simp, "text.traditional").empty());

    auto mixed = check("2020年度政府資訊公開工作年度報告\n\n一、總體情況\n\n本機關認真貫徹落實條例。\n\n"
                       "二、主动公开政府信息情况\n\n本机关认真贯彻落实条例，进一步规范信息公开工作，主动公开政府信息。\n",
                       o);
    REQUIRE(mixed->normalized.script == Script::Mixed);
    auto m = findings_of(*mixed, "text.traditional");
    REQUIRE(m.size() == 1);
    CHECK(m[0]->severity == Severity::Warning);
    CHECK(m[0]->message.find("繁简混用") != std::string::npos);
}

TEST_CASE("text.pinyin-annotation: one finding per paragraph, counting the readings", "[rules][text]") {
    CheckOptions o = CheckOptions::from_json(R"({"edition":"2019","assume_report":true})");
    auto r = check("2020年度政府信息公开工作年度报告\n\n一、总体情况\n\n本單(dān)位依法处(chǔ)理申请。\n\n"
                   "二、主动公开政府信息情况\n\n主动公开政(zhèng)府信息。\n",
                   o);
    auto f = findings_of(*r, "text.pinyin-annotation");
    REQUIRE(f.size() == 2);
    CHECK(f[0]->message.find("2处") != std::string::npos);
    REQUIRE(f[0]->original);
    CHECK(original_text(*r, *f[0]).rfind("(dān)", 0) == 0);
    CHECK(f[1]->message.find("1处") != std::string::npos);
    CHECK(original_text(*r, *f[1]) == "(zhèng)");
}

TEST_CASE("text.garbled points at the damaged run in the original", "[rules][text]") {
    CheckOptions o = CheckOptions::from_json(R"({"edition":"2019","assume_report":true})");
    auto r = check("2020年度政府信息公开工作年度报告\n\n一、总体情况\n\n我局认真落实政府?息公开工作。\n"
                   "鏀垮簻淇℃伅鍏紑宸ヤ綔骞村害鎶ュ憡\n",
                   o);
    auto f = findings_of(*r, "text.garbled");
    REQUIRE(f.size() == 2);
    CHECK(original_text(*r, *f[0]) == "?");
    CHECK(original_text(*r, *f[1]).find("鏀垮簻") == 0);
    CHECK(f[1]->severity == Severity::Error);
}

TEST_CASE("text.punctuation: unclosed 《 and （, stray 》, list markers and nesting stay quiet", "[rules][text]") {
    CheckOptions o = CheckOptions::from_json(R"({"edition":"2008","assume_report":true})");
    auto bad = check("2017年某局政府信息公开工作年度报告\n\n一、概述\n\n根据《中华人民共和国政府信息公开条例规定编制。\n\n"
                     "二、主动公开政府信息情况\n\n（以下简称条例规定，主动公开信息12条。\n\n三、其他\n\n条例》规定。\n",
                     o);
    auto f = findings_of(*bad, "text.punctuation");
    REQUIRE(f.size() == 3);
    CHECK(original_text(*bad, *f[0]) == "《");
    CHECK(original_text(*bad, *f[1]) == "（");
    CHECK(original_text(*bad, *f[2]) == "》");
    CHECK(f[2]->message.find("书名号") != std::string::npos);

    auto good = check("2017年某局政府信息公开工作年度报告\n\n一、概述\n\n根据《中华人民共和国政府信息公开条例》（以下简称"
                      "《条例》（2019年修订））规定，要求如下：1)加强领导；2)完善制度。坚持“先审查、后公开”“一事一\n"
                      "审”工作原则，按照“谁起草、谁解读”的原则（见“‘四最’营商环境”）。\n",
                      o);
    CHECK(findings_of(*good, "text.punctuation").empty());
}

TEST_CASE("content.placeholder: an image or 详见附表 where table 三 should be", "[rules][content]") {
    CheckOptions o = CheckOptions::from_json(R"({"edition":"2019","assume_report":true})");
    auto r = check("2020年区残联政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我部门累计主动公开信息350条。\n\n"
                   "二、主动公开政府信息情况\n\n[image: image1.png]\n\n三、收到和处理政府信息公开申请情况\n\n详见附表。\n",
                   o);
    auto f = findings_of(*r, "content.placeholder");
    REQUIRE(f.size() == 2);
    CHECK(original_text(*r, *f[0]) == "[image: image1.png]");
    CHECK(f[0]->message.find("统计表") != std::string::npos);
    CHECK(original_text(*r, *f[1]) == "详见附表");
    CHECK(f[1]->severity == Severity::Error);
}

TEST_CASE("hygiene rules: documented examples fire and stay quiet", "[rules][text][docs]") {
    for (const char* id : kHygieneRules) {
        const Rule* rule = find_rule(id);
        INFO(id);
        REQUIRE(rule);
        const CheckOptions options = CheckOptions::from_json(rule->doc.example_options);
        CHECK_FALSE(findings_of(*check(std::string(rule->doc.fires), options), id).empty());
        CHECK(findings_of(*check(std::string(rule->doc.quiet), options), id).empty());
    }
}

TEST_CASE("hygiene readers and rules stay linear and bounded on pathological input", "[rules][text][robust]") {
    std::string text = "2020年度政府信息公开工作年度报告\n\n一、总体情况\n\n";
    for (int i = 0; i < 20000; ++i) text += "(《“中?";
    text += "\n[bookmark: never closed\n[image: x.png\n";
    for (int i = 0; i < 5000; ++i) text += "[图片]";
    text += "\n";
    for (int i = 0; i < 5000; ++i) text += "Õþ¸®";
    text += "\n";
    auto r = check(text, CheckOptions::from_json(R"({"edition":"2019","assume_report":true})"));
    CHECK(findings_of(*r, "text.punctuation").size() <= 31);
    CHECK(findings_of(*r, "content.placeholder").size() <= 21);
    CHECK(findings_of(*r, "text.garbled").size() <= 11);
    CHECK_FALSE(findings_of(*r, "text.garbled").empty());
    CHECK_FALSE(findings_of(*r, "text.punctuation").empty());
}

TEST_CASE("content.placeholder: 详见附表 is quiet when the annex table is in the report (sample 003)", "[rules][content]") {
    std::string text = read_sample("003_4542ec8ee655ebbf.txt");
    const std::string anchor = "历年累计主动公开政府信息187条。";
    const size_t at = text.find(anchor);
    REQUIRE(at != std::string::npos);
    text.insert(at + anchor.size(), "具体数据详见附表。");
    auto r = check(text, {});
    REQUIRE_FALSE(r->doc.tables.empty());
    REQUIRE(r->doc.placeholders.size() == 1);
    CHECK(findings_of(*r, "content.placeholder").empty());

    // The same sentence in a report without any table is a placeholder.
    auto bare = check("2017年某局政府信息公开工作年度报告\n\n一、概述\n\n主动公开政府信息35条，具体数据详见附表。\n",
                      CheckOptions::from_json(R"({"edition":"2008","assume_report":true})"));
    const auto f = findings_of(*bare, "content.placeholder");
    REQUIRE(f.size() == 1);
    CHECK(original_text(*bare, *f[0]) == "详见附表");
}

TEST_CASE("content.placeholder: letterhead and seal images are not content", "[rules][content]") {
    CheckOptions o = CheckOptions::from_json(R"({"edition":"2008","assume_report":true})");
    auto r = check("[image: 红头.png]\n2017年某局政府信息公开工作年度报告\n\n一、概述\n\n主动公开政府信息35条。\n\n"
                   "[image: photo1.jpg]\n\n二、其他\n\n无。\n\n某局\n[image: 公章.png]\n2018年1月2日\n",
                   o);
    const auto f = findings_of(*r, "content.placeholder");
    REQUIRE(f.size() == 1);
    CHECK(original_text(*r, *f[0]) == "[image: photo1.jpg]");
}
