// KeyedText: a label key with the way back to the text (text/keyed_text.h). Text: the headings and
// header cells of ../shared/corpus/2021_pingtan_gwh.txt and 2025_pingtan_gwh.txt.
#include <catch2/catch.hpp>

#include "text/keyed_text.h"

using namespace nianbao;

TEST_CASE("keyed text: a heading spelled at the start, white space inside skipped, none after", "[text]") {
    const KeyedText k("四、政府信息公开行政复议 、行政诉讼情况 行政复议", kOutlineKeyStyle);
    const std::string heading = label_key("四、政府信息公开行政复议、行政诉讼情况");
    const size_t n = k.spelled_prefix(heading);
    CHECK(std::string(k.text.substr(0, n)) == "四、政府信息公开行政复议 、行政诉讼情况");
    CHECK(k.spelled_prefix(label_key("四、政府信息公开行政法复议")) == 0);  // a different word
    CHECK(k.spelled_prefix("") == 0);
}

TEST_CASE("keyed text: key positions map back to text offsets", "[text]") {
    const KeyedText k("社会公益 组织法律服务机构", kTableKeyStyle);
    CHECK(k.key == "社会公益组织法律服务机构");
    const size_t after = std::string("社会公益组织").size();
    REQUIRE(k.boundary[after]);
    CHECK(k.word_end[after] == std::string("社会公益 组织").size());
    CHECK_FALSE(k.boundary[1]);  // inside the first character's bytes
    // A space after a word belongs to what precedes it in end_at, not in word_end.
    const size_t four = std::string("社会公益").size();
    CHECK(k.end_at[four] == std::string("社会公益 ").size());
    CHECK(k.word_end[four] == four);
}
