// .docx → text (core/files): the converted text of real and hand-made Word files, what the check
// finds in it, and hostile packages (zip bombs, deep XML, cut and incomplete files) with bounded work.
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
#include "files/list_number_format.h"

using nianbao::files::docx_to_text;
using nianbao::files::Extracted;
using nianbao::files::Limits;

namespace {

// Hostile sizes in optimized builds; a tenth of them in debug and sanitizer builds (build/asan), where
// the point is memory errors on the same shapes and the ratios still catch quadratic work.
#ifdef NDEBUG
constexpr size_t kFull = 1;
#else
constexpr size_t kFull = 10;
#endif

// tests/files/expected/<name>.txt; NIANBAO_UPDATE_EXPECTED=1 rewrites it from the converter (then
// review the diff: the wasm test compares the page's conversion against the same files).
void require_expected_text(const std::string& file, const std::string& text) {
    const std::string name = file.substr(file.rfind('/') + 1);
    if (std::getenv("NIANBAO_UPDATE_EXPECTED")) {
        std::ofstream(std::string(NIANBAO_SOURCE_DIR) + "/tests/files/expected/" + name + ".txt", std::ios::binary)
            << text;
    }
    REQUIRE(text == read_test_file("expected/" + name + ".txt"));
}

Extracted converted(const std::string& file) {
    Extracted e = docx_to_text(read_test_file(file));
    INFO(file << ": " << e.error_code << " " << e.error);
    REQUIRE(e.ok);
    return e;
}

bool has_line(const std::string& text, const std::string& line) {
    return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

std::vector<std::string> rules_found(const std::string& text) {
    const auto result = nianbao::check(text, {});
    std::vector<std::string> rules;
    for (const auto& f : result->findings)
        if (f.rule != "text.artifact") rules.push_back(f.rule + "@" + std::string(nianbao::severity_key(f.severity)));
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

// make(10 n) may cost at most 20× make(n) (plus slack for tiny times): linear or better, never quadratic.
void require_linear(const std::function<std::string(size_t)>& make, size_t n,
                    const std::function<void(const std::string&)>& check) {
    const std::string small = make(n), large = make(10 * n);
    const double t_small = seconds_min([&] { check(small); });
    const double t_large = seconds_min([&] { check(large); });
    INFO("1x " << t_small * 1e3 << " ms, 10x " << t_large * 1e3 << " ms");
    REQUIRE(t_large <= 20 * t_small + 0.005);
}

std::string repeated_text(const std::string& s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::string deep_document(size_t depth, const std::string& element) {
    std::string xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                      "wordprocessingml/2006/main\"><w:body>";
    std::string open, close;
    for (size_t i = 0; i < depth; ++i) open += "<" + element + ">", close += "</" + element + ">";
    return xml + "<w:p><w:r><w:t>前</w:t></w:r></w:p>" + open + "<w:p><w:r><w:t>深处</w:t></w:r></w:p>" + close +
           "</w:body></w:document>";
}

}  // namespace

TEST_CASE("docx: the Huai'an report through LibreOffice reads as the report with its tables", "[files][docx]") {
    const Extracted e = converted("huaian.docx");
    require_expected_text("huaian.docx", e.text);
    const std::string& t = e.text;
    CHECK(has_line(t, "一、总体情况"));
    CHECK(has_line(t, "信息内容\t本年制发件数\t本年废止件数\t现行有效件数"));
    CHECK(has_line(t, "规章\t1\t0\t11"));
    // 表三: the applicant header over two rows, a merged cell written once and its place kept.
    CHECK(has_line(t, "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计"));
    CHECK(has_line(t, "一、本年新收政府信息公开申请数量\t\t\t3001\t53\t0\t0\t61\t4\t3119"));
    CHECK(has_line(t, "三、本年度办理结果\t（一）予以公开\t\t1288\t21\t0\t0\t50\t3\t1362"));
    CHECK(has_line(t, "\t（三）不予公开\t1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2"));
    CHECK(has_line(t, "\t\t2.其他法律行政法规禁止公开\t30\t1\t0\t0\t0\t0\t31"));
    CHECK(has_line(t, "72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20"));
    CHECK(e.notes.empty());
}

TEST_CASE("docx: the converted report gets the findings of the .txt it was made from", "[files][docx]") {
    // The .txt also has page numbers (-3-: text.artifact), which the Word file does not carry.
    const auto from_txt = rules_found(read_sample("2024_huaian_szf.txt"));
    REQUIRE(!from_txt.empty());
    CHECK(rules_found(converted("huaian.docx").text) == from_txt);
}

TEST_CASE("docx: automatic list numbering is part of the text", "[files][docx]") {
    const Extracted e = converted("cases/numbering.docx");
    require_expected_text("numbering.docx", e.text);
    // A heading style carrying the list (and a style based on it) gives 一、 二、 三、; levels below
    // restart under each new heading; numId 0 switches numbering off; startOverride starts at ③.
    CHECK(has_line(e.text, "一、总体情况"));
    CHECK(has_line(e.text, "（一）主动公开"));
    CHECK(has_line(e.text, "（二）依申请公开"));
    CHECK(has_line(e.text, "1. 制度建设"));
    CHECK(has_line(e.text, "（1）申请数量"));
    CHECK(has_line(e.text, "（三）监督保障"));
    CHECK(has_line(e.text, "二、主动公开政府信息情况"));
    CHECK(has_line(e.text, "（一）规章"));
    CHECK(has_line(e.text, "不编号的段落"));
    CHECK(has_line(e.text, "③圈码三"));
    CHECK(has_line(e.text, "④圈码四"));
    CHECK(has_line(e.text, "甲、天干"));
    CHECK(has_line(e.text, "壹、大写"));
    CHECK(has_line(e.text, "三、存在的主要问题及改进情况"));
}

TEST_CASE("docx: LibreOffice's list numbering gives the report's own heading lines", "[files][docx]") {
    // The Huai'an outline written as automatic lists by LibreOffice (taiwaneseCountingThousand, "%1、",
    // "（%2）"): each line must be the line of the .txt, numbers included.
    const Extracted e = converted("cases/libreoffice_numbering.docx");
    require_expected_text("libreoffice_numbering.docx", e.text);
    const std::string sample = read_sample("2024_huaian_szf.txt");
    std::vector<std::string> sample_lines;
    for (size_t at = 0; at < sample.size();) {
        size_t end = sample.find('\n', at);
        if (end == std::string::npos) end = sample.size();
        std::string line = sample.substr(at, end - at);
        line.erase(0, line.find_first_not_of(' '));
        sample_lines.push_back(line);
        at = end + 1;
    }
    size_t numbered = 0;
    for (size_t at = e.text.find('\n') + 1; at < e.text.size();) {
        const size_t end = e.text.find('\n', at);
        const std::string line = e.text.substr(at, end - at);
        INFO(line);
        CHECK(std::find(sample_lines.begin(), sample_lines.end(), line) != sample_lines.end());
        ++numbered;
        at = end + 1;
    }
    CHECK(numbered == 11);
    CHECK(has_line(e.text, "（五）政府信息公开监督保障情况。根据省政务公开年度和"));
    CHECK(has_line(e.text, "六、其他需要报告的事项"));
}

TEST_CASE("docx: list number formats", "[files][docx]") {
    using nianbao::files::format_list_number;
    CHECK(format_list_number(1, "chineseCounting") == "一");
    CHECK(format_list_number(10, "chineseCounting") == "十");
    CHECK(format_list_number(11, "chineseCounting") == "十一");
    CHECK(format_list_number(20, "chineseCountingThousand") == "二十");
    CHECK(format_list_number(105, "chineseCountingThousand") == "一百零五");
    CHECK(format_list_number(110, "chineseCountingThousand") == "一百一十");
    CHECK(format_list_number(2024, "chineseCountingThousand") == "二千零二十四");
    CHECK(format_list_number(3, "japaneseCounting") == "三");
    CHECK(format_list_number(16, "taiwaneseCountingThousand") == "十六");
    CHECK(format_list_number(12, "chineseLegalSimplified") == "拾贰");
    CHECK(format_list_number(11, "ideographTraditional") == "甲");
    CHECK(format_list_number(2, "decimalEnclosedCircle") == "②");
    CHECK(format_list_number(5, "decimalFullWidth") == "５");
    CHECK(format_list_number(4, "lowerRoman") == "iv");
    CHECK(format_list_number(28, "upperLetter") == "BB");
    CHECK(format_list_number(7, "decimalZero") == "07");
    CHECK(format_list_number(7, "bullet").empty());
    CHECK(format_list_number(7, "someFutureFormat") == "7");
}

TEST_CASE("docx: merged, wrapped and nested table cells", "[files][docx]") {
    const Extracted e = converted("cases/merged.docx");
    require_expected_text("merged.docx", e.text);
    const std::string& t = e.text;
    CHECK(has_line(t, "信息内容\t行政复议"));                  // gridSpan 3: text once, then empty cells (trailing: cut)
    CHECK(has_line(t, "\t结果维持\t结果纠正\t总计"));           // vMerge continue: an empty cell in its place
    CHECK(has_line(t, "行政复议\t1\t2\t3"));                    // two paragraphs of CJK join without a space
    CHECK(has_line(t, "Total count\ta b\t上下\t末"));           // others with one; a tab in a cell is a space
    CHECK(has_line(t, "\t缩进"));                               // gridBefore keeps the column
    CHECK(has_line(t, "嵌套内层甲 内层乙 1 2\t后"));            // a nested table flattened into its cell
    CHECK(t.find("\t\n") == std::string::npos);                 // no empty row, no trailing empty cell
}

TEST_CASE("docx: tracked changes, fields, footnotes and text boxes", "[files][docx]") {
    SECTION("deletions dropped, insertions and moves kept, field codes hidden") {
        const Extracted e = converted("cases/tracked.docx");
        require_expected_text("tracked.docx", e.text);
        CHECK(has_line(e.text, "本年共收到申请3050件。"));
        CHECK(has_line(e.text, "7"));  // the PAGE field's result, not its code
        CHECK(e.text.find("PAGE") == std::string::npos);
        CHECK(has_line(e.text, "政府网站 链接"));
        CHECK(has_line(e.text, "单位"));  // a ruby's reading (dān) left out
        CHECK(std::count(e.notes.begin(), e.notes.end(), "已忽略修订中删除的文字") == 1);
    }
    SECTION("footnotes at the end, separators left out") {
        const Extracted e = converted("cases/footnote.docx");
        require_expected_text("footnote.docx", e.text);
        CHECK(e.text == "本年度收取信息处理费3940元。\n六、其他需要报告的事项\n 依据《政府信息公开信息处理费管理办法》收取。\n");
        CHECK(e.notes.size() == 1);
    }
    SECTION("a text box once (Choice, not also Fallback), a layout table read as paragraphs") {
        const Extracted e = converted("cases/textbox.docx");
        require_expected_text("textbox.docx", e.text);
        const std::string& t = e.text;
        size_t count = 0;
        for (size_t at = t.find("文本框里的说明"); at != std::string::npos; at = t.find("文本框里的说明", at + 1)) ++count;
        CHECK(count == 1);
        CHECK(has_line(t, "只有后备内容"));
        CHECK(has_line(t, "框内第一段"));
        CHECK(has_line(t, "框内第二段"));
        CHECK(has_line(t, "规章\t1"));
    }
}

TEST_CASE("docx: pictures are marked, a document of pictures alone is refused", "[files][docx]") {
    const Extracted e = converted("cases/pictures.docx");
    require_expected_text("pictures.docx", e.text);
    CHECK(has_line(e.text, "[图片: 表三 收到和处理政府信息公开申请情况]"));  // alt text, as the HTML converter writes it
    CHECK(has_line(e.text, "见上图[图片]"));  // Choice read, its VML Fallback not: one marker
    CHECK(has_line(e.text, "图表后"));        // a chart is neither text nor a picture
    REQUIRE(e.notes.size() == 1);
    CHECK(e.notes[0].find("2 张图片") != std::string::npos);

    const Extracted scans = docx_to_text(read_test_file("cases/images_only.docx"));
    CHECK(scans.error_code == "no-text-layer");
    CHECK(scans.error.find("只有图片（2 张") != std::string::npos);
    CHECK(docx_to_text(read_test_file("cases/empty.docx")).error_code == "docx-empty");
}

TEST_CASE("docx: files that are not readable Word documents get a clear answer", "[files][docx][hostile]") {
    const std::string good = read_test_file("huaian.docx");
    SECTION("cut short (a download that stopped): the index at the end is gone") {
        for (size_t keep : {good.size() / 2, good.size() - 10, size_t{30}, size_t{4}}) {
            const Extracted e = docx_to_text(good.substr(0, keep));
            CHECK_FALSE(e.ok);
            CHECK(e.error_code == "docx-damaged");
            CHECK(e.error.find("损坏") != std::string::npos);
        }
    }
    SECTION("a ZIP without document.xml") {
        const Extracted e = docx_to_text(make_zip({stored_part("xl/workbook.xml", "<workbook/>")}));
        CHECK(e.error_code == "not-docx");
        CHECK(e.error.find("不是 Word 文档") != std::string::npos);
    }
    SECTION("not a ZIP at all") {
        CHECK(docx_to_text("这只是文字").error_code == "not-docx");
        CHECK(docx_to_text("").error_code == "not-docx");
    }
    SECTION("malformed XML in document.xml") {
        CHECK(docx_to_text(make_zip(docx_parts("<w:document><w:body><w:p>"))).error_code == "docx-damaged");
    }
    SECTION("an encrypted ZIP entry") {
        auto zip = make_zip(docx_parts("<w:document/>"));
        // general purpose flag bit 0 of the second central directory entry (word/document.xml)
        const size_t central = zip.rfind(std::string("PK\x01\x02", 4));
        zip[central + 8] = 1;
        CHECK(docx_to_text(zip).error_code == "encrypted");
    }
    SECTION("a damaged numbering.xml costs the labels, not the text") {
        auto parts = docx_parts(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            "<w:r><w:t>总体情况</w:t></w:r></w:p></w:body></w:document>");
        parts.push_back(stored_part("word/numbering.xml", "<w:numbering><w:abstractNum"));
        const Extracted e = docx_to_text(make_zip(parts));
        REQUIRE(e.ok);
        CHECK(e.text == "总体情况\n");
    }
}

TEST_CASE("docx: zip bombs stop at the limits in bounded time", "[files][docx][hostile]") {
    SECTION("the committed bomb: 100 MB of spaces compressed 1,000 times") {
        const Extracted e = docx_to_text(read_test_file("cases/bomb.docx"));
        CHECK(e.error_code == "too-large");
        CHECK(e.error.find("压缩") != std::string::npos);
    }
    const auto bomb = [](size_t zeros) {
        auto parts = docx_parts("<w:document/>");
        parts[1] = zero_bomb_part("word/document.xml", zeros);
        return make_zip(parts);
    };
    const auto refused = [](const Limits& limits) {
        return [limits](const std::string& zip) { REQUIRE(docx_to_text(zip, limits).error_code == "too-large"); };
    };
    SECTION("ratio: inflating stops at the entry's ratio limit") {
        Limits limits;
        limits.max_compression_ratio = 20;  // the hand-made bomb compresses ~160×
        require_linear(bomb, (20u << 20) / kFull, refused(limits));
    }
    SECTION("total: a 2 GB entry stops at the expanded-bytes limit, as a 200 MB one does") {
        Limits limits;
        limits.max_compression_ratio = 1000;
        limits.max_expanded_bytes = (16u << 20) / kFull;
        require_linear(bomb, (200u << 20) / kFull, refused(limits));
    }
    SECTION("total over several entries") {
        Limits limits;
        limits.max_expanded_bytes = 1u << 20;
        CHECK(docx_to_text(read_test_file("huaian.docx"), limits).ok);  // ~0.4 MB of XML
        limits.max_expanded_bytes = 100u << 10;
        CHECK(docx_to_text(read_test_file("huaian.docx"), limits).error_code == "too-large");
    }
}

TEST_CASE("docx: millions of tiny elements are refused before the XML is parsed", "[files][docx][hostile]") {
    // 5 million <a/> are 20 MB of XML but would be ~300 MB of parsed nodes.
    std::string xml = deep_document(0, "x");
    xml.insert(xml.find("</w:body>"), repeated_text("<a/>", 5000000));
    const Extracted many = docx_to_text(make_zip(docx_parts(xml)));
    CHECK(many.error_code == "too-large");
    CHECK(many.error.find("元素") != std::string::npos);
}

TEST_CASE("docx: XML nested 100,000 deep is refused without deep recursion", "[files][docx][hostile]") {
    SECTION("content controls nested as blocks: too deep") {
        const auto make = [](size_t depth) { return make_zip(docx_parts(deep_document(depth, "w:customXml"))); };
        const Extracted e = docx_to_text(make(100000));
        CHECK(e.error_code == "too-deep");
        CHECK(e.error.find("嵌套") != std::string::npos);
        require_linear(make, 10000 / kFull, [](const std::string& zip) {
            REQUIRE(docx_to_text(zip).error_code == "too-deep");
        });
    }
    SECTION("nested tables: too deep") {
        std::string open, close;
        for (int i = 0; i < 100000; ++i) open += "<w:tbl><w:tr><w:tc><w:p/>", close += "</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>";
        std::string xml = deep_document(0, "x");
        xml.insert(xml.find("</w:body>"), open + close);
        CHECK(docx_to_text(make_zip(docx_parts(xml))).error_code == "too-deep");
    }
    SECTION("an AlternateContent with many branches: one lookup, linear time") {
        const auto make = [](size_t branches) {
            std::string xml = deep_document(0, "x");
            xml.insert(xml.find("</w:body>"),
                       "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">" +
                           repeated_text("<mc:Fallback><w:t>备</w:t></mc:Fallback>", branches) +
                           "</mc:AlternateContent></w:r></w:p>");
            return make_zip(docx_parts(xml));
        };
        const Extracted e = docx_to_text(make(3));
        REQUIRE(e.ok);
        CHECK(has_line(e.text, "备"));  // the first Fallback only
        require_linear(make, 20000 / kFull, [](const std::string& zip) { REQUIRE(docx_to_text(zip).ok); });
    }
    SECTION("unknown elements nested inside a paragraph: walked without recursion, text kept") {
        std::string xml = deep_document(0, "x");
        std::string open, close;
        for (int i = 0; i < 100000; ++i) open += "<w:smartTag>", close += "</w:smartTag>";
        xml.insert(xml.find("</w:body>"), "<w:p>" + open + "<w:r><w:t>最深</w:t></w:r>" + close + "</w:p>");
        const Extracted e = docx_to_text(make_zip(docx_parts(xml)));
        REQUIRE(e.ok);
        CHECK(has_line(e.text, "最深"));
    }
}
