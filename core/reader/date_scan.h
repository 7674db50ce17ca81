#pragma once
// The one date scanner of the reader: finds date-like strings in a range of the normalized text,
// valid or not, so that read_dates (every date, malformed ones) and read_meta (publication date,
// statistics period) agree on what a date is. Linear, no backtracking beyond a few bytes.
//
// Forms recognised (spaces and one line break allowed between the parts, as in PDF text):
//   2020年1月1日 / 2020年1月 / 1月1日 (year not written) / 2021-01-19, 2021/1/19, 2021.1.19 /
//   二0一二年二月十日, 二〇一九年三月五日 / 20201月1日, 202012月31日 (year fused with the month).
// Not dates: "2020年" alone (a year), "1-2月", "3月" alone, phone numbers and postcodes.
#include <optional>
#include <string_view>
#include <vector>

#include "document/date.h"
#include "text/span.h"

namespace nianbao {

struct DateToken {
    enum class Form { Arabic, Chinese, Iso, Fused };
    Span span;          // normalized bytes, from the first digit to 日/号 (or 月 when no day)
    int year = 0;       // 0: not written ("12月31日")
    int month = 0;      // as written, may be out of range ("13月")
    int day = 0;        // 0: not written ("2020年1月")
    Form form = Form::Arabic;
    bool has_year() const { return year != 0; }
    bool has_day() const { return day != 0; }
};

std::vector<DateToken> scan_dates(std::string_view text, Span range);

// A complete, valid date with its year: what goes into Document::dates.
std::optional<Date> complete_date(const DateToken& t);

// Why the token is not a valid date, with the likely intended date; nullopt when it is fine
// (complete or partial: "2020年1月" and "12月31日" are fine).
std::optional<MalformedDate> malformed_date(const DateToken& t, std::string_view text);

// The date the token most likely stands for, for use in meta (period, publication): the written
// date when valid, the repaired one for a fused year/month. Year may be 0 when not written.
std::optional<Date> intended_date(const DateToken& t);

}  // namespace nianbao
