// The text layer: Source positions (UTF-16, line:column), the offset map and normalize().
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <fstream>
#include <sstream>

#include "check/check.h"
#include "output/location.h"
#include "text/find_word.h"
#include "text/label_key.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {

// UTF-16 length of a UTF-8 string, independently of Source.
uint32_t utf16_len(const std::string& s) {
    uint32_t n = 0;
    for (size_t i = 0; i < s.size();) {
        int len;
        char32_t cp = utf8::decode(s, i, len);
        n += cp > 0xFFFF ? 2 : 1;
        i += len;
    }
    return n;
}

Span find_normalized(const NormalizedText& n, const std::string& needle) {
    const auto p = n.text.find(needle);
    REQUIRE(p != std::string::npos);
    return {static_cast<uint32_t>(p), static_cast<uint32_t>(p + needle.size())};
}
}  // namespace

TEST_CASE("Source counts astral characters as two UTF-16 units", "[text]") {
    const std::string text = "𠀀报告😀\n第二行报告";
    Source src(text);
    const auto pos = text.find("报告", 4);  // the one after the astral ideograph
    REQUIRE(src.position(static_cast<uint32_t>(pos)).utf16 == 2);
    const auto emoji_end = text.find('\n');
    CHECK(src.position(static_cast<uint32_t>(emoji_end)).utf16 == 2 + 2 + 2);
    const auto second = text.rfind("报告");
    const Position p = src.position(static_cast<uint32_t>(second));
    CHECK(p.line == 2);
    CHECK(p.column == 4);
    CHECK(p.utf16 == utf16_len(text.substr(0, second)));
    CHECK(src.byte_offset_from_utf16(p.utf16) == second);
}

TEST_CASE("Source removes a UTF-8 BOM and handles CRLF lines", "[text]") {
    Source src("\xEF\xBB\xBF一、总体情况\r\n二、主动公开\r\n");
    CHECK(src.text().rfind("一", 0) == 0);
    CHECK(src.line_count() == 3);
    CHECK(src.line_text(2) == "二、主动公开");
    CHECK(src.position(static_cast<uint32_t>(src.text().find("二"))).line == 2);
}

TEST_CASE("Source positions agree with a direct count over a long text", "[text]") {
    std::string text;
    for (int i = 0; i < 300; ++i) text += (i % 7 == 0) ? "𠀀a\n" : "政府信息公开abc";
    Source src(text);
    for (size_t b = 0; b < text.size(); b += 37) {
        // only code point starts
        size_t s = b;
        while (s < text.size() && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) ++s;
        REQUIRE(src.position(static_cast<uint32_t>(s)).utf16 == utf16_len(text.substr(0, s)));
    }
}

TEST_CASE("normalize maps full-width digits and brackets to ASCII and back", "[text]") {
    Source src("（一）本年新收申请１２３件　共计");
    NormalizedText n = normalize(src);
    CHECK(n.text == "(一)本年新收申请123件 共计");
    const Span digits = find_normalized(n, "123");
    const Span orig = n.to_original(digits);
    CHECK(src.text().substr(orig.begin, orig.size()) == "１２３");
    const Span paren = find_normalized(n, "(一)");
    CHECK(src.text().substr(n.to_original(paren).begin, n.to_original(paren).size()) == "（一）");
}

TEST_CASE("normalize converts Traditional to Simplified with spans mapping back", "[text]") {
    Source src("某縣人民政府辦公室關於政務公開工作的報告");
    NormalizedText n = normalize(src);
    CHECK(n.text == "某县人民政府办公室关于政务公开工作的报告");
    const Span report = find_normalized(n, "报告");
    const Span orig = n.to_original(report);
    CHECK(src.text().substr(orig.begin, orig.size()) == "報告");
    CHECK(n.converted_characters >= 6);
}

TEST_CASE("normalize tells Simplified, Traditional and mixed text apart", "[text]") {
    CHECK(normalize(Source("本报告由县人民政府办公室根据条例规定编制，所列数据的统计期限自二〇二〇年一月一日起至十二月三十一日止。")).script ==
          Script::Simplified);
    CHECK(normalize(Source("本報告由縣人民政府辦公室根據條例規定編製，所列數據的統計期限自二〇二〇年一月一日起至十二月三十一日止。")).script ==
          Script::Traditional);
    CHECK(normalize(Source("本報告由縣人民政府辦公室根據條例規定編製。本报告由县人民政府办公室根据条例规定编制，数据统计。")).script ==
          Script::Mixed);
}

TEST_CASE("normalize removes pinyin readings after Han characters and records them", "[text]") {
    Source src("單(dān)位處(chù)理申請(PDF)");
    NormalizedText n = normalize(src);
    CHECK(n.text == "单位处理申请(PDF)");
    REQUIRE(n.pinyin.size() == 2);
    CHECK(src.text().substr(n.pinyin[0].original.begin, n.pinyin[0].original.size()) == "(dān)");
    // The span of 位 still maps to the original 位, after the removed reading.
    const Span wei = find_normalized(n, "位");
    CHECK(src.text().substr(n.to_original(wei).begin, n.to_original(wei).size()) == "位");
}

TEST_CASE("normalize keeps tabs and newlines, unifies CR and drops NUL", "[text]") {
    Source src(std::string("a\tb\r\nc\rd\0e", 10));
    NormalizedText n = normalize(src);
    CHECK(n.text == "a\tb\nc\nde");
    const Span e = find_normalized(n, "e");
    CHECK(n.to_original(e).begin == 9);
}

TEST_CASE("every shared sample round-trips through the offset map", "[text][samples]") {
    for (const char* name : {"000_a149a30e1feff887.txt", "001_88afcdf2753bf816.txt", "003_4542ec8ee655ebbf.txt",
                             "2024_huaian_szf.txt"}) {
        INFO(name);
        const std::string raw = read_sample(name);
        REQUIRE(!raw.empty());
        Source src(raw);
        NormalizedText n = normalize(src);
        CHECK(n.map.original_size() == src.size());
        CHECK(n.map.normalized_size() == n.text.size());
        // Every line of the normalized text maps back to text that normalizes to it.
        size_t start = 0;
        while (start < n.text.size()) {
            size_t end = n.text.find('\n', start);
            if (end == std::string::npos) end = n.text.size();
            const Span o = n.to_original({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
            const std::string piece = src.text().substr(o.begin, o.size());
            CHECK(normalize(Source(piece)).text == n.text.substr(start, end - start));
            start = end + 1;
        }
    }
}

TEST_CASE("label keys: one implementation, two styles", "[text]") {
    // Outline style: white space of every kind dropped, 、，,；; → 、, every quote → ".
    CHECK(label_key("一、 总体\t情况\u3000（概述）") == "一、总体情况(概述)");
    CHECK(label_key("收费，减免;情况；其他,事项") == "收费、减免、情况、其他、事项");
    CHECK(label_key("“依申请”与‘主动’「公开」") == "\"依申请\"与\"主动\"\"公开\"");
    // Table style: 、，, → ",", semicolons kept, single quotes apart, full-width ASCII shifted.
    CHECK(table_label_key("（二）部分公开，不计；其他") == "(二)部分公开,不计;其他");
    CHECK(table_label_key("Ａ１‘甲’;乙") == "A1'甲';乙");
    CHECK(table_label_key("\u200b商\u2002业\ufeff企业") == "商业企业");
    // An ASCII separator grows into a 3-byte "、": a key much longer than its text still comes out whole.
    const std::string commas(5000, ',');
    std::string expected;
    for (int i = 0; i < 5000; ++i) expected += "、";
    CHECK(label_key(commas) == expected);
    CHECK(label_key("").empty());
    CHECK(label_key("   \t\n").empty());
}

TEST_CASE("find_word finds what string_view::find finds", "[text]") {
    const std::string text = "本年度统计期限为2023年1月1日至12月31日。所列数据的统计期限同上；统计期限统计期限。abcabcabd";
    for (const std::string_view word : {"统计期限", "所列数据", "数据时限", "abd", "abcabd", "。", "", "统计期限统计期限。abcabcabd",
                                         "统计期限统计期限。abcabcabdX"})
        for (size_t from = 0; from <= text.size() + 1; ++from) {
            INFO("word " << word << " from " << from);
            REQUIRE(find_word(text, word, from) == (from > text.size() ? std::string_view::npos
                                                                      : std::string_view(text).find(word, from)));
        }
}

TEST_CASE("Source replaces invalid UTF-8 bytes by U+FFFD, one UTF-16 unit each", "[text]") {
    // A lone continuation byte, a truncated 3-byte sequence, an overlong "/" and a surrogate: each bad
    // byte becomes one U+FFFD. (JavaScript's TextDecoder agrees except for a truncated sequence, which
    // it turns into one U+FFFD: the CLI's offsets after such damage differ from a browser's by one.)
    const std::string bad = std::string("a\x80" "b\xE4\xB8" "c\xC0\xAF" "d\xED\xA0\x80" "e", 13);
    Source src(bad);
    CHECK(src.text() == "a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFDd\uFFFD\uFFFD\uFFFDe");
    CHECK(utf8::is_valid(src.text()));
    const std::string& t = src.text();
    CHECK(src.utf16_offset(static_cast<uint32_t>(t.find('b'))) == 2);
    CHECK(src.utf16_offset(static_cast<uint32_t>(t.find('c'))) == 5);
    CHECK(src.utf16_offset(static_cast<uint32_t>(t.find('e'))) == 12);
    CHECK(src.position(static_cast<uint32_t>(t.find('e'))).column == 13);
    // Valid text is kept byte for byte.
    const std::string good = "政府信息公开𠀀\r\nabc";
    CHECK(Source(good).text() == good);
}

TEST_CASE("normalize counts Simplified-only forms only beside Traditional ones", "[text]") {
    // All Simplified: the Hans→Hant transliterator is not needed and nothing is counted.
    const NormalizedText simplified = normalize(Source("本报告由县人民政府办公室根据条例规定编制。"));
    CHECK(simplified.script_counts.traditional_only == 0);
    CHECK(simplified.script_counts.simplified_only == 0);
    // Mixed: both kinds are counted (报/告 are shared, 報/縣/辦 Traditional, 县/办 Simplified).
    const NormalizedText mixed = normalize(Source("本報告由縣人民政府辦公室編製。本报告由县人民政府办公室编制。"));
    CHECK(mixed.script_counts.traditional_only >= 3);
    CHECK(mixed.script_counts.simplified_only >= 3);
    CHECK(mixed.script == Script::Mixed);
}
