#pragma once
// Small scanning helpers shared by the input-hygiene readers (clutter, garbled, placeholders) and
// the text.* rules: trimming, whitespace-free comparison and character classes. Linear, no regex.
#include <string>
#include <string_view>

#include "text/source.h"
#include "text/span.h"

namespace nianbao::hygiene {

inline bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The span of `s` inside `line` without leading/trailing spaces and tabs.
inline Span trimmed(std::string_view text, Span line) {
    uint32_t b = line.begin, e = line.end;
    while (b < e && is_space_byte(text[b])) ++b;
    while (e > b && is_space_byte(text[e - 1])) --e;
    return {b, e};
}

// `s` with every space and tab removed (normalized text has only these as white space). Runs
// between spaces are copied whole: this runs on every line of the report.
inline std::string compact(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_space_byte(s[i])) ++i;
        size_t j = i;
        while (j < s.size() && !is_space_byte(s[j])) ++j;
        out.append(s.data() + i, j - i);
        i = j;
    }
    return out;
}

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// ASCII-case-insensitive suffix test (file extensions).
inline bool ends_with_ci(std::string_view s, std::string_view p) {
    if (s.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
        char a = s[s.size() - p.size() + i], b = p[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
        if (a != b) return false;
    }
    return true;
}

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// CJK ideographs (URO, extensions A–G, compatibility) and 〇.
inline bool is_cjk_ideograph(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3007;
}

// Private-use code points (BMP area and planes 15–16).
inline bool is_private_use(char32_t c) {
    return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0x10FFFD);
}

// Number of code points in a UTF-8 string.
inline size_t code_points(std::string_view s) { return utf8::count_code_points(s); }

// Shortens `s` to at most `max_cp` code points, adding "…" when cut (for messages).
inline std::string shorten(std::string_view s, size_t max_cp) {
    std::string out;
    size_t n = 0;
    for (size_t i = 0; i < s.size();) {
        int len;
        utf8::decode(s, i, len);
        if (n == max_cp) {
            out += "…";
            return out;
        }
        out.append(s.substr(i, static_cast<size_t>(len)));
        i += static_cast<size_t>(len);
        ++n;
    }
    return out;
}

}  // namespace nianbao::hygiene
