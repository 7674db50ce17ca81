#include "reader/tables/cell_number.h"

#include <string>

namespace nianbao {

namespace {

constexpr std::string_view kUnits[] = {"万元", "亿元", "元", "人次", "条", "件", "个", "项", "次",
                                       "人", "篇", "期", "场", "家", "户", "份", "%"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Number parse_cell_number(std::string_view raw, Span span) {
    Number n;
    n.raw = std::string(raw);
    n.span = span;
    std::string_view s = raw;
    for (std::string_view u : kUnits)
        if (s.size() > u.size() && s.substr(s.size() - u.size()) == u) {
            n.unit = std::string(u);
            s.remove_suffix(u.size());
            break;
        }
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);  // "34 条"
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        n.negative = s[i] == '-';
        ++i;
    }
    long double value = 0;
    int digits = 0, group = 0;
    bool grouped = false;
    for (; i < s.size(); ++i) {
        if (is_digit(s[i])) {
            value = value * 10 + (s[i] - '0');
            ++digits;
            ++group;
        } else if (s[i] == ',' && digits > 0 && (grouped ? group == 3 : group <= 3)) {
            grouped = true;
            group = 0;
        } else {
            break;
        }
    }
    if (digits == 0 || (grouped && group != 3)) return n;
    if (i < s.size() && s[i] == '.') {
        ++i;
        long double scale = 0.1L;
        int frac = 0;
        for (; i < s.size() && is_digit(s[i]); ++i, ++frac) {
            value += (s[i] - '0') * scale;
            scale /= 10;
            if (s[i] != '0') n.integral = false;
        }
        digits += frac;
        if (frac == 0) return n;  // "1." is an ordinal, not a number
    }
    if (i != s.size()) return n;
    n.overflow = digits > 15;
    n.valid = true;
    n.value = n.negative ? -value : value;
    return n;
}

bool is_dash_cell(std::string_view raw) {
    static constexpr std::string_view dashes[] = {"-", "--", "—", "——", "―", "/", "\\", "无", "空", "×", "\\/"};
    for (std::string_view d : dashes)
        if (raw == d) return true;
    return false;
}

}  // namespace nianbao
