// HTML → text (core/files): the rules of the page's former JavaScript converter (block lines,
// browser white space, tables as tab rows), the Huai'an report as a web page and as LibreOffice
// exports it, and pages nested 100,000 deep.
#include <catch2/catch.hpp>

#include "core/support/samples.h"
#include "core/support/zip_writer.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <string>

#include "check/check.h"
#include "files/docx_to_text.h"
#include "files/html_to_text.h"

using nianbao::files::Extracted;
using nianbao::files::html_to_text;

namespace {

// Timing sizes in optimized builds; a tenth of them in debug and sanitizer builds (build/asan).
#ifdef NDEBUG
constexpr size_t kFull = 1;
#else
constexpr size_t kFull = 10;
#endif

std::string text_of(const std::string& html) {
    const Extracted e = html_to_text(html);
    INFO(e.error_code << " " << e.error);
    REQUIRE(e.ok);
    return e.text;
}

void require_expected_text(const std::string& name, const std::string& text) {
    if (std::getenv("NIANBAO_UPDATE_EXPECTED"))
        std::ofstream(std::string(NIANBAO_SOURCE_DIR) + "/tests/files/expected/" + name + ".txt", std::ios::binary)
            << text;
    REQUIRE(text == read_test_file("expected/" + name + ".txt"));
}

std::vector<std::string> rules_found(const std::string& text) {
    const auto result = nianbao::check(text, {});
    std::vector<std::string> rules;
    for (const auto& f : result->findings)
        if (f.rule != "text.artifact") rules.push_back(f.rule + "@" + nianbao::severity_key(f.severity));
    std::sort(rules.begin(), rules.end());
    return rules;
}

double seconds_min(const std::function<void()>& run) {
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        run();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

std::string repeated(const std::string& s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("html: lines, white space and tables as the page read them", "[files][html]") {
    CHECK(text_of("<p>一、总体情况</p><p>  本年度，\n  我市  </p>") == "一、总体情况\n本年度， 我市\n");
    CHECK(text_of("<div>甲<span>乙</span> <b>丙</b></div>") == "甲乙 丙\n");
    CHECK(text_of("<p>第一行<br>第二行</p>") == "第一行\n第二行\n");
    CHECK(text_of("<p>前</p><p>\u3000\u3000缩进</p>") == "前\n\u3000\u3000缩进\n");  // U+3000 is not collapsed
    CHECK(text_of("<pre>a   b\n  c</pre>") == "a   b\n  c\n");
    CHECK(text_of("<p>图<img src=x.png alt=\"表三\"></p><p><img src=y.png></p>") == "图[图片: 表三]\n[图片]\n");
    CHECK(text_of("<script>var x='<p>no</p>';</script><style>p{}</style><p>yes</p><select><option>no</select>"
                  "<button>no</button>") == "yes\n");
    CHECK(text_of("<p>a</p><p></p><p></p><div></div><p>b</p>") == "a\nb\n");
    CHECK(text_of("<p>a<br><br><br><br>b</p>") == "a\n\nb\n");  // at most one blank line
    CHECK(text_of("&lt;&amp;&gt;&nbsp;x") == "<&>\u00a0x\n");
    CHECK(text_of("") == "\n");
    SECTION("tables") {
        CHECK(text_of("<table><tr><th>信息内容</th><th>本年制发件数</th></tr><tr><td>规章</td><td>1</td></tr></table>") ==
              "信息内容\t本年制发件数\n规章\t1\n");
        // colspan: the text once, then empty cells; trailing empty cells and empty rows dropped
        CHECK(text_of("<table><tr><td colspan=3>行政复议</td><td>x</td></tr><tr><td>1</td><td colspan=2></td></tr>"
                      "<tr><td></td></tr></table>") == "行政复议\t\t\tx\n1\n");
        // rowspan: an empty cell in the rows below, so the columns stay in place
        CHECK(text_of("<table><tr><td rowspan=2>三、本年度办理结果</td><td>（一）予以公开</td><td>5</td></tr>"
                      "<tr><td>（二）部分公开</td><td>6</td></tr><tr><td>四、结转</td><td>7</td></tr></table>") ==
              "三、本年度办理结果\t（一）予以公开\t5\n\t（二）部分公开\t6\n四、结转\t7\n");
        // a label wrapped in its cell: joined without a space between ideographs, with one otherwise
        CHECK(text_of("<table><tr><td><p>行政</p><p>复议</p></td><td>Total<br>count</td><td>a\tb</td></tr></table>") ==
              "行政复议\tTotal count\ta b\n");
        // a nested table flattened into its cell; the caption on its own line
        CHECK(text_of("<table><caption>表一</caption><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td>"
                      "<td>y</td></tr></table>") == "表一\n外内1 内2\ty\n");
        CHECK(text_of("<p>前</p><table><tr><td>a</td></tr></table>后") == "前\na\n后\n");
        CHECK(text_of("<table><tr><td colspan=100000>a</td><td>b</td></tr></table>").size() < 100);
    }
}

TEST_CASE("html: the Huai'an report as a web page and as LibreOffice exports it", "[files][html]") {
    const std::string source = text_of(read_test_file("huaian.source.html"));
    require_expected_text("huaian.source.html", source);
    const std::string exported = text_of(read_test_file("huaian.html"));
    require_expected_text("huaian.html", exported);
    // The page, its Word conversion and LibreOffice's HTML of that Word file read alike.
    CHECK(exported == source);
    const Extracted docx = nianbao::files::docx_to_text(read_test_file("huaian.docx"));
    REQUIRE(docx.ok);
    CHECK(docx.text == source);
    CHECK(source.find("三、本年度办理结果\t（一）予以公开\t\t1288\t21\t0\t0\t50\t3\t1362\n") != std::string::npos);
    CHECK(rules_found(exported) == rules_found(read_sample("2024_huaian_szf.txt")));
}

TEST_CASE("html: pages nested 100,000 deep are refused before parsing, in linear time", "[files][html][hostile]") {
    for (const std::string open : {"<div>", "<span>", "<b>", "<table><tr><td>", "<ul><li>", "<x-y>", "<div/>"}) {
        INFO(open);
        const std::string html = repeated(open, 100000) + "深";
        const Extracted e = html_to_text(html);
        CHECK(e.error_code == "too-deep");
        CHECK(e.error.find("嵌套") != std::string::npos);
    }
    // An inline end tag does not close across a block (<span><div></span> leaves the div open).
    CHECK(html_to_text(repeated("<span><div></span>", 100000)).error_code == "too-deep");
    // Deep but closed, and long flat pages, are read.
    CHECK(html_to_text(repeated("<div>", 200) + "深" + repeated("</div>", 200)).ok);
    CHECK(html_to_text(repeated("<p>段落<b>加粗</b><font>字</font>", 100000)).ok);
    CHECK(html_to_text(repeated("<span><p>x</span>", 100000)).ok);

    // Over half a million elements, flat: refused before gumbo builds ~100 bytes of tree for each.
    const Extracted many = html_to_text(repeated("<br>", 600000));
    CHECK(many.error_code == "too-large");
    CHECK(html_to_text(repeated("<br>", 100000)).ok);
    CHECK(html_to_text(repeated("</y>", 600000)).error_code == "too-large");

    const auto time_of = [](const std::string& html) {
        return seconds_min([&] { html_to_text(html); });
    };
    const double deep_small = time_of(repeated("<div>", 100000 / kFull));
    const double deep_large = time_of(repeated("<div>", 1000000 / kFull));
    INFO("deep: 1x " << deep_small * 1e3 << " ms, 10x " << deep_large * 1e3 << " ms");
    CHECK(deep_large <= 20 * deep_small + 0.005);
    // A flood of end tags that close nothing (each would search the whole stack of open elements).
    const std::string stack = "<y><div>" + repeated("<x>", 200);
    const double ends_small = time_of(stack + repeated("</y>", 20000 / kFull));
    const double ends_large = time_of(stack + repeated("</y>", 200000 / kFull));
    INFO("unmatched end tags: 1x " << ends_small * 1e3 << " ms, 10x " << ends_large * 1e3 << " ms");
    CHECK(ends_large <= 20 * ends_small + 0.005);
    const std::string flat = "<p>段落<b>加粗</b></p><table><tr><td>1</td></tr></table>";
    const double flat_small = time_of(repeated(flat, 10000 / kFull));
    const double flat_large = time_of(repeated(flat, 100000 / kFull));
    INFO("flat: 1x " << flat_small * 1e3 << " ms, 10x " << flat_large * 1e3 << " ms");
    CHECK(flat_large <= 20 * flat_small + 0.005);
}
