// Reader step garbled: U+FFFD, private-use characters, lost "?" and mojibake runs are recorded;
// legitimate rare characters, questions and Latin words are not. Samples must stay clean.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <fstream>
#include <sstream>
#include <string>

#include "reader/read_document.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {


struct GarbledDoc {
    NormalizedText normalized;
    Document doc;
    explicit GarbledDoc(const std::string& text) : normalized(normalize(Source(text))) {
        doc.text = &normalized;
        read_lines(doc, EditionSet::builtin());
        read_clutter(doc, EditionSet::builtin());
        read_garbled(doc, EditionSet::builtin());
    }
    std::string run(size_t i) const { return std::string(doc.slice(doc.garbled.at(i).span)); }
    // All runs with their reasons, for failure messages.
    std::string runs() const {
        std::string s;
        for (const GarbledRun& g : doc.garbled) s += "[" + std::string(doc.slice(g.span)) + "] " + g.reason + "\n";
        return s;
    }
};

}  // namespace

TEST_CASE("U+FFFD from undecodable bytes is garbled", "[hygiene][garbled]") {
    GarbledDoc d("2020年，我局认真落实政府\xEF\xBF\xBD\xEF\xBF\xBD公开工作要求。\n");
    INFO(d.runs());
    REQUIRE(d.doc.garbled.size() == 1);
    CHECK(d.run(0) == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(d.doc.garbled[0].reason.find("U+FFFD") != std::string::npos);
}

TEST_CASE("invalid UTF-8 bytes (GBK read as UTF-8) become one garbled run", "[hygiene][garbled]") {
    // "信息" in GBK is D0 C5 CF A2; inside UTF-8 text these bytes are invalid.
    GarbledDoc d("2020年政府\xD0\xC5\xCF\xA2公开工作年度报告\n");
    INFO(d.runs());
    REQUIRE(d.doc.garbled.size() == 1);
}

TEST_CASE("an ASCII ? between Han characters is a lost character; questions are not", "[hygiene][garbled]") {
    GarbledDoc d("我局认真落实政府?息公开工作要求。\n是否需要公开?经研究予以公开。\n如有疑问？请与我们联系。\n"
                 "网址为www.example.gov.cn/?id=3。\n");
    INFO(d.runs());
    REQUIRE(d.doc.garbled.size() == 1);
    CHECK(d.run(0) == "?");
    // It is the one in "政府?息".
    CHECK(std::string(d.doc.slice({d.doc.garbled[0].span.begin - 6, d.doc.garbled[0].span.end + 3})) == "政府?息");
}

TEST_CASE("private-use characters next to Han characters are garbled", "[hygiene][garbled]") {
    GarbledDoc d("本机关共受理\xEE\x80\x81\xEE\x80\x82申请3件。\n");
    INFO(d.runs());
    REQUIRE(d.doc.garbled.size() == 1);
    CHECK(d.run(0) == "\xEE\x80\x81\xEE\x80\x82");
}

TEST_CASE("GBK read as Latin-1 (Õþ¸®ÐÅÏ¢¹«¿ª) is a mojibake run", "[hygiene][garbled]") {
    GarbledDoc d("2020年Õþ¸®ÐÅÏ¢¹«¿ª¹¤×÷Äê¶È±¨¸æ\n");
    INFO(d.runs());
    REQUIRE(d.doc.garbled.size() == 1);
    CHECK(d.doc.garbled[0].reason.find("Latin-1") != std::string::npos);
}

TEST_CASE("UTF-8 read as GBK (鏀垮簻淇℃伅) is a mojibake run", "[hygiene][garbled]") {
    GarbledDoc d("鏀垮簻淇℃伅鍏紑宸ヤ綔骞村害鎶ュ憡\n");
    INFO(d.runs());
    REQUIRE(d.doc.garbled.size() == 1);
    CHECK(d.doc.garbled[0].reason.find("GBK") != std::string::npos);
    GarbledDoc k("文件名显示为锟斤拷锟斤拷。\n");
    REQUIRE(k.doc.garbled.size() == 1);
    CHECK(k.run(0) == "锟斤拷锟斤拷");
}

TEST_CASE("rare characters in names, a Latin word and symbols are not garbled", "[hygiene][garbled]") {
    GarbledDoc d("联系人：王璐璐、李瑾、张婧、刘楠，电话0517-83605210。\n"
                 "参加培训的有买买提·艾力、Café 员工、温度为25°C、面积3×4米。\n"
                 "璀璨的憧憬与宸宇。\n");
    INFO(d.runs());
    CHECK(d.doc.garbled.empty());
}

TEST_CASE("the four shared samples have no garbled text", "[hygiene][garbled][samples]") {
    for (const char* name : {"000_a149a30e1feff887.txt", "001_88afcdf2753bf816.txt", "003_4542ec8ee655ebbf.txt",
                             "2024_huaian_szf.txt"}) {
        GarbledDoc d(read_sample(name));
    INFO(d.runs());
        INFO(name);
        CHECK(d.doc.garbled.empty());
    }
}
