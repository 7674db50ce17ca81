// The PDF layout reconstruction (core/layout): positioned text → the text the reader checks.
// The Huai'an 2024 report's PDF (poppler's word boxes, tests/files/pdf/2024_huaian_szf.items.json)
// must give every table cell and the expected findings; small hand-placed pages pin down each step.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

#include "check/check.h"
#include "core/support/huaian_tables.h"
#include "core/support/table_values.h"
#include "layout/items_json.h"
#include "layout/reconstruct.h"

using namespace nianbao;
using namespace nianbao::layout;

namespace {

// Poppler's word boxes (the CLI) or, with "pdfjs", pdf.js's items as the page makes them.
PositionedText huaian_items(const std::string& library = "", std::string name = "") {
    if (name.empty()) name = library.empty() ? "2024_huaian_szf.items.json" : "2024_huaian_szf." + library + ".items.json";
    std::ifstream in(std::string(NIANBAO_SOURCE_DIR) + "/tests/files/pdf/" + name);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string error;
    auto parsed = positioned_text_from_json(ss.str(), error);
    REQUIRE(parsed);
    return *parsed;
}


std::vector<const Table*> topic(const Document& doc, const std::string& name) {
    std::vector<const Table*> out;
    for (const Table& t : doc.tables)
        if (t.topic == name) out.push_back(&t);
    return out;
}

// A one-page A4 document from items given as {x, y, text} at one font size.
PositionedText page_of(std::initializer_list<std::tuple<double, double, std::string>> items, double size = 10.5) {
    PositionedText p;
    p.pages.push_back({595, 842});
    for (const auto& [x, y, text] : items) {
        double units = 0;
        for (unsigned char c : text) units += (c < 0x80) ? 0.5 : (c >= 0xE0 ? 1.0 : 0.0);
        p.items.push_back({0, x, y, units * size, size, text});
    }
    return p;
}

}  // namespace

TEST_CASE("layout: the Huai'an PDF gives every table cell and the expected findings", "[layout]") {
    const Reconstructed r = reconstruct(huaian_items());
    CHECK(r.pages == 6);
    CHECK(r.text_items == 464);
    CHECK(r.dropped_lines == 6);  // -1- … -6-
    CHECK(r.text.find("-3-") == std::string::npos);

    auto result = check(r.text, CheckOptions{});
    const Document& doc = result->doc;
    auto proactive = topic(doc, "proactive");
    REQUIRE(proactive.size() == 4);
    CHECK(table_values(*proactive[0]) == huaian::kRegulations);
    CHECK(proactive[1]->cells[0][0].number.value == 447228);
    CHECK(table_values(*proactive[2]) == std::vector<std::vector<long long>>{{3985758}, {88283}});
    CHECK(proactive[3]->cells[0][0].number.value == Approx(96171.6));
    auto apps = topic(doc, "applications");
    REQUIRE(apps.size() == 1);
    CHECK(apps[0]->missing_rows.empty());
    CHECK(apps[0]->unknown_rows.empty());
    CHECK(table_values(*apps[0]) == huaian::kApplications);
    auto review = topic(doc, "review_litigation");
    REQUIRE(review.size() == 1);
    CHECK(table_values(*review[0]) == huaian::kReview);

    // expected/2024_huaian_szf.json: the one gap is 考核/评议/追究; no table, section, narrative, date
    // or period finding.
    bool assessment = false;
    for (const Finding& f : result->findings) {
        const std::string rule = f.rule;
        INFO(rule << ": " << f.message);
        for (const char* family : {"table.", "section.", "narrative.", "date.", "period.", "text.garbled", "report."})
            CHECK(rule.rfind(family, 0) != 0);
        assessment = assessment || (rule == "content.missing-item" && f.message.find("考核") != std::string::npos);
    }
    CHECK(assessment);
    CHECK(result->doc.meta.year == 2024);
}

TEST_CASE("layout: a label wrapped around its row's numbers and a merged label are one cell", "[layout]") {
    const Reconstructed r = reconstruct(huaian_items());
    CHECK(r.text.find("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t447\t7\t0\t0\t0\t0\t454") != std::string::npos);
    CHECK(r.text.find("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t67\t3") != std::string::npos);
    // Printed one character a line down the side of 表三.
    CHECK(r.text.find("三、本年度办理结果\t（三）不予公开\t4.保护第三方合法权益\t6") != std::string::npos);
    CHECK(r.text.find("（五）不予处理\t3.要求提供公开出版物") != std::string::npos);
}

TEST_CASE("layout: a LibreOffice PDF of the report (narrow table, cells a few points apart)", "[layout]") {
    // tests/files/huaian.docx printed by LibreOffice: the table's cells touch all but, labels wrap
    // three to five characters a line, 三、本年度办理结果 wraps three characters a line.
    const Reconstructed r = reconstruct(huaian_items("", "huaian.libreoffice.items.json"));
    CHECK(r.text.find("行政规范性文件\t8\t26\t66") != std::string::npos);
    CHECK(r.text.find("三、本年度办理结果\t（一）予以公开\t1288\t21") != std::string::npos);
    CHECK(r.text.find("（四）无法提供\t1.本机关不掌握相关政府信息\t746") != std::string::npos);
    auto result = check(r.text, CheckOptions{});
    auto apps = topic(result->doc, "applications");
    REQUIRE(apps.size() == 1);
    CHECK(apps[0]->unknown_rows.empty());
    CHECK(table_values(*apps[0]) == huaian::kApplications);
    auto review = topic(result->doc, "review_litigation");
    REQUIRE(review.size() == 1);
    CHECK(table_values(*review[0]) == huaian::kReview);
    auto proactive = topic(result->doc, "proactive");
    REQUIRE(proactive.size() == 4);
    CHECK(table_values(*proactive[0]) == huaian::kRegulations);
    // Its header "信息内容本年处理决定数量" lost the gap between cells and fits 2019's rows as well
    // as 2021's: the report year's edition reads it (one column, not 2019's three).
    CHECK(proactive[2]->edition == "2021");
    CHECK(table_values(*proactive[2]) == std::vector<std::vector<long long>>{{3985758}, {88283}});
    for (const Finding& f : result->findings) CHECK(f.rule.rfind("table.", 0) != 0);
}

TEST_CASE("layout: pdf.js (the page) and poppler (the CLI) give the same text", "[layout]") {
    const PositionedText pdfjs = huaian_items("pdfjs");
    const PositionedText poppler = huaian_items();
    REQUIRE(pdfjs.items.size() != poppler.items.size());  // chunked differently
    CHECK(reconstruct(pdfjs).text == reconstruct(poppler).text);
}

TEST_CASE("layout: how a library chunks text does not change the result", "[layout]") {
    // pdf.js hands over whole drawn strings; poppler words. Join each line's words into one item
    // with spaces, as a PDF drawing a line in one string would be read: the same text comes out.
    const PositionedText words = huaian_items();
    PositionedText strings;
    strings.pages = words.pages;
    for (const TextItem& w : words.items) {
        if (!strings.items.empty()) {
            TextItem& last = strings.items.back();
            const double gap = w.x - (last.x + last.width);
            if (last.page == w.page && std::abs(last.y - w.y) < 0.5 && gap >= 0 && gap < 0.5 * w.height) {
                // Words a sentence sets a little apart: one string with a space, its width covering both.
                last.text += " " + w.text;
                last.width = w.x + w.width - last.x;
                continue;
            }
        }
        strings.items.push_back(w);
    }
    REQUIRE(strings.items.size() < words.items.size());
    CHECK(reconstruct(strings).text == reconstruct(words).text);
}

TEST_CASE("layout: page numbers and running headers are dropped, body lines kept", "[layout]") {
    PositionedText p;
    for (int page = 0; page < 3; ++page) {
        p.pages.push_back({595, 842});
        p.items.push_back({page, 200, 30, 150, 9, "某某县人民政府办公室"});       // running header
        p.items.push_back({page, 80, 300, 200, 16, "正文第" + std::to_string(page + 1) + "页。"});
        p.items.push_back({page, 280, 790, 30, 14, "— " + std::to_string(page + 1) + " —"});  // page number
    }
    const Reconstructed r = reconstruct(p);
    CHECK(r.dropped_lines == 6);
    CHECK(r.text == "正文第1页。\n正文第2页。\n正文第3页。\n");
}

TEST_CASE("layout: a number in the body is not a page number", "[layout]") {
    const Reconstructed r = reconstruct(page_of({{80, 400, "3"}, {80, 100, "标题"}}));
    CHECK(r.dropped_lines == 0);
    CHECK(r.text == "标题\n3\n");
}

TEST_CASE("layout: text drawn twice for bold is read once; cells are tab-separated", "[layout]") {
    const Reconstructed r = reconstruct(page_of({{80, 200, "规章"}, {80.3, 200.2, "规章"}, {250, 200, "1"},
                                                 {350, 200, "0"}, {450, 200, "11"}}));
    CHECK(r.text == "规章\t1\t0\t11\n");
}

TEST_CASE("layout: Latin digits set apart inside a CJK sentence are not split", "[layout]") {
    // WPS spaces digits from CJK by a fifth of an em: still one sentence, no space added.
    const Reconstructed r = reconstruct(page_of({{80, 200, "统计期限自"}, {133.5, 200, "2024"}, {157, 200, "年"}}));
    CHECK(r.text == "统计期限自2024年\n");
}

TEST_CASE("layout: hostile positioned text is bounded and never crashes", "[layout][hostile]") {
    SECTION("empty and degenerate items") {
        PositionedText p;
        CHECK(reconstruct(p).text.empty());
        p.pages.push_back({595, 842});
        const double nan = std::numeric_limits<double>::quiet_NaN();
        p.items.push_back({0, nan, 10, 10, 10, "坏"});
        p.items.push_back({5, 10, 10, 10, 10, "页码越界"});
        p.items.push_back({0, 10, 10, 10, 0, "零高"});
        p.items.push_back({0, 10, 10, 10, 10, ""});
        p.items.push_back({0, 10, 10, 10, 10, std::string("\xff\xfe\xc0", 3)});
        CHECK_NOTHROW(reconstruct(p));
    }
    SECTION("malformed JSON is an error, not an exception") {
        std::string error;
        CHECK_FALSE(positioned_text_from_json("{", error));
        CHECK_FALSE(error.empty());
        CHECK_FALSE(positioned_text_from_json(R"({"pages":[],"items":[{"page":0,"x":1,"y":1,"width":1,"height":1,"text":"a"}]})", error));
        CHECK_FALSE(positioned_text_from_json(R"({"pages":[{"width":"a"}],"items":[]})", error));
    }
    SECTION("tiny items: time grows with the count, not its square") {
        auto tiny = [](size_t n) {
            PositionedText p;
            p.pages.push_back({595, 842});
            for (size_t i = 0; i < n; ++i)  // single CJK characters on a dense grid: every one stackable
                p.items.push_back({0, static_cast<double>(i % 500), static_cast<double>(i / 500 % 800), 1, 1, "字"});
            return p;
        };
        auto time = [](const PositionedText& p) {
            const auto t0 = std::chrono::steady_clock::now();
            const auto r = reconstruct(p);
            CHECK(r.text_items == p.items.size());
            return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        };
        const double small = time(tiny(20000));
        const double large = time(tiny(200000));
        INFO("20k items " << small << " s, 200k items " << large << " s");
        CHECK(large < 25 * small + 0.05);
    }
    SECTION("more items than the cap are counted, not placed") {
        PositionedText p;
        p.pages.push_back({595, 842});
        p.items.assign(kMaxItems + 10, TextItem{0, 1, 1, 1, 1, "a"});
        CHECK(reconstruct(p).text_items == kMaxItems);
    }
}
