#include "reader/heading_marker.h"

#include <algorithm>

#include "text/utf8.h"

namespace nianbao {

namespace {

int chinese_digit(char32_t c) {
    switch (c) {
        case U'一': return 1; case U'二': return 2; case U'三': return 3; case U'四': return 4;
        case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8;
        case U'九': return 9; case U'十': return 10;
        default: return 0;
    }
}

std::u32string decode_all(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        int len;
        out += utf8::decode(s, i, len);
        i += len;
    }
    return out;
}

size_t utf8_length_of(std::u32string_view s) {
    size_t n = 0;
    for (char32_t c : s) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    return n;
}

}  // namespace

int chinese_number(std::u32string_view s) {
    if (s.empty() || s.size() > 3) return 0;
    for (char32_t c : s)
        if (!chinese_digit(c)) return 0;
    if (s.size() == 1) return chinese_digit(s[0]);
    if (s.size() == 2) {
        if (s[0] == U'十') return 10 + chinese_digit(s[1]);
        if (s[1] == U'十') return chinese_digit(s[0]) * 10;
        return 0;
    }
    if (s[1] != U'十' || s[0] == U'十' || s[2] == U'十') return 0;
    return chinese_digit(s[0]) * 10 + chinese_digit(s[2]);
}

HeadingMarker match_heading_marker(std::string_view s) {
    HeadingMarker m;
    const std::u32string u = decode_all(s.substr(0, std::min<size_t>(s.size(), 40)));
    if (u.empty()) return m;
    auto is_digit = [](char32_t c) { return c >= '0' && c <= '9'; };
    // level 1: 一、 / 十二、 (also "一." and "一 、")
    {
        size_t k = 0;
        while (k < u.size() && k < 3 && chinese_digit(u[k])) ++k;
        if (k > 0 && k < u.size() && (u[k] == U'、' || u[k] == U'.' || u[k] == U'．')) {
            if (int n = chinese_number(u.substr(0, k))) {
                m = {1, n, std::string(s.substr(0, utf8_length_of(u.substr(0, k)))), utf8_length_of(u.substr(0, k + 1)), false};
                return m;
            }
        }
    }
    if (u[0] == U'(') {
        size_t k = 1;
        while (k < u.size() && k < 4 && chinese_digit(u[k])) ++k;
        if (k > 1 && k < u.size() && u[k] == U')') {
            if (int n = chinese_number(u.substr(1, k - 1))) {
                size_t len = k + 1;
                if (len < u.size() && (u[len] == U'、' || u[len] == U'.')) ++len;
                m = {2, n, std::string(s.substr(0, utf8_length_of(u.substr(0, k + 1)))), utf8_length_of(u.substr(0, len)), false};
                return m;
            }
        }
        k = 1;
        while (k < u.size() && k < 3 && is_digit(u[k])) ++k;
        if (k > 1 && k < u.size() && u[k] == U')') {
            int n = 0;
            for (size_t i = 1; i < k; ++i) n = n * 10 + static_cast<int>(u[i] - '0');
            m = {4, n, std::string(s.substr(0, k + 1)), k + 1, false};
            return m;
        }
        return m;
    }
    if (is_digit(u[0])) {
        size_t k = 0;
        while (k < u.size() && k < 2 && is_digit(u[k])) ++k;
        if (k < u.size() && (u[k] == U'.' || u[k] == U'、' || u[k] == U'．') &&
            !(k + 1 < u.size() && is_digit(u[k + 1]))) {
            int n = 0;
            for (size_t i = 0; i < k; ++i) n = n * 10 + static_cast<int>(u[i] - '0');
            m = {3, n, std::string(s.substr(0, k)), utf8_length_of(u.substr(0, k + 1)), false};
            return m;
        }
        return m;
    }
    // ")政府信息管理情况": the opening bracket and number were lost (web copies of Word lists).
    if (u[0] == U')' && u.size() > 1 && u[1] >= 0x4E00 && u[1] <= 0x9FFF) {
        m = {2, 0, "", 1, true};
        return m;
    }
    return m;
}

}  // namespace nianbao
