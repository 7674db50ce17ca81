#include "reader/date_scan.h"

#include <string>

namespace nianbao {
namespace {

constexpr int kMinYear = 1900, kMaxYear = 2099;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Chinese numeral characters used in dates, with their values. ○ (U+25CB) and O stand for 〇 in
// typed signatures; ASCII 0 is handled separately ("二0一二年"). Every one is a 3-byte UTF-8 sequence.
// This is asked at every lead byte of the text, so it decodes once and switches instead of comparing
// twelve strings.
int cn_digit_value(char32_t cp) {
    switch (cp) {
        case U'〇': case U'零': case U'○': return 0;
        case U'一': return 1;
        case U'二': return 2;
        case U'三': return 3;
        case U'四': return 4;
        case U'五': return 5;
        case U'六': return 6;
        case U'七': return 7;
        case U'八': return 8;
        case U'九': return 9;
        default: return -1;
    }
}
// The code point of the 3-byte UTF-8 sequence at text[i], or 0 when there is none.
char32_t three_byte_at(std::string_view t, uint32_t i, uint32_t end) {
    if (end - i < 3) return 0;
    const auto b0 = static_cast<unsigned char>(t[i]);
    if ((b0 & 0xF0) != 0xE0) return 0;
    const auto b1 = static_cast<unsigned char>(t[i + 1]), b2 = static_cast<unsigned char>(t[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
    return (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | char32_t(b2 & 0x3F);
}
constexpr std::string_view kTen = "十";

class Scanner {
public:
    Scanner(std::string_view text, Span range) : t_(text), begin_(range.begin), end_(range.end) {
        if (end_ > t_.size()) end_ = static_cast<uint32_t>(t_.size());
        if (begin_ > end_) begin_ = end_;
    }

    std::vector<DateToken> run() {
        std::vector<DateToken> out;
        uint32_t i = begin_;
        while (i < end_) {
            const char c = t_[i];
            if (is_digit(c) && (i == begin_ || !is_ascii_alnum(t_[i - 1]))) {
                uint32_t j = i;
                while (j < end_ && is_digit(t_[j])) ++j;
                if (auto tok = arabic(i, j)) {
                    out.push_back(*tok);
                    i = tok->span.end;
                } else {
                    i = j;
                }
                continue;
            }
            if (static_cast<unsigned char>(c) >= 0x80) {
                int v;
                if (cn_digit_at(i, v) && !(i > begin_ && cn_digit_before(i))) {
                    if (auto tok = chinese(i)) {
                        out.push_back(*tok);
                        i = tok->span.end;
                        continue;
                    }
                }
            }
            ++i;  // continuation bytes never start a match, so byte steps are safe
        }
        return out;
    }

private:
    std::string_view t_;
    uint32_t begin_, end_;

    bool at(uint32_t i, std::string_view lit) const {
        return i <= end_ && end_ - i >= lit.size() && t_.compare(i, lit.size(), lit) == 0;
    }
    // Spaces, tabs and at most one line break between the parts of a date (PDF text wraps lines).
    uint32_t gap(uint32_t i) const {
        int spaces = 0;
        bool newline = false;
        while (i < end_ && spaces < 8) {
            if (t_[i] == ' ' || t_[i] == '\t') {
                ++i;
                ++spaces;
            } else if (t_[i] == '\n' && !newline) {
                newline = true;
                ++i;
            } else {
                break;
            }
        }
        return i;
    }
    bool cn_digit_at(uint32_t i, int& value) const {
        if (i > end_) return false;
        const int v = cn_digit_value(three_byte_at(t_, i, end_));
        if (v < 0) return false;
        value = v;
        return true;
    }
    bool cn_digit_before(uint32_t i) const {
        return i - begin_ >= 3 && cn_digit_value(three_byte_at(t_, i - 3, end_)) >= 0;
    }
    // 1–2 ASCII digits (not more) → value; returns the end or i when none.
    uint32_t small_arabic(uint32_t i, int& value) const {
        uint32_t j = i;
        value = 0;
        while (j < end_ && is_digit(t_[j]) && j - i < 3) value = value * 10 + (t_[j++] - '0');
        if (j == i || j - i > 2) return i;
        return j;
    }
    // Chinese month/day numeral: 五, 十, 十二, 二十, 三十一 → value; returns the end or i when none.
    uint32_t small_chinese(uint32_t i, int& value) const {
        uint32_t j = i;
        int first = -1, v = 0;
        if (cn_digit_at(j, v) && v > 0) {
            first = v;
            j += 3;
        }
        if (at(j, kTen)) {
            j += kTen.size();
            int tens = first < 0 ? 1 : first;
            int unit = 0;
            if (cn_digit_at(j, v) && v > 0) {
                unit = v;
                j += 3;
            }
            value = tens * 10 + unit;
            return j;
        }
        if (first < 0) return i;
        value = first;
        return j;
    }
    uint32_t small_number(uint32_t i, int& value) const {
        uint32_t j = small_arabic(i, value);
        return j != i ? j : small_chinese(i, value);
    }

    // After "年" (or a fused year+month): "M月D日" / "M月" / nothing.
    // Fills month/day and the end; returns false when no month follows.
    bool month_day(uint32_t i, DateToken& tok, bool month_known) const {
        uint32_t k = i;
        if (!month_known) {
            int m;
            const uint32_t s = gap(i);
            const uint32_t e = small_number(s, m);
            if (e == s) return false;
            k = gap(e);
            if (!at(k, "月")) return false;
            tok.month = m;
            k += 3;
        }
        tok.span.end = k;
        int d;
        const uint32_t s = gap(k);
        const uint32_t e = small_number(s, d);
        if (e == s) return true;
        const uint32_t u = gap(e);
        if (at(u, "日") || at(u, "号")) {
            tok.day = d == 0 ? -1 : d;  // "0日" is written, and wrong
            tok.span.end = u + 3;
        }
        return true;
    }

    std::optional<DateToken> arabic(uint32_t i, uint32_t j) const {
        const uint32_t len = j - i;
        if (len > 6) return std::nullopt;
        int value = 0;
        for (uint32_t k = i; k < j; ++k) value = value * 10 + (t_[k] - '0');
        DateToken tok;
        tok.span = {i, j};
        const uint32_t k = gap(j);
        if (len == 4 && value >= kMinYear && value <= kMaxYear) {
            if (at(k, "年")) {
                tok.year = value;
                if (!month_day(k + 3, tok, false)) return std::nullopt;  // a year, not a date
                return tok;
            }
            if (j < end_ && (t_[j] == '-' || t_[j] == '/' || t_[j] == '.')) return iso(i, j, value);
            return std::nullopt;
        }
        if ((len == 5 || len == 6) && at(k, "月")) {
            const int year = value / (len == 5 ? 10 : 100);
            const int month = value % (len == 5 ? 10 : 100);
            if (year < kMinYear || year > kMaxYear || month < 1 || month > 12) return std::nullopt;
            tok.form = DateToken::Form::Fused;
            tok.year = year;
            tok.month = month;
            month_day(k + 3, tok, true);
            return tok;
        }
        if (len <= 2 && at(k, "月")) {
            tok.month = value;
            month_day(k + 3, tok, true);
            if (!tok.has_day()) return std::nullopt;  // "3月", "1-2月": not dates
            return tok;
        }
        return std::nullopt;
    }

    // 2021-01-19, 2021/1/19, 2021.1.19 — only when valid: anything else is likely not a date.
    std::optional<DateToken> iso(uint32_t i, uint32_t j, int year) const {
        const char sep = t_[j];
        int m, d;
        const uint32_t me = small_arabic(j + 1, m);
        if (me == j + 1 || me >= end_ || t_[me] != sep) return std::nullopt;
        const uint32_t de = small_arabic(me + 1, d);
        if (de == me + 1) return std::nullopt;
        if (de < end_ && (is_digit(t_[de]) || (sep == '.' && t_[de] == '.'))) return std::nullopt;
        if (!is_valid_date(year, m, d)) return std::nullopt;
        DateToken tok;
        tok.form = DateToken::Form::Iso;
        tok.span = {i, de};
        tok.year = year;
        tok.month = m;
        tok.day = d;
        return tok;
    }

    // 二0一二年二月十日, 二〇一九年三月五日: a four-numeral year, then month and day.
    std::optional<DateToken> chinese(uint32_t i) const {
        uint32_t k = i;
        int year = 0, count = 0;
        while (count < 4) {
            int v;
            if (cn_digit_at(k, v)) {
                k += 3;
            } else if (k < end_ && (t_[k] == '0' || t_[k] == 'O' || t_[k] == 'o')) {
                v = 0;
                k += 1;
            } else {
                break;
            }
            year = year * 10 + v;
            ++count;
        }
        if (count != 4 || year < kMinYear || year > kMaxYear) return std::nullopt;
        k = gap(k);
        if (!at(k, "年")) return std::nullopt;
        DateToken tok;
        tok.form = DateToken::Form::Chinese;
        tok.span = {i, k};
        tok.year = year;
        if (!month_day(k + 3, tok, false) || !tok.has_day()) return std::nullopt;
        return tok;
    }
};

}  // namespace

std::vector<DateToken> scan_dates(std::string_view text, Span range) { return Scanner(text, range).run(); }

std::optional<Date> complete_date(const DateToken& t) {
    if (t.form == DateToken::Form::Fused || !t.has_year() || !t.has_day()) return std::nullopt;
    if (!is_valid_date(t.year, t.month, t.day)) return std::nullopt;
    return Date{t.year, t.month, t.day, t.span};
}

std::optional<Date> intended_date(const DateToken& t) {
    if (!t.has_day() || t.day < 1) return std::nullopt;
    if (t.day > days_in_month(t.year, t.month)) return std::nullopt;
    return Date{t.year, t.month, t.day, t.span};
}

std::optional<MalformedDate> malformed_date(const DateToken& t, std::string_view text) {
    MalformedDate m;
    m.span = t.span;
    m.raw = std::string(text.substr(t.span.begin, t.span.size()));
    const std::string month = std::to_string(t.month);
    if (t.form == DateToken::Form::Fused) {
        m.reason = "年份与月份连在一起，缺少“年”字";
        if (auto d = intended_date(t)) m.likely = d;
        else if (t.has_day()) m.reason += "，且" + month + "月没有" + std::to_string(t.day) + "日";
        return m;
    }
    if (t.month < 1 || t.month > 12) {
        m.reason = "月份“" + month + "”不存在";
        return m;
    }
    if (t.has_day() && (t.day < 1 || t.day > days_in_month(t.year, t.month))) {
        const int last = days_in_month(t.year, t.month);
        if (t.day < 1) {
            m.reason = "日期不能为0日";
        } else {
            m.reason = (t.has_year() ? std::to_string(t.year) + "年" : std::string()) + month + "月只有" +
                       std::to_string(last) + "天，没有" + std::to_string(t.day) + "日";
            // 30 or 31 past the month's end is almost always meant as the month's last day.
            if (t.has_year() && t.day <= 31) m.likely = Date{t.year, t.month, last, t.span};
        }
        return m;
    }
    return std::nullopt;
}

}  // namespace nianbao
