// Reader step dates and the shared date scanner: every date form found in the samples, the
// malformed ones with their likely intended date, and the look-alikes that are not dates.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <string>

#include "reader/date_scan.h"
#include "reader/read_document.h"
#include "text/normalized_text.h"
#include "text/source.h"

using namespace nianbao;

namespace {

struct DatesDoc {
    NormalizedText normalized;
    Document doc;
    explicit DatesDoc(const std::string& text) : normalized(normalize(Source(text))) {
        doc.text = &normalized;
        read_lines(doc, EditionSet::builtin());
        read_dates(doc, EditionSet::builtin());
    }
    std::string slice(Span s) const { return std::string(doc.slice(s)); }
};

std::vector<DateToken> scan(const std::string& s) {
    return scan_dates(s, Span{0, static_cast<uint32_t>(s.size())});
}

}  // namespace

TEST_CASE("Date basics: iso, validity, month lengths", "[dates]") {
    CHECK(Date{2021, 1, 19, {}}.iso() == "2021-01-19");
    CHECK(chinese_date(Date{2021, 1, 19, {}}) == "2021年1月19日");
    CHECK(is_valid_date(2020, 2, 29));
    CHECK_FALSE(is_valid_date(2019, 2, 29));
    CHECK_FALSE(is_valid_date(1900, 2, 29));
    CHECK(is_valid_date(2000, 2, 29));
    CHECK_FALSE(is_valid_date(2020, 13, 1));
    CHECK_FALSE(is_valid_date(2020, 4, 31));
    CHECK_FALSE(is_valid_date(2020, 1, 0));
    CHECK(days_in_month(0, 2) == 29);  // year not written: 2月29日 may be right
}

TEST_CASE("Arabic dates, with the spaces of PDF text", "[dates]") {
    // 2024_huaian_szf.txt: "报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。"
    DatesDoc d("报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。");
    REQUIRE(d.doc.dates.size() == 2);
    CHECK(d.doc.dates[0].iso() == "2024-01-01");
    CHECK(d.slice(d.doc.dates[0].span) == "2024 年 1 月 1 日");
    CHECK(d.doc.dates[1].iso() == "2024-12-31");
    CHECK(d.doc.malformed_dates.empty());
}

TEST_CASE("A date wrapped over a line break is still one date", "[dates]") {
    DatesDoc d("统计期限自2024年1月1日至2024年12\n月31日。");
    REQUIRE(d.doc.dates.size() == 2);
    CHECK(d.doc.dates[1].iso() == "2024-12-31");
}

TEST_CASE("Chinese-numeral signature dates (0 and 〇 both)", "[dates]") {
    // 000_a149a30e1feff887.txt ends with "环翠区残联\n\n二0一二年二月十日"
    DatesDoc a("环翠区残联\n\n二0一二年二月十日\n");
    REQUIRE(a.doc.dates.size() == 1);
    CHECK(a.doc.dates[0].iso() == "2012-02-10");
    CHECK(a.slice(a.doc.dates[0].span) == "二0一二年二月十日");
    DatesDoc b("二〇一九年三月五日");
    REQUIRE(b.doc.dates.size() == 1);
    CHECK(b.doc.dates[0].iso() == "2019-03-05");
    DatesDoc c("二〇二一年十二月三十一日");
    REQUIRE(c.doc.dates.size() == 1);
    CHECK(c.doc.dates[0].iso() == "2021-12-31");
    DatesDoc e("二零二一年一月二十日");
    REQUIRE(e.doc.dates.size() == 1);
    CHECK(e.doc.dates[0].iso() == "2021-01-20");
}

TEST_CASE("Page timestamps: ISO dates, full-width too", "[dates]") {
    // 001_88afcdf2753bf816.txt: "发布时间:2021-01-19 15:48 信息来源:蚌山区残疾人联合会"
    DatesDoc d("发布时间:2021-01-19 15:48 信息来源:蚌山区残疾人联合会");
    REQUIRE(d.doc.dates.size() == 1);
    CHECK(d.doc.dates[0].iso() == "2021-01-19");
    DatesDoc w("发布时间：２０２１／１／１９");  // full-width, normalized to ASCII
    REQUIRE(w.doc.dates.size() == 1);
    CHECK(w.doc.dates[0].iso() == "2021-01-19");
}

TEST_CASE("Fused year and month: malformed, with the likely date", "[dates]") {
    // 001_88afcdf2753bf816.txt
    DatesDoc d("本报告中所列数据的统计期限自20201月1日起至202012月31日止。");
    CHECK(d.doc.dates.empty());
    REQUIRE(d.doc.malformed_dates.size() == 2);
    const MalformedDate& a = d.doc.malformed_dates[0];
    CHECK(d.slice(a.span) == "20201月1日");
    CHECK(a.raw == "20201月1日");
    REQUIRE(a.likely);
    CHECK(a.likely->iso() == "2020-01-01");
    CHECK(a.reason.find("年") != std::string::npos);
    const MalformedDate& b = d.doc.malformed_dates[1];
    CHECK(d.slice(b.span) == "202012月31日");
    REQUIRE(b.likely);
    CHECK(b.likely->iso() == "2020-12-31");
}

TEST_CASE("Impossible months and days are malformed", "[dates]") {
    DatesDoc d("2019年13月完成，2月30日召开会议，2020年6月31日前报送，2021年1月0日。");
    REQUIRE(d.doc.malformed_dates.size() == 4);
    CHECK(d.slice(d.doc.malformed_dates[0].span) == "2019年13月");
    CHECK_FALSE(d.doc.malformed_dates[0].likely);
    CHECK(d.slice(d.doc.malformed_dates[1].span) == "2月30日");
    CHECK_FALSE(d.doc.malformed_dates[1].likely);  // no year written: the month's end is unknown
    CHECK(d.slice(d.doc.malformed_dates[2].span) == "2020年6月31日");
    REQUIRE(d.doc.malformed_dates[2].likely);
    CHECK(d.doc.malformed_dates[2].likely->iso() == "2020-06-30");
    CHECK(d.slice(d.doc.malformed_dates[3].span) == "2021年1月0日");
    CHECK(d.doc.dates.empty());
}

TEST_CASE("Look-alikes that are not dates", "[dates]") {
    // 001: phone, postcode; 003: fax; years alone; month ranges; counts of months.
    const std::string text =
        "(地址:东海大道3858号蚌山发展大厦1号楼5楼,邮编:233000,电话:0552-2073025)"
        "传真： 0595-85609630。2020年,我部门共受理3件。1-2月受理2件，3月受理1件。"
        "全年12个月均按时更新。版本1.2.3。2012年度工作要点。〔2018〕2号。";
    DatesDoc d(text);
    CHECK(d.doc.dates.empty());
    CHECK(d.doc.malformed_dates.empty());
    CHECK(scan(d.normalized.text).empty());
}

TEST_CASE("Dates without a year are tokens but not listed dates", "[dates]") {
    // 003_4542ec8ee655ebbf.txt: "所列数据的统计期限从2017年1月1日到12月31日止"
    const std::string s = "所列数据的统计期限从2017年1月1日到12月31日止";
    auto toks = scan(s);
    REQUIRE(toks.size() == 2);
    CHECK(toks[0].year == 2017);
    CHECK_FALSE(toks[1].has_year());
    CHECK(toks[1].month == 12);
    CHECK(toks[1].day == 31);
    DatesDoc d(s);
    REQUIRE(d.doc.dates.size() == 1);
    CHECK(d.doc.malformed_dates.empty());
}

TEST_CASE("The official-document footer date is a date too", "[dates]") {
    // 003: "晋江市残疾人联合会                   2018年 1月2日印发"
    DatesDoc d("晋江市残疾人联合会                   2018年 1月2日印发");
    REQUIRE(d.doc.dates.size() == 1);
    CHECK(d.doc.dates[0].iso() == "2018-01-02");
}

TEST_CASE("The scanner is linear and safe on hostile input", "[dates]") {
    std::string s;
    for (int i = 0; i < 20000; ++i) s += "2020年1月二〇一";
    s += "\xE5\xB9";  // truncated UTF-8 at the end
    auto toks = scan(s);
    REQUIRE(toks.size() == 20000);  // each "2020年1月" is a month, never a day
    for (const auto& t : toks) CHECK_FALSE(t.has_day());
    std::string digits(100000, '2');
    for (const auto& t : scan(digits + "年1月1日")) CHECK_FALSE(t.has_year());  // no 100000-digit year
    CHECK(scan("").empty());
    CHECK(scan("年月日二〇年月").empty());
}

TEST_CASE("All sample dates are read without malformed ones except 001's two", "[dates]") {
    for (const char* name : {"000_a149a30e1feff887.txt", "003_4542ec8ee655ebbf.txt", "2024_huaian_szf.txt"}) {
        INFO(name);
        const std::string text = read_sample(name);  // throws (fails) when the file is missing
        DatesDoc d(text);
        CHECK(d.doc.malformed_dates.empty());
        CHECK_FALSE(d.doc.dates.empty());
    }
}
