// Reader step placeholders: image markers and 见附件/详见附表 references are recorded with spans.
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


struct PlaceholderDoc {
    NormalizedText normalized;
    Document doc;
    explicit PlaceholderDoc(const std::string& text) : normalized(normalize(Source(text))) {
        doc.text = &normalized;
        read_lines(doc, EditionSet::builtin());
        read_clutter(doc, EditionSet::builtin());
        read_placeholders(doc, EditionSet::builtin());
    }
    std::string at(size_t i) const { return std::string(doc.slice(doc.placeholders.at(i).span)); }
};

}  // namespace

TEST_CASE("image markers of converters and web copies", "[hygiene][placeholders]") {
    PlaceholderDoc d("二、主动公开政府信息情况\n[image: image1.png]\n（见下表）【图片】\n![](media/image2.jpeg)\n"
                     "<img src=\"a.png\">\n");
    REQUIRE(d.doc.placeholders.size() == 4);
    CHECK(d.at(0) == "[image: image1.png]");
    CHECK(d.at(1) == "【图片】");
    CHECK(d.at(2) == "![](media/image2.jpeg)");
    CHECK(d.at(3) == "<img src=\"a.png\">");
    for (const Placeholder& p : d.doc.placeholders) CHECK(p.kind == Placeholder::Kind::Image);
}

TEST_CASE("见附件 / 详见附表 references", "[hygiene][placeholders]") {
    PlaceholderDoc d("三、收到和处理政府信息公开申请情况\n具体情况详见附表2。\n统计数据请见附件。\n");
    REQUIRE(d.doc.placeholders.size() == 2);
    CHECK(d.at(0) == "详见附表2");
    CHECK(d.at(1) == "请见附件");
    for (const Placeholder& p : d.doc.placeholders) CHECK(p.kind == Placeholder::Kind::SeeAttachment);
}

TEST_CASE("prose about pictures and an annex heading are not placeholders", "[hygiene][placeholders]") {
    PlaceholderDoc d("通过文字、图片等形式制作政策解读21个。\n（二）附表\n六、需要说明的其他事项与附表\n[1]参考文件\n");
    CHECK(d.doc.placeholders.empty());
}

TEST_CASE("the four shared samples have no placeholders", "[hygiene][placeholders][samples]") {
    for (const char* name : {"000_a149a30e1feff887.txt", "001_88afcdf2753bf816.txt", "003_4542ec8ee655ebbf.txt",
                             "2024_huaian_szf.txt"}) {
        PlaceholderDoc d(read_sample(name));
        INFO(name);
        CHECK(d.doc.placeholders.empty());
    }
}
