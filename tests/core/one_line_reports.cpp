// Reports whose whole body arrived on one line (a site's archive lost every paragraph break):
// inline headings become sections, table rows stay out of the outline, and table cells whose
// separators were lost are divided only when the format allows exactly one way.
// Text: ../shared/corpus/2021_pingtan_gwh.txt, 2022_pingtan_gwh.txt, 2018_pingtan_gwh.txt (平潭综合实验区).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

#include "check/check.h"
#include "core/support/samples.h"

using namespace nianbao;

namespace {

std::unique_ptr<Result> check_text(std::string text, const std::string& edition = "auto") {
    CheckOptions o;
    o.edition = edition;
    return check(std::move(text), o);
}

const Section* section(const Document& d, int level, const std::string& number) {
    for (const Section& s : d.sections)
        if (s.level == level && s.number == number) return &s;
    return nullptr;
}

const Table* table(const Document& d, const std::string& topic, const std::string& block = "") {
    for (const Table& t : d.tables)
        if (t.topic == topic && (block.empty() || t.block == block)) return &t;
    return nullptr;
}

std::vector<long double> row_values(const Table& t, const std::string& key) {
    std::vector<long double> out;
    for (size_t r = 0; r < t.row_keys.size(); ++r)
        if (t.row_keys[r] == key)
            for (const Cell& c : t.cells[r]) out.push_back(c.number.valid ? c.number.value : -1);
    return out;
}

size_t count_rule(const Result& r, const std::string& rule) {
    return static_cast<size_t>(std::count_if(r.findings.begin(), r.findings.end(),
                                             [&](const Finding& f) { return f.rule == rule; }));
}

// The body of 2021_pingtan_gwh.txt from its 一、 to its end, cut short inside the prose parts.
const std::string kOneLine2021 =
    "平潭综合实验区2021年度政府信息公开工作年度报告\n"
    "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，我区编制完成了本报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
    "联系地址：平潭综合实验区北厝金井湾片区管委会大楼主楼14层；邮编：350400；电话/传真：0591-23165370。"
    "一、总体情况2021年，我区以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心深化政务公开。"
    "（一）主动公开方面。全年主动公开我区各级单位政府信息2645条，主要通过政府网站、政务新媒体等媒介进行公开。"
    "（二）依申请公开方面。本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。"
    "（三）政府信息管理方面。一是加强组织领导。二是规范审核审核发布机制。"
    "（四）平台载体建设方面。先后关停未进行规范管理的政务新媒体2个。"
    "（五）监督保障方面。常态化开展督查检查。"
    "二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 000行政规范性文件693665"
    "第二十条第（五）项信息内容本年处理决定数量行政许可2293 第二十条第（六）项信息内容 本年处理决定数量行政处罚1282行政强制42"
    "第二十条第（八）项信息内容 本年收费金额（单位：万元）行政事业性收费24252.311082"
    "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计 商业企业科研机构社会公益组织法律服务机构其他"
    "一、本年新收政府信息公开申请数量640020470二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开270020130"
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）500000 5（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000"
    "3.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息10000016.属于四类过程性信息00000007.属于行政执法案卷6000006"
    "8.属于行政查询事项1000001（四）无法提供1.本机关不掌握相关政府信息2200003252.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000"
    "（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000"
    "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000"
    "3.其他1000001（七）总计630020469四、结转下年度继续办理1000001 "
    "四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉"
    "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计10203120001200000"
    "五、存在的主要问题及改进情况（一）存在的主要问题:政策解读形式不够丰富。（二）改进措施：一是丰富政策解读形式。二是加强重点政务信息管理。"
    "六、其他需要报告的事项2021年，无收取信息处理费情况。 附件下载\n";

}  // namespace

TEST_CASE("one-line body: inline headings become the outline, with titles cut from the body", "[one-line]") {
    auto r = check_text(kOneLine2021);
    const Document& d = r->doc;
    const Section* overview = section(d, 1, "一");
    REQUIRE(overview);
    CHECK(overview->title == "总体情况");  // "一、总体情况2021年，我区…": the year starts the body
    CHECK(overview->topic == "overview");
    REQUIRE(section(d, 1, "六"));
    CHECK(section(d, 1, "六")->title == "其他需要报告的事项");
    CHECK(section(d, 1, "四")->topic == "review_litigation");
    CHECK(section(d, 2, "(五)"));
    CHECK(section(d, 2, "(五)")->title == "监督保障方面");
    // Six parts, each once: table rows ("一、本年新收…", "四、结转下年度继续办理") are not headings.
    int level1 = 0;
    for (const Section& s : d.sections) {
        if (s.level != 1) continue;
        ++level1;
        CHECK(s.title.find("结转下年度") == std::string::npos);
        CHECK(s.title.find("本年新收") == std::string::npos);
    }
    CHECK(level1 == 6);
    CHECK(count_rule(*r, "section.missing") == 0);
    CHECK(count_rule(*r, "section.numbering") == 0);
}

TEST_CASE("one-line body: table 三's run-together digits are divided the only way E1-E3 allow", "[one-line][fused]") {
    auto r = check_text(kOneLine2021);
    const Table* t = table(r->doc, "applications");
    REQUIRE(t);
    CHECK(t->fused_digits == Table::FusedDigits::Split);
    CHECK(row_values(*t, "r1") == std::vector<long double>{64, 0, 0, 2, 0, 4, 70});
    CHECK(row_values(*t, "r4") == std::vector<long double>{5, 0, 0, 0, 0, 0, 5});  // "500000 5"
    CHECK(row_values(*t, "r13") == std::vector<long double>{22, 0, 0, 0, 0, 3, 25});  // "…3252.没有…"
    CHECK(row_values(*t, "r22") == std::vector<long double>{63, 0, 0, 2, 0, 4, 69});
    CHECK(row_values(*t, "r23") == std::vector<long double>{1, 0, 0, 0, 0, 0, 1});
    const Table* review = table(r->doc, "review_litigation");
    REQUIRE(review);
    CHECK(row_values(*review, "r1") ==
          std::vector<long double>{1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0});  // 17 digits, 15 cells
    CHECK(count_rule(*r, "table.sum") == 0);
    CHECK(count_rule(*r, "table.missing") == 0);
    CHECK(count_rule(*r, "table.fused-digits") >= 2);  // the reviewer is told the cells were inferred
}

TEST_CASE("fused digits: an ambiguous block is left unchecked, with one note", "[one-line][fused]") {
    auto r = check_text(kOneLine2021);
    // "行政规范性文件693665" in three columns without an equation: 69|3|665, 6|93|665, 693|6|65, …
    const Table* item1 = table(r->doc, "proactive", "item1");
    REQUIRE(item1);
    CHECK(item1->fused_digits == Table::FusedDigits::Unsplit);
    CHECK_FALSE(item1->numbers_readable());
    CHECK(count_rule(*r, "table.cell") == 0);
    bool noted = false;
    for (const Finding& f : r->findings)
        noted = noted || (f.rule == "table.fused-digits" && f.severity == Severity::Info &&
                          f.message.find("无法") != std::string::npos);
    CHECK(noted);
}

TEST_CASE("fused digits: a wrong total cannot be guessed right, so nothing is summed", "[one-line][fused]") {
    // As 2021_pingtan_gwh but 一、本年新收 says 640020471: no division makes 总计 the sum of its parts.
    std::string text = kOneLine2021;
    const std::string right = "申请数量640020470";
    text.replace(text.find(right), right.size(), "申请数量640020471");
    auto r = check_text(text);
    const Table* t = table(r->doc, "applications");
    REQUIRE(t);
    CHECK(t->fused_digits == Table::FusedDigits::Unsplit);
    CHECK(count_rule(*r, "table.sum") == 0);
    CHECK(count_rule(*r, "table.fused-digits") >= 1);
}

TEST_CASE("fused digits: separated cells in a one-line body are checked as usual", "[one-line][fused]") {
    // 表四 of 2022_pingtan_gwh.txt is space-separated; a wrong 总计 there is a real table.sum.
    const std::string body =
        "平潭综合实验区2022年政府信息公开工作年度报告\n"
        "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。一、总体情况 2022年，平潭综合实验区坚持以习近平新时代中国特色社会主义思想为指导，"
        "深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，不断提升政务公开质量，为实验区高质量发展提供有力保障。"
        "（一）主动公开方面 平潭综合实验区切实落实国务院办公厅、省政府办公厅关于政务公开工作的部署要求。"
        "四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 "
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 0 1 1 0 3 1 0 0 0 1 0 0 0 0 0 "
        "五、存在的主要问题及改进情况 2022年，平潭综合实验区政府信息公开工作仍存在一些不足。六、其他需要报告的事项 2022年，无收取信息处理费情况。\n";
    auto r = check_text(body);
    const Table* review = table(r->doc, "review_litigation");
    REQUIRE(review);
    CHECK(review->fused_digits == Table::FusedDigits::None);
    CHECK(count_rule(*r, "table.sum") == 1);  // 0 + 1 + 1 + 0 is 2, not 3
}

TEST_CASE("one-line body: a paragraph with an inline list keeps its line", "[one-line]") {
    // Not a collapsed body: one level-1 heading only, a list inside a paragraph.
    const std::string text =
        "某局2020年政府信息公开工作年度报告\n\n一、总体情况\n"
        "2020年，本局主动公开政府信息120条，其中：1.机构职能类信息10条。2.政策文件类信息30条。3.其他信息80条。"
        "本局认真贯彻落实《条例》，不断完善政府信息公开工作机制，持续加强平台建设和监督保障，各项工作取得新进展。"
        "本局认真贯彻落实《条例》，不断完善政府信息公开工作机制，持续加强平台建设和监督保障，各项工作取得新进展。\n";
    auto r = check_text(text);
    for (const Section& s : r->doc.sections) CHECK(s.level == 1);
}

TEST_CASE("one-line body: a 2008-format report's parts are found inline", "[one-line]") {
    // 2018_pingtan_gwh.txt: "…163.com。一、概述2018年以来,…（一）着力加强公开解读回应工作1.围绕…（1）…"
    auto r = check_text(read_corpus("2018_pingtan_gwh.txt"));
    const Document& d = r->doc;
    REQUIRE(section(d, 1, "一"));
    CHECK(section(d, 1, "一")->title == "概述");
    CHECK(section(d, 2, "(一)"));
    CHECK(section(d, 2, "(一)")->title == "着力加强公开解读回应工作");  // runs into its "1." directly
    CHECK(section(d, 3, "1"));
    CHECK(section(d, 4, "(1)"));
    CHECK(section(d, 1, "四"));
    CHECK(section(d, 1, "四")->topic == "review_litigation");
    CHECK(count_rule(*r, "table.sum") == 0);
}

TEST_CASE("one-line body: a table row with a run of thousands of digits stays fast", "[one-line][fused][hostile]") {
    auto make = [](size_t digits) {
        std::string text = kOneLine2021;
        const std::string row = "申请数量640020470";
        text.replace(text.find(row), row.size(), "申请数量" + std::string(digits, '7'));
        return text;
    };
    auto seconds = [&](const std::string& text) {
        double best = 1e9;
        for (int i = 0; i < 3; ++i) {
            const auto t0 = std::chrono::steady_clock::now();
            auto r = check_text(text);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            const Table* t = table(r->doc, "applications");
            REQUIRE(t);
            CHECK(t->fused_digits == Table::FusedDigits::Unsplit);
            CHECK(count_rule(*r, "table.sum") == 0);
        }
        return best;
    };
    const double small = seconds(make(1000)), large = seconds(make(10000));
    INFO("1,000 digits: " << small * 1e3 << " ms; 10,000 digits: " << large * 1e3 << " ms");
    CHECK(large <= 20 * small + 0.005);
}
