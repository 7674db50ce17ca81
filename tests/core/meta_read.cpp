// Reader step meta: title, agency and kind, report year, publication date and statistics period,
// on the four shared samples (expected/*.json meta) and on focused cases written like them.
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


struct MetaDoc {
    NormalizedText normalized;
    Document doc;
    explicit MetaDoc(const std::string& text) : normalized(normalize(Source(text))) {
        doc = read_document(normalized, EditionSet::builtin());
    }
    std::string slice(Span s) const { return std::string(doc.slice(s)); }
    const Meta& m() const { return doc.meta; }
};

}  // namespace

TEST_CASE("Sample 000: no year in the title, body 2011年度, Chinese-numeral signature", "[meta]") {
    MetaDoc d(read_sample("000_a149a30e1feff887.txt"));
    CHECK(d.m().title == "区残联政府信息公开工作年度报告");
    CHECK(d.slice(d.m().title_span) == "区残联政府信息公开工作年度报告");
    CHECK_FALSE(d.m().title_year);
    REQUIRE(d.m().year);
    CHECK(*d.m().year == 2011);
    CHECK(d.m().year_source == "body");
    REQUIRE(d.m().published);
    CHECK(d.m().published->iso() == "2012-02-10");
    CHECK(d.m().published_source == "signature");
    CHECK(d.slice(d.m().published_span) == "二0一二年二月十日");
    CHECK(d.m().agency == "环翠区残联");  // the title says only "区残联"
    CHECK(d.m().kind == AgencyKind::Department);
    CHECK_FALSE(d.m().period);
}

TEST_CASE("Sample 001: web page, 发布时间, fused period dates", "[meta]") {
    MetaDoc d(read_sample("001_88afcdf2753bf816.txt"));
    CHECK(d.m().title == "2020年区残联政府信息公开工作年度报告");  // not the breadcrumb
    REQUIRE(d.m().title_year);
    CHECK(*d.m().title_year == 2020);
    REQUIRE(d.m().year);
    CHECK(*d.m().year == 2020);
    CHECK(d.m().year_source == "title");
    REQUIRE(d.m().published);
    CHECK(d.m().published->iso() == "2021-01-19");
    CHECK(d.m().published_source == "page");
    CHECK(d.m().source_agency == "蚌山区残疾人联合会");
    CHECK(d.m().agency == "蚌山区残疾人联合会");
    CHECK(d.m().kind == AgencyKind::Department);
    REQUIRE(d.m().period);  // stated, with fused dates: read as meant
    CHECK(d.m().period->from.iso() == "2020-01-01");
    CHECK(d.m().period->to.iso() == "2020-12-31");
    CHECK(d.doc.malformed_dates.size() == 2);
}

TEST_CASE("Sample 003: 文号, inherited period year, signature not the 印发 footer", "[meta]") {
    MetaDoc d(read_sample("003_4542ec8ee655ebbf.txt"));
    CHECK(d.m().title == "晋江市残疾人联合会2017年政府信息公开工作年度报告");
    CHECK(d.m().doc_number == "晋残〔2018〕2号");
    REQUIRE(d.m().year);
    CHECK(*d.m().year == 2017);
    REQUIRE(d.m().period);
    CHECK(d.m().period->from.iso() == "2017-01-01");
    CHECK(d.m().period->to.iso() == "2017-12-31");
    CHECK(d.slice(d.m().period->span).find("从2017年1月1日到12月31日") != std::string::npos);
    REQUIRE(d.m().published);
    CHECK(d.m().published->iso() == "2018-01-02");
    CHECK(d.m().published_source == "signature");
    CHECK(d.slice(d.m().published_span) == "2018年1月2日");  // the signature line, not "2018年 1月2日印发"
    CHECK(d.m().agency == "晋江市残疾人联合会");
    CHECK(d.m().kind == AgencyKind::Department);
}

TEST_CASE("Sample huaian: PDF title over two lines, government, spaced period", "[meta]") {
    MetaDoc d(read_sample("2024_huaian_szf.txt"));
    CHECK(d.m().title == "淮安市人民政府2024年政府信息公开工作年度报告");
    CHECK(d.slice(d.m().title_span).find("淮安市人民政府\n") == 0);
    REQUIRE(d.m().year);
    CHECK(*d.m().year == 2024);
    CHECK(d.m().agency == "淮安市人民政府");
    CHECK(d.m().kind == AgencyKind::Government);
    CHECK_FALSE(d.m().kind_reason.empty());
    REQUIRE(d.m().period);
    CHECK(d.m().period->from.iso() == "2024-01-01");
    CHECK(d.m().period->to.iso() == "2024-12-31");
    CHECK_FALSE(d.m().published);  // no 发布时间, no signature date: null, not guessed
}

TEST_CASE("Report year falls back to the period, then the publication year", "[meta]") {
    MetaDoc p("某县民政局政府信息公开工作年度报告\n\n本报告统计期限为2019年1月1日至2019年12月31日。\n");
    REQUIRE(p.m().year);
    CHECK(*p.m().year == 2019);
    CHECK(p.m().year_source == "period");

    MetaDoc q("某县民政局政府信息公开工作年度报告\n\n发布时间:2021-01-19 15:48\n\n我局认真贯彻落实条例。\n");
    REQUIRE(q.m().year);
    CHECK(*q.m().year == 2020);
    CHECK(q.m().year_source == "published");
}

TEST_CASE("Body year: a majority, not the next year's plan", "[meta]") {
    // 000's shape: 2011年度 twice, a heading "2012年度政府信息公开工作要点" once.
    MetaDoc d("区残联政府信息公开工作年度报告\n\n2011年度，区残联认真贯彻执行《条例》。\n"
              "一、概述\n\n2011年度共公开信息34条。\n七、2012年度政府信息公开工作要点\n");
    REQUIRE(d.m().year);
    CHECK(*d.m().year == 2011);
    CHECK(d.m().body_years.size() == 3);
}

TEST_CASE("Period forms: 统计时限, whole-year wording, year only in the second date", "[meta]") {
    MetaDoc a("某局2020年政府信息公开工作年度报告\n统计时限为2020年1月1日-12月31日。\n");
    REQUIRE(a.m().period);
    CHECK(a.m().period->from.iso() == "2020-01-01");
    CHECK(a.m().period->to.iso() == "2020-12-31");

    MetaDoc b("某局2020年政府信息公开工作年度报告\n本报告统计期限为2020年度。\n");
    REQUIRE(b.m().period);
    CHECK(b.m().period->from.iso() == "2020-01-01");
    CHECK(b.m().period->to.iso() == "2020-12-31");

    MetaDoc c("某局2020年政府信息公开工作年度报告\n本报告所列数据统计期限自2019年1月1日至2019年12月31日止。\n");
    REQUIRE(c.m().period);
    CHECK(c.m().period->from.year == 2019);
    CHECK(*c.m().year == 2020);  // the title decides; period.mismatch reports the rest

    // A single cut-off date is not a period; nor is "自2013年1月1日起进行统计" (003).
    MetaDoc e("某局2020年政府信息公开工作年度报告\n统计时间截至2020年12月31日。相关数据自2013年1月1日起进行统计。\n");
    CHECK_FALSE(e.m().period);
}

TEST_CASE("Agency kind: governments, their offices, departments, 街道", "[meta]") {
    MetaDoc gov("北京市2020年政府信息公开工作年度报告\n\n2020年,北京市认真落实《条例》。\n");
    CHECK(gov.m().kind == AgencyKind::Government);
    MetaDoc abbreviated("2020年海淀区政府信息公开工作年度报告\n\n2020年,海淀区认真落实《条例》。\n");
    CHECK(abbreviated.m().kind == AgencyKind::Government);
    MetaDoc office("广东省人民政府办公厅2020年政府信息公开工作年度报告\n\n2020年,本厅认真落实《条例》。\n");
    CHECK(office.m().kind == AgencyKind::Department);
    MetaDoc bureau("某县民政局2020年政府信息公开工作年度报告\n\n2020年,我局认真落实《条例》。\n");
    CHECK(bureau.m().kind == AgencyKind::Department);
    CHECK(bureau.m().agency == "某县民政局");
    MetaDoc street("某区某某街道办事处2020年政府信息公开工作年度报告\n\n2020年,我街道认真落实《条例》。\n");
    CHECK(street.m().kind == AgencyKind::Department);
    MetaDoc town("某某镇人民政府2020年政府信息公开工作年度报告\n\n2020年,我镇认真落实《条例》。\n");
    CHECK(town.m().kind == AgencyKind::Department);
    MetaDoc zone("某某经济开发区2020年政府信息公开工作年度报告\n\n2020年,开发区认真落实。\n");
    CHECK(zone.m().kind == AgencyKind::Department);
    MetaDoc split("蚌山区2020年度残联政府信息公开工作年度报告\n\n2020年,区残联认真落实。\n");
    CHECK(split.m().agency == "蚌山区残联");
    CHECK(split.m().kind == AgencyKind::Department);
    MetaDoc whole("淮安市2024年全市政府信息公开工作年度报告\n\n2024年,我市认真落实。\n");
    CHECK(whole.m().agency == "淮安市");
    CHECK(whole.m().kind == AgencyKind::Government);
    MetaDoc about("某某市人民政府办公室\n关于2012年政府信息公开工作的报告\n\n2012年，市政府办公室认真落实。\n");
    CHECK(about.m().title == "某某市人民政府办公室关于2012年政府信息公开工作的报告");
    CHECK(about.m().agency == "某某市人民政府办公室");
    MetaDoc none("政府信息公开工作年度报告\n\n我们认真落实。\n");
    CHECK(none.m().kind == AgencyKind::Unknown);
}

TEST_CASE("Title wrapped after the wording; body 由…编制 names the agency", "[meta]") {
    MetaDoc d("某某市2021年政府信息公开\n工作年度报告\n\n本报告由某某市人民政府办公室编制。\n");
    CHECK(d.m().title == "某某市2021年政府信息公开工作年度报告");
    MetaDoc e("2021年政府信息公开工作年度报告\n\n本报告由某某市水利局根据《条例》编制。\n");
    CHECK(e.m().agency == "某某市水利局");
    CHECK(e.m().kind == AgencyKind::Department);
}

TEST_CASE("A body date before the report year ends is not the signature", "[meta]") {
    MetaDoc d("某局2020年政府信息公开工作年度报告\n\n2020年,我局认真落实《条例》。\n\n会议于\n2020年6月1日\n");
    CHECK_FALSE(d.m().published);
}

TEST_CASE("Meta on empty and odd input does not crash", "[meta]") {
    MetaDoc empty("");
    CHECK(empty.m().title.empty());
    CHECK_FALSE(empty.m().year);
    MetaDoc only_newlines("\n\n\n");
    CHECK_FALSE(only_newlines.m().published);
    MetaDoc bad("\xFF\xFE政府信息公开\xE5年度报告\n统计期限自");
    CHECK_FALSE(bad.m().period);
}

TEST_CASE("A subtitle line with the year belongs to the title", "[meta]") {
    MetaDoc d("某县民政局政府信息公开工作年度报告\n（2020年度）\n\n一、总体情况\n\n我局认真落实。\n");
    CHECK(d.m().title == "某县民政局政府信息公开工作年度报告(2020年度)");
    REQUIRE(d.m().title_year);
    CHECK(*d.m().title_year == 2020);
}

TEST_CASE("Not titles, not page dates: an introducing sentence, a date label inside a paragraph", "[meta]") {
    MetaDoc d("现将某县民政局2020年政府信息公开工作年度报告公布如下:\n"
              "某县民政局2020年政府信息公开工作年度报告\n\n"
              "2020年,我局严格执行信息审核制度，所有信息在发布前均经审核，平均信息发布时间2020年3月1日前后缩短一天，"
              "群众满意度进一步提高，各项工作有序推进，信息公开的及时性、准确性和权威性均得到了明显的增强。\n");
    CHECK(d.m().title == "某县民政局2020年政府信息公开工作年度报告");
    CHECK_FALSE(d.m().published);
}

TEST_CASE("Corpus 2013_pingtan_dsj: an archive's 标题: label is not part of the title", "[meta]") {
    MetaDoc d(read_corpus("2013_pingtan_dsj.txt"));
    CHECK(d.m().title == "平潭综合实验区地方税务局2013年信息公开年度报告");
    CHECK(d.slice(d.m().title_span) == "平潭综合实验区地方税务局2013年信息公开年度报告");
    REQUIRE(d.m().title_year);
    CHECK(*d.m().title_year == 2013);
}
