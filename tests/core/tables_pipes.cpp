// Pipe tables as markdown and PDF→markdown converters write them: cells cut at pipes, rule lines,
// blank cells, a converter's padding cell, caption headings repeated before each fragment, labels
// split over two cells or wrapped onto the lines before a row of bare values, page footers between
// fragments. The text is the report in ../shared/corpus/2025_shanghai_szfbgt_md.txt (lines 103–181:
// its 表三 and 表四 as the converter gave them); single rows are cut from it or, where said,
// rewritten into another pipe shape.
#include <catch2/catch.hpp>

#include "core/support/read_text.h"

#include <algorithm>
#include <string>
#include <vector>

#include "check/check.h"
#include "reader/tables/pipe_rows.h"

using namespace nianbao;

namespace {

const char* kTitle = "2025 年上海市人民政府办公厅政府信息公开\n工作年度报告\n";

// 2025_shanghai_szfbgt_md.txt, lines 103–181, verbatim.
const char* kShanghaiTables = R"md(三、收到和处理政府信息公开申请情况
申请人情况
法人或其他组织
（本列数据的勾稽关系为：第一项加第二项之和，
社会法律
公益服务其他
企业机构
组织机构
## 表三：收到和处理政府信息公开申请情况
| 等于第三项加第四项之和） | 自然人 | 商业 | 科研 | 总计 |
|---|---|---|---|---|
## 表三：收到和处理政府信息公开申请情况
| 一、本年新收政府信息公开申请数量 | 1259 | 36 | 0 | 0 | 0 | 0 | 1295 |
|---|---|---|---|---|---|---|---|
| 二、上年结转政府信息公开申请数量 | 170 | 15 | 0 | 0 | 4 | 0 | 189 |
| （一）予以公开 | 201 | 5 | 0 | 0 | 0 | 0 | 206 |

（二）部分公开（区分处理的，只计这一情
形，不计其他情形）
| 2 | 0 | 0 | 0 | 0 | 0 | 2 |
|---|---|---|---|---|---|---|
| 1.属于国家秘密 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |  |
|---|---|---|---|---|---|---|---|---|
| 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |
| 3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |
| （三）不 | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 予公开 | 5.属于三类内部事务信息 | 8 | 0 | 0 | 0 | 1 | 0 | 9 |
| 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |
| 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |
| 8.属于行政查询事项 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |  |
| 1.本机关不掌握相关政府信息 | 484 | 28 | 0 | 0 | 1 | 0 | 513 |  |

（四）无
| 2.没有现成信息需要另行制作 | 47 | 1 | 0 | 0 | 0 | 0 | 48 |
|---|---|---|---|---|---|---|---|

三、本法提供
年度办
理结果
5.要求行政机关确认或重新出具
已获取信息
1.申请人无正当理由逾期不补正、
开申请
| 3.补正后申请内容仍不明确 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |
|---|---|---|---|---|---|---|---|
| 1.信访举报投诉类申请 | 61 | 1 | 0 | 0 | 0 | 0 | 62 |
|---|---|---|---|---|---|---|---|
| 2.重复申请 | 16 | 0 | 0 | 0 | 0 | 0 | 16 |  |
|---|---|---|---|---|---|---|---|---|
| （五）不 | 3.要求提供公开出版物 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 予处理 | 4.无正当理由大量反复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 0 | 0 | 0 | 0 | 0 | 0 | 0 |
|---|---|---|---|---|---|---|
| 行政机关不再处理其政府信息公 | 40 | 1 | 0 | 0 | 2 | 0 | 43 |
|---|---|---|---|---|---|---|---|

（六）其
2.申请人逾期未按收费通知要求
他处理
府信息公开申请
— 5 —
| 缴纳费用、 | 行政机关不再处理其政 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
|---|---|---|---|---|---|---|---|---|
| 3.其他 | 264 | 12 | 0 | 0 | 0 | 0 | 276 |
|---|---|---|---|---|---|---|---|
| （七）总计 | 1139 | 48 | 0 | 0 | 4 | 0 | 1191 |
| 四、结转下年度继续办理 | 290 | 3 | 0 | 0 | 0 | 0 | 293 |

四、政府信息公开行政复议、行政诉讼情况
行政复议行政诉讼
未经复议直接起诉复议后起诉
结果结果其他尚未
总计结果结果其他尚未结果结果其他尚未
维持纠正结果审结维持纠正结果审结
注：行政复议、行政诉讼数量含上年度结转数量。
| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |
|---|---|---|---|---|---|
| 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
)md";

std::vector<double> values_of(const Table& t, const std::string& row) {
    std::vector<double> out;
    for (size_t r = 0; r < t.row_keys.size(); ++r)
        if (t.row_keys[r] == row)
            for (const Cell& c : t.cells[r]) out.push_back(c.blank ? -1 : c.number.value);
    return out;
}

std::string cell_text(const ReadText& r, const Cell& c) { return r.text.text.substr(c.span.begin, c.span.size()); }

int count_rule(const Result& r, const std::string& rule) {
    int n = 0;
    for (const Finding& f : r.findings) n += f.rule == rule;
    return n;
}

}  // namespace

TEST_CASE("pipe cells: edge pipes, blank cells, rule lines, caption headings", "[tables-pipes]") {
    const std::string_view row = "| 1.属于国家秘密 | 4 | 0 |  |";
    const auto cells = pipe_cells(row);
    REQUIRE(cells.size() == 4);
    CHECK(row.substr(cells[0].begin, cells[0].end - cells[0].begin) == "1.属于国家秘密");
    CHECK(row.substr(cells[1].begin, cells[1].end - cells[1].begin) == "4");
    CHECK(cells[3].blank());
    CHECK(pipe_cells("规章 | 13 | 13 | 524").size() == 4);  // no edge pipes
    CHECK(pipe_cells("|").empty());                          // a pipe alone between cells
    CHECK(pipe_cells("一、总体情况").empty());
    CHECK(is_pipe_rule("|---|---|---|---|---|---|---|---|---|"));
    CHECK(is_pipe_rule("| :--- | ---: | :-: |"));
    CHECK_FALSE(is_pipe_rule("| - | - | - |"));  // a row of dash cells is content
    CHECK_FALSE(is_pipe_rule("| 0 | 0 |"));
    CHECK(is_table_caption_heading("## 表三：收到和处理政府信息公开申请情况"));
    CHECK(is_table_caption_heading("### 附表2"));
    CHECK_FALSE(is_table_caption_heading("## 三、收到和处理政府信息公开申请情况"));
    CHECK_FALSE(is_table_caption_heading("表三：收到和处理政府信息公开申请情况"));  // a caption line of the report itself
    CHECK(markdown_heading_marker("## 表二：主动公开政府信息情况") == 3);
    CHECK(markdown_heading_marker("#1") == 0);
}

TEST_CASE("table 三 from a converter's pipe fragments (2025_shanghai_szfbgt_md)", "[tables-pipes]") {
    ReadText r(std::string(kTitle) + kShanghaiTables);
    const Table* t = r.first("applications");
    REQUIRE(t);
    CHECK(t->layout == "pipe-rows");
    CHECK(t->edition == "2021");
    CHECK(t->missing_rows.empty());
    CHECK(t->unknown_rows.empty());
    CHECK(t->ragged_rows.empty());
    // Plain rows, each fragment after a repeated "## 表三：…" caption and a rule line.
    CHECK(values_of(*t, "r1") == std::vector<double>{1259, 36, 0, 0, 0, 0, 1295});
    CHECK(values_of(*t, "r2") == std::vector<double>{170, 15, 0, 0, 4, 0, 189});
    // The label wrapped onto the two lines before a pipe row of bare values.
    CHECK(values_of(*t, "r4") == std::vector<double>{2, 0, 0, 0, 0, 0, 2});
    // "| 1.属于国家秘密 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |  |": the converter's empty last cell shifts nothing.
    CHECK(values_of(*t, "r5") == std::vector<double>{4, 0, 0, 0, 0, 0, 4});
    // Group label split over two cells: "| （三）不 | 4.保护第三方合法权益 | 0 |…", "| 予公开 | 5.属于… | 8 |…".
    CHECK(values_of(*t, "r8") == std::vector<double>{0, 0, 0, 0, 0, 0, 0});
    CHECK(values_of(*t, "r9") == std::vector<double>{8, 0, 0, 0, 1, 0, 9});
    CHECK(values_of(*t, "r13") == std::vector<double>{484, 28, 0, 0, 1, 0, 513});
    CHECK(values_of(*t, "r19") == std::vector<double>{1, 0, 0, 0, 0, 0, 1});
    // A row of bare values right after r19's row, its label lines emitted rows earlier.
    CHECK(values_of(*t, "r20") == std::vector<double>{0, 0, 0, 0, 0, 0, 0});
    // Wrapped labels scattered by the converter, one across a page footer "— 5 —".
    CHECK(values_of(*t, "r21.1") == std::vector<double>{40, 1, 0, 0, 2, 0, 43});
    CHECK(values_of(*t, "r21.2") == std::vector<double>{0, 0, 0, 0, 0, 0, 0});
    CHECK(values_of(*t, "r21.3") == std::vector<double>{264, 12, 0, 0, 0, 0, 276});
    CHECK(values_of(*t, "r22") == std::vector<double>{1139, 48, 0, 0, 4, 0, 1191});
    CHECK(values_of(*t, "r23") == std::vector<double>{290, 3, 0, 0, 0, 0, 293});
    // Spans point at the cells, not at the pipes.
    const auto r1 = std::find(t->row_keys.begin(), t->row_keys.end(), "r1") - t->row_keys.begin();
    CHECK(cell_text(r, t->cells[static_cast<size_t>(r1)][6]) == "1295");
}

TEST_CASE("table 四 after a fragmented header and a note (2025_shanghai_szfbgt_md)", "[tables-pipes]") {
    ReadText r(std::string(kTitle) + kShanghaiTables);
    const Table* t = r.first("review_litigation");
    REQUIRE(t);
    CHECK(t->layout == "pipe-rows");
    CHECK(t->ragged_rows.empty());
    REQUIRE(t->cells.size() == 1);
    CHECK(values_of(*t, "r1") == std::vector<double>{40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22});
}

TEST_CASE("the shanghai tables add up: no table.sum, no table.missing", "[tables-pipes]") {
    auto r = check(std::string(kTitle) + kShanghaiTables, CheckOptions{});
    CHECK(count_rule(*r, "table.sum") == 0);
    CHECK(count_rule(*r, "table.missing") == 0);
    CHECK(count_rule(*r, "table.edition") == 0);
}

TEST_CASE("a wrong total in a pipe table is table.sum", "[tables-pipes]") {
    // r22 自然人 1139 → 1140 breaks E1, E2 (column 自然人) and E3 (row r22) by the same amount.
    std::string text = std::string(kTitle) + kShanghaiTables;
    const std::string from = "| （七）总计 | 1139 |";
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), "| （七）总计 | 1140 |");
    auto r = check(text, CheckOptions{});
    REQUIRE(count_rule(*r, "table.sum") == 1);
    for (const Finding& f : r->findings)
        if (f.rule == "table.sum") {
            CHECK(f.expected == "1139");
            CHECK(f.actual == "1140");
        }
}

TEST_CASE("table 四 in pipe rows without edge pipes, a blank cell kept blank", "[tables-pipes]") {
    // The header and values of 2025_shanghai_szfbgt_md.txt lines 171–180, rewritten as a pipe table
    // without edge pipes and with one cell emptied.
    const char* text = "四、政府信息公开行政复议、行政诉讼情况\n"
                       "行政复议 | 行政诉讼\n"
                       "---|---\n"
                       "40 | 0 | 10 |  | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22\n";
    ReadText r(std::string(kTitle) + text);
    const Table* t = r.first("review_litigation");
    REQUIRE(t);
    REQUIRE(t->cells.size() == 1);
    REQUIRE(t->cells[0].size() == 15);
    CHECK(t->ragged_rows.empty());
    CHECK(t->cells[0][2].number.value == 10);
    CHECK(t->cells[0][3].blank);  // blank stays blank, not 0
    CHECK(t->cells[0][14].number.value == 22);
}

TEST_CASE("a pipe alone on a line between cells", "[tables-pipes]") {
    // Rows r1 and r2 of 2025_shanghai_szfbgt_md.txt, one cell per line with "|" lines between the
    // cells, as some sites and converters emit them.
    std::string text = "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n";
    for (const char* row : {"一、本年新收政府信息公开申请数量|1259|36|0|0|0|0|1295",
                            "二、上年结转政府信息公开申请数量|170|15|0|0|4|0|189"}) {
        for (const char* c = row; *c; ++c) text += *c == '|' ? std::string("\n|\n") : std::string(1, *c);
        text += "\n";
    }
    ReadText r(std::string(kTitle) + text);
    const Table* t = r.first("applications");
    REQUIRE(t);
    CHECK(values_of(*t, "r1") == std::vector<double>{1259, 36, 0, 0, 0, 0, 1295});
    CHECK(values_of(*t, "r2") == std::vector<double>{170, 15, 0, 0, 4, 0, 189});
}

TEST_CASE("a block of table 二 in bare pipe rows", "[tables-pipes]") {
    // 2025_shanghai_szfbgt_md.txt lines 94–101 (its 第二十条第（一）项), with the converter's lost
    // 本年废止件数 column restored from the text above it ("55（含自然失效 29 件）") and no edge pipes.
    const char* text = "二、主动公开政府信息情况\n第二十条第（一）项\n"
                       "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n"
                       "---|---|---|---\n"
                       "规章 | 22 | 55 | 235\n"
                       "行政规范性文件 | 34 | 0 | 189\n";
    ReadText r(std::string(kTitle) + text);
    const Table* t = r.first("proactive");
    REQUIRE(t);
    CHECK(t->layout == "pipe-rows");
    CHECK(t->ragged_rows.empty());
    CHECK(values_of(*t, "item1.rules") == std::vector<double>{22, 55, 235});
    CHECK(values_of(*t, "item1.normative") == std::vector<double>{34, 0, 189});
}
