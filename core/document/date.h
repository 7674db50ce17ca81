#pragma once
// Calendar dates as found in reports, and the statistics period.
#include <optional>
#include <string>

#include "text/span.h"

namespace nianbao {

struct Date {
    int year = 0, month = 0, day = 0;
    Span span;
    std::string iso() const;  // "2021-01-19"
    friend bool operator<(const Date& a, const Date& b) {
        return a.year != b.year ? a.year < b.year : a.month != b.month ? a.month < b.month : a.day < b.day;
    }
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
};

bool is_valid_date(int year, int month, int day);
// Days in the month (1..12) of the year; year 0 (not written) counts as a leap year. 0 for a bad month.
int days_in_month(int year, int month);
// For messages: "2021年1月19日".
std::string chinese_date(const Date& d);

// A date-like string that is not a valid date: "20201月1日", "2019年13月", "2月30日".
struct MalformedDate {
    Span span;
    std::string raw;
    std::string reason;            // Chinese: "年份与月份粘连，缺少“年”字"
    std::optional<Date> likely;    // the probably intended date, when it can be told
};

struct Period {
    Date from, to;
    Span span;  // the whole statement "统计期限自…至…止"
};

}  // namespace nianbao
