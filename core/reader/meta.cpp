// Title, agency, agency kind, report year, publication date and statistics period → doc.meta.
// Runs after read_dates; each part lives in its own meta_*.cpp (see meta_parts.h).
#include "reader/meta_parts.h"
#include "reader/read_document.h"

namespace nianbao {

namespace meta {

namespace {
// One numeral of a year: ASCII digit, or a Chinese numeral (〇零○ and O for zero). -1 otherwise.
int numeral_before(std::string_view s, size_t end, size_t& len) {
    if (end >= 1) {
        const char c = s[end - 1];
        if (c >= '0' && c <= '9') {
            len = 1;
            return c - '0';
        }
        if (c == 'O' || c == 'o') {
            len = 1;
            return 0;
        }
    }
    static constexpr std::string_view kCn[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (end >= 3) {
        const std::string_view prev = s.substr(end - 3, 3);
        for (int v = 0; v < 10; ++v)
            if (prev == kCn[v]) {
                len = 3;
                return v;
            }
        if (prev == "零" || prev == "○") {
            len = 3;
            return 0;
        }
    }
    return -1;
}
}  // namespace

int year_before_nian(std::string_view s, size_t from, size_t* at, size_t* end) {
    constexpr std::string_view kNian = "年";
    for (size_t p = s.find(kNian, from); p != std::string_view::npos; p = s.find(kNian, p + kNian.size())) {
        size_t pos = p, len = 0;
        int value = 0, mul = 1, count = 0;
        while (count < 5) {
            const int v = numeral_before(s, pos, len);
            if (v < 0) break;
            value += v * mul;
            mul *= 10;
            pos -= len;
            ++count;
        }
        if (count == 4 && value >= 1900 && value <= 2099) {
            if (at) *at = pos;
            if (end) *end = p + kNian.size();
            return value;
        }
    }
    return 0;
}

}  // namespace meta

void read_meta(Document& doc, const EditionSet&) {
    meta::read_title(doc);
    const std::string signature_agency = meta::read_published(doc);
    meta::read_period(doc);
    meta::read_agency(doc, signature_agency);
    meta::read_report_year(doc);
}

}  // namespace nianbao
