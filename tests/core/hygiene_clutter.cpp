// Reader step clutter: web chrome, Word debris, PDF page footers, official-document footers and
// attachment names are marked and recorded; content lines stay content. Fixtures are cut from the
// shared samples (named) or written like them.
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


// A Document read by the lines and clutter steps only.
struct ClutterDoc {
    NormalizedText normalized;
    Document doc;
    explicit ClutterDoc(const std::string& text) : normalized(normalize(Source(text))) {
        doc.text = &normalized;
        read_lines(doc, EditionSet::builtin());
        read_clutter(doc, EditionSet::builtin());
    }
    std::string slice(Span s) const { return std::string(doc.slice(s)); }
    // The line whose trimmed text contains `needle`.
    const Line* line_with(const std::string& needle) const {
        for (const Line& l : doc.lines)
            if (slice(l.span).find(needle) != std::string::npos) return &l;
        return nullptr;
    }
    // Whether the line containing `needle` is clutter (the line must exist).
    bool clutter(const std::string& needle) const {
        const Line* l = line_with(needle);
        INFO(needle);
        REQUIRE(l);
        return l->clutter;
    }
    const Artifact* artifact_with(const std::string& needle) const {
        for (const Artifact& a : doc.artifacts)
            if (slice(a.span).find(needle) != std::string::npos) return &a;
        return nullptr;
    }
};

}  // namespace

TEST_CASE("sample 001 web copy: breadcrumb and 发布时间 furniture line are clutter", "[hygiene][clutter]") {
    ClutterDoc d(
        "首页 > 蚌山区残疾人联合会信息公开年报\n\n2020年区残联政府信息公开工作年度报告\n\n"
        "发布时间:2021-01-19 15:48 信息来源:蚌山区残疾人联合会 阅读次数: 编辑:蚌山区残联 字号:【\u00a0\u00a0】\n\n"
        "本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由蚌山区残联编制。\n");
    const Line* crumb = d.line_with("首页");
    REQUIRE(crumb);
    CHECK(crumb->clutter);
    const Artifact* a = d.artifact_with("首页");
    REQUIRE(a);
    CHECK(a->kind == Artifact::Kind::Breadcrumb);
    CHECK(d.slice(a->span) == "首页 > 蚌山区残疾人联合会信息公开年报");

    const Line* furniture = d.line_with("发布时间");
    REQUIRE(furniture);
    CHECK(furniture->clutter);
    // The metadata stays in the text for read_meta.
    CHECK(d.slice(furniture->span).find("2021-01-19 15:48") != std::string::npos);
    REQUIRE(d.artifact_with("发布时间"));
    CHECK(d.artifact_with("发布时间")->kind == Artifact::Kind::PageFurniture);

    CHECK_FALSE(d.clutter("年度报告"));
    CHECK_FALSE(d.clutter("本报告是根据"));
    CHECK(d.doc.artifacts.size() == 2);
}

TEST_CASE("sample 001 last line: the attachment file name is clutter", "[hygiene][clutter]") {
    ClutterDoc d("确保政务信息化工作的有序进行。\n\n区残联2020年政府信息公开工作年度报告.pdf");
    const Line* name = d.line_with(".pdf");
    REQUIRE(name);
    CHECK(name->clutter);
    REQUIRE(d.doc.artifacts.size() == 1);
    CHECK(d.doc.artifacts[0].kind == Artifact::Kind::Attachment);
    CHECK_FALSE(d.clutter("有序进行"));
}

TEST_CASE("sample 003: only the [bookmark: _GoBack] marker is clutter, its line stays content", "[hygiene][clutter]") {
    ClutterDoc d("(一)主动公开政府信息数量和类别\n"
                 "[bookmark: _GoBack]  2017年,我会主动公开政府信息7类35条，其中：康复类6条。\n");
    const Line* line = d.line_with("bookmark");
    REQUIRE(line);
    CHECK_FALSE(line->clutter);
    REQUIRE(d.doc.artifacts.size() == 1);
    CHECK(d.slice(d.doc.artifacts[0].span) == "[bookmark: _GoBack]");
    CHECK(d.doc.artifacts[0].kind == Artifact::Kind::WordDebris);
}

TEST_CASE("sample 000 end: PAGE field then its page number are Word debris", "[hygiene][clutter]") {
    ClutterDoc d("环翠区残联\n\n二0一二年二月十日\n\nPAGE  \n3\n\n");
    const Line* page = d.line_with("PAGE");
    REQUIRE(page);
    CHECK(page->clutter);
    const Line* number = nullptr;
    for (const Line& l : d.doc.lines)
        if (d.slice(l.span) == "3") number = &l;
    REQUIRE(number);
    CHECK(number->clutter);
    REQUIRE(d.doc.artifacts.size() == 1);
    CHECK(d.doc.artifacts[0].text == "PAGE 3");
    CHECK_FALSE(d.clutter("二0一二年"));
}

TEST_CASE("sample 003 end: (此页无正文), 抄送 block and 印发 line are the document footer", "[hygiene][clutter]") {
    ClutterDoc d("（此页无正文）\n\n晋江市残疾人联合会\n\n2018年1月2日\n\n"
                 "抄送： 晋江市政府办;\n       本会领导。\n"
                 "晋江市残疾人联合会                   2018年 1月2日印发\n");
    CHECK(d.clutter("此页无正文"));
    CHECK(d.clutter("抄送"));
    CHECK(d.clutter("本会领导"));
    CHECK(d.clutter("印发"));
    // The signature stays content (read_meta takes the date from it).
    CHECK_FALSE(d.clutter("2018年1月2日"));
    for (const Artifact& a : d.doc.artifacts) CHECK(a.kind == Artifact::Kind::DocumentFooter);
    CHECK(d.doc.artifacts.size() == 4);
}

TEST_CASE("PDF page footers in their several spellings; table numbers are not footers", "[hygiene][clutter]") {
    ClutterDoc d("                                          -1-\n营商环境高质量推进产业发展\n-2-\n"
                 "- 3 -\n第 4 页 共 6 页\n第5页\n—6—\n-7\n3\n+3\n-1\n");
    int footers = 0;
    for (const Artifact& a : d.doc.artifacts) footers += a.kind == Artifact::Kind::PageFooter;
    CHECK(footers == 6);
    CHECK_FALSE(d.clutter("营商环境"));
    for (const Line& l : d.doc.lines) {
        const std::string s = d.slice(l.span);
        if (s == "-7" || s == "3" || s == "+3" || s == "-1") CHECK_FALSE(l.clutter);
    }
}

TEST_CASE("web buttons and share rows are furniture; prose mentioning them is not", "[hygiene][clutter]") {
    ClutterDoc d("【打印本页】 【关闭窗口】\n字体:【大 中 小】\n扫一扫在手机打开当前页\n您当前的位置:首页 > 政务公开\n"
                 "来源:区残联\n"
                 "通过打印、关闭、收藏等方式，信息来源可追溯，阅读次数逐年增加。\n");
    CHECK(d.clutter("打印本页"));
    CHECK(d.clutter("字体"));
    CHECK(d.clutter("扫一扫"));
    CHECK(d.clutter("您当前的位置"));
    CHECK(d.clutter("来源:区残联"));
    CHECK_FALSE(d.clutter("通过打印"));
}

TEST_CASE("the four shared samples: clutter is exactly the expected furniture", "[hygiene][clutter][samples]") {
    SECTION("000") {
        ClutterDoc d(read_sample("000_a149a30e1feff887.txt"));
        REQUIRE(d.doc.artifacts.size() == 1);
        CHECK(d.doc.artifacts[0].kind == Artifact::Kind::WordDebris);
        CHECK(d.slice(d.doc.artifacts[0].span).rfind("PAGE", 0) == 0);
    }
    SECTION("001") {
        ClutterDoc d(read_sample("001_88afcdf2753bf816.txt"));
        std::string kinds;
        for (const Artifact& a : d.doc.artifacts) kinds += artifact_kind_label(a.kind) + std::string(";");
        CHECK(kinds == "网页导航;网页页面元素;附件文件名;");
    }
    SECTION("003") {
        ClutterDoc d(read_sample("003_4542ec8ee655ebbf.txt"));
        REQUIRE(d.artifact_with("[bookmark: _GoBack]"));
        int footer = 0, other = 0;
        for (const Artifact& a : d.doc.artifacts)
            (a.kind == Artifact::Kind::DocumentFooter ? footer : other)++;
        CHECK(footer == 4);  // (此页无正文), 抄送, 本会领导, 印发
        CHECK(other == 1);
        // The annex table (tab-indented row blocks) is content.
        CHECK_FALSE(d.clutter("主动公开文件数"));
    }
    SECTION("2024 huaian") {
        ClutterDoc d(read_sample("2024_huaian_szf.txt"));
        int footers = 0;
        for (const Artifact& a : d.doc.artifacts) {
            CHECK(a.kind == Artifact::Kind::PageFooter);
            footers += a.kind == Artifact::Kind::PageFooter;
        }
        CHECK(footers == 6);  // -1- … -6-
    }
}

TEST_CASE("a government site's info table, neighbours and footer are furniture; the title is not", "[hygiene][clutter]") {
    ClutterDoc d("索引号：11320800014075071E/2021-00012\t主题分类：其他\n"
                 "发布机构：淮安市人民政府办公室\t生成日期：2021-01-20\n"
                 "名称：淮安市人民政府2020年政府信息公开工作年度报告\n"
                 "淮安市人民政府2020年政府信息公开工作年度报告\n"
                 "本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》规定编制。\n"
                 "上一篇：淮安市人民政府2019年政府信息公开工作年度报告\n"
                 "主办单位：淮安市人民政府办公室  网站标识码：3208000001\n"
                 "苏ICP备05009145号  苏公网安备 32080202000123号\n");
    CHECK(d.clutter("索引号"));
    CHECK(d.clutter("发布机构"));
    CHECK(d.clutter("上一篇"));
    CHECK(d.clutter("主办单位"));
    CHECK(d.clutter("ICP备"));
    CHECK_FALSE(d.clutter("名称:"));
    CHECK_FALSE(d.clutter("本报告由"));
    for (const Line& l : d.doc.lines)
        if (d.slice(l.span) == "淮安市人民政府2020年政府信息公开工作年度报告") CHECK_FALSE(l.clutter);
    CHECK(d.doc.artifacts.size() == 5);
}
