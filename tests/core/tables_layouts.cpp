// The table reader on each layout in isolation: tab rows (browser copy of an HTML table), aligned
// spaces, one cell per line; blank cells, signed numbers and amounts; generic tab rows with totals.
#include <catch2/catch.hpp>

#include "core/support/read_text.h"

#include "edition/table_spec.h"
#include "reader/read_document.h"
#include "reader/tables/cell_number.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {

const char* kReviewHeader = "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
                            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n";

}  // namespace

TEST_CASE("cell numbers: signs, units, separators", "[tables]") {
    auto n = parse_cell_number("+3", {0, 2});
    CHECK(n.valid);
    CHECK(n.value == 3);
    n = parse_cell_number("-18", {0, 3});
    CHECK(n.valid);
    CHECK(n.negative);
    CHECK(n.value == -18);
    n = parse_cell_number("25.1万元", {0, 10});
    CHECK(n.valid);
    CHECK(n.unit == "万元");
    CHECK(n.value == Approx(25.1));
    CHECK_FALSE(n.integral);
    n = parse_cell_number("1,234", {0, 5});
    CHECK(n.valid);
    CHECK(n.value == 1234);
    CHECK_FALSE(parse_cell_number("1.", {0, 2}).valid);
    CHECK_FALSE(parse_cell_number("-4-", {0, 3}).valid);
    CHECK_FALSE(parse_cell_number("2017年", {0, 7}).valid);
}

TEST_CASE("label keys ignore width, spaces, separators and ordinals", "[tables]") {
    CHECK(table_label_key("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") ==
          table_label_key("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"));
    CHECK(table_label_key("商业 企业") == "商业企业");
    CHECK(strip_ordinal(table_label_key("1、申请人无正当理由")) == strip_ordinal(table_label_key("1.申请人无正当理由")));
    CHECK(strip_ordinal(table_label_key("三、本年度办理结果")) == "本年度办理结果");
    CHECK(strip_ordinal(table_label_key("三、")).empty());
}

TEST_CASE("table 四 in tab rows with a blank cell", "[tables]") {
    ReadText r(std::string(kReviewHeader) + "1\t0\t\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n");
    const Table* t = r.first("review_litigation");
    REQUIRE(t);
    CHECK(t->layout == "tab-rows");
    REQUIRE(t->cells.size() == 1);
    REQUIRE(t->cells[0].size() == 15);
    CHECK(t->ragged_rows.empty());
    CHECK(t->cells[0][2].blank);            // blank stays blank, not 0
    CHECK_FALSE(t->cells[0][3].blank);
    CHECK(t->cells[0][4].number.value == 1);
}

TEST_CASE("table 三 in tab rows, with group headers in their own cells", "[tables]") {
    std::string text = "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\t法人或其他组织\t总计\n"
                       "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n";
    const char* labels[] = {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                            "三、本年度办理结果\t（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                            "（三）不予公开\t1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                            "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                            "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供\t1.本机关不掌握相关政府信息",
                            "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理\t1.信访举报投诉类申请",
                            "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                            "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理"};
    int k = 0;
    for (const char* l : labels) {
        text += l;
        for (int c = 0; c < 7; ++c) text += "\t" + std::to_string(k % 3);
        text += "\n";
        ++k;
    }
    ReadText r(text);
    const Table* t = r.first("applications");
    REQUIRE(t);
    CHECK(t->layout == "tab-rows");
    CHECK(t->row_keys.size() == 23);
    CHECK(t->missing_rows.empty());
    CHECK(t->edition == "2019");
    CHECK(t->cells[4][0].number.value == 4 % 3);  // r5 = 1.属于国家秘密, the fifth row written
}

TEST_CASE("table 二 block in aligned spaces with signed change and amount", "[tables]") {
    ReadText r("二、主动公开政府信息情况\n第二十条第（五）项\n信息内容      上一年项目数量   本年增/减   处理决定数量\n"
               "行政许可          12         +3        40\n其他对外管理服务事项    5     -1     7\n"
               "第二十条第（九）项\n信息内容    采购项目数量    采购总金额\n政府集中采购    2    25.1万元\n");
    std::vector<const Table*> blocks;
    for (const Table& t : r.doc.tables)
        if (t.topic == "proactive") blocks.push_back(&t);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0]->layout == "aligned");
    CHECK(blocks[0]->block == "item5");
    CHECK(blocks[0]->cells[0][1].number.value == 3);
    CHECK(blocks[0]->cells[1][1].number.negative);
    CHECK(blocks[1]->cells[0][1].number.unit == "万元");
    CHECK(blocks[0]->edition == "2019");
}

TEST_CASE("generic tab rows with a 合计 row", "[tables]") {
    ReadText r("附表\n类别\t本年\t历年累计\n文件\t3\t10\n通知\t4\t12\n合计\t7\t22\n");
    const Table* t = r.first("generic");
    REQUIRE(t);
    CHECK(t->layout == "tab-rows");
    CHECK(t->col_labels == std::vector<std::string>{"本年", "历年累计"});
    CHECK(t->total_rows == std::vector<int>{2});
    CHECK(t->cells[2][1].number.value == 22);
}

TEST_CASE("reading is linear on a long table-like input", "[tables]") {
    std::string text = "申请人情况\n";
    for (int i = 0; i < 20000; ++i) text += "标签" + std::to_string(i % 7) + "\t1\t2\t3\n";
    ReadText r(text);
    CHECK(r.doc.tables.size() >= 1);
}

TEST_CASE("table 四 written as three lines of five under their group labels", "[tables]") {
    ReadText r("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
               "行政复议\t1\t0\t0\t0\t1\n未经复议直接起诉\t0\t2\t0\t0\t2\n复议后起诉\t0\t0\t0\t3\t3\n");
    const Table* t = r.first("review_litigation");
    REQUIRE(t);
    REQUIRE(t->cells.size() == 1);
    CHECK(t->ragged_rows.empty());
    CHECK(t->cells[0][6].number.value == 2);
    CHECK(t->cells[0][14].number.value == 3);
}
