// The one page-footer test (reader/page_footer.h) and its three users: the clutter step marks the
// line, prose paragraphs read a sentence across it, table tokens leave it out. Footer layouts are
// those of the shared samples and corpus (named) and the spellings the three former detectors
// accepted; bare numbers, years and signed cells are not footers.
#include <catch2/catch.hpp>

#include <string>

#include "reader/page_footer.h"
#include "reader/prose/prose_text.h"
#include "reader/read_document.h"
#include "reader/tables/table_tokens.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {

struct FooterDoc {
    NormalizedText normalized;
    Document doc;
    explicit FooterDoc(const std::string& text) : normalized(normalize(Source(text))) {
        doc.text = &normalized;
        read_lines(doc, EditionSet::builtin());
        read_clutter(doc, EditionSet::builtin());
    }
    size_t page_footers() const {
        size_t n = 0;
        for (const Artifact& a : doc.artifacts) n += a.kind == Artifact::Kind::PageFooter;
        return n;
    }
};

}  // namespace

TEST_CASE("page footer: every layout", "[clutter][footer]") {
    const char* footers[] = {
        "-4-", "- 4 -", "—4—", "— 5 —",  // 2025_shanghai_szfbgt_md: "— 1 —"
        "                                          -1-",  // 2024_huaian_szf, pdftotext -layout
        "–12–", "——5——", "-4—", "\t- 4 -\t", "- 1 2 -",
        "第4页", "第 4 页", "第 4 页 共 6 页", "第4页共6页", "第4页,共6页", "第4页/共6页", "第4页、共6页",
        "共6页第4页", "共 6 页 第 4 页",
        "4 / 6", "4/6", "12/120",
    };
    for (const char* f : footers) {
        INFO(f);
        CHECK(is_page_footer(f));
    }
}

TEST_CASE("page footer: numbers, years and text are not footers", "[clutter][footer]") {
    const char* not_footers[] = {
        "", " ", "4", "34", "0",             // table cells of sample 001, Word's PAGE result of sample 000
        "2021年", "2021", "-7", "+3", "-1",  // a year, signed 本年增/减 cells
        "-12345-", "第12345页",             // five digits: not a page number
        "2021/3", "6/4", "0/6", "3/2021",   // dates and ratios: a page is not past the last one
        "第4页内容", "见第4页", "-4-5", "4-", "第页", "--", "——",
        "营商环境高质量推进产业发展",
    };
    for (const char* f : not_footers) {
        INFO(f);
        CHECK_FALSE(is_page_footer(f));
    }
}

TEST_CASE("page footer: the clutter step marks footer lines, not table numbers", "[clutter][footer]") {
    // 2025_shanghai_szfbgt_md: the footer between two lines of one sentence; a table cell "22".
    FooterDoc d("及市委、市政府关于新时代政务公开工作的各项要求，着力发挥\n— 1 —\n"
                "政务公开促落实、优服务、强监督作用，持续推动政务公开工作\n22\n第 2 页 共 6 页\n3 / 6\n2021年\n");
    CHECK(d.page_footers() == 3);
    for (const Line& l : d.doc.lines) {
        const std::string_view s = d.doc.slice(l.span);
        if (s == "22" || s == "2021年" || s.find("政务公开") != std::string_view::npos) CHECK_FALSE(l.clutter);
    }
}

TEST_CASE("page footer: prose reads a sentence across it, table tokens leave it out", "[clutter][footer]") {
    // 2024_huaian_szf: "-2-" in the middle of a sentence; a document built by hand (no lines read),
    // as the prose and table readers also meet it.
    NormalizedText normalized = normalize(Source("将栏目不更\n-2-\n新、政策解读不通俗易懂\n\t4 / 6\n\t规章\t13\n"));
    Document doc;
    doc.text = &normalized;
    const std::vector<prose::Paragraph> paragraphs = prose::paragraphs(doc);
    REQUIRE(paragraphs.size() == 1);
    CHECK(paragraphs[0].text == "将栏目不更新、政策解读不通俗易懂");
    const TokenStream ts = table_tokens(doc);
    for (const TableToken& t : ts.tokens) CHECK(ts.slice(t.span).find('/') == std::string_view::npos);
    bool cell = false;
    for (const TableToken& t : ts.tokens) cell = cell || (t.kind == TableToken::Kind::Number && t.number.value == 13);
    CHECK(cell);
}
