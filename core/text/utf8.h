#pragma once
// UTF-8 decoding and encoding shared by the whole core. Invalid input never throws: each bad byte
// decodes as U+FFFD of length 1, so scans always advance. decode() is inline because every reader
// step walks the text code point by code point; a call per character was a measurable share of a check.
#include <cstddef>
#include <string>
#include <string_view>

namespace nianbao::utf8 {

// Decodes one code point at s[i]; sets len (1..4). Invalid sequences yield U+FFFD with len 1.
inline char32_t decode(std::string_view s, size_t i, int& len) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    len = 1;
    if (b0 < 0x80) return b0;
    int need;
    char32_t cp;
    if ((b0 & 0xE0) == 0xC0) { need = 1; cp = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { need = 2; cp = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { need = 3; cp = b0 & 0x07; }
    else return 0xFFFD;
    if (i + need >= s.size()) return 0xFFFD;
    for (int k = 1; k <= need; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (b & 0x3F);
    }
    // Reject overlong forms, surrogates and out-of-range values.
    if ((need == 1 && cp < 0x80) || (need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0xFFFD;
    len = need + 1;
    return cp;
}

inline void append(std::string& out, char32_t cp) {
    char buf[4];
    size_t n;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
        return;
    } else if (cp < 0x800) {
        buf[0] = static_cast<char>(0xC0 | (cp >> 6));
        buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        buf[0] = static_cast<char>(0xE0 | (cp >> 12));
        buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        buf[0] = static_cast<char>(0xF0 | (cp >> 18));
        buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
        n = 4;
    }
    out.append(buf, n);
}

// Number of code points of valid UTF-8 (Source repairs its input, so all text in the core is): the
// bytes that do not continue a sequence. One compare per byte, no decoding.
inline size_t count_code_points(std::string_view s) {
    size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

inline bool continues(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The code point that ends just before byte `pos` (0 when none) and its byte length; a damaged
// sequence yields U+FFFD of length 1.
inline char32_t decode_before(std::string_view s, size_t pos, int& len) {
    len = 0;
    if (pos == 0 || pos > s.size()) return 0;
    size_t b = pos - 1;
    while (b > 0 && pos - b < 4 && continues(s[b])) --b;
    int l = 0;
    const char32_t cp = decode(s, b, l);
    if (b + static_cast<size_t>(l) != pos) {
        len = 1;
        return 0xFFFD;
    }
    len = l;
    return cp;
}

// The longest head (tail) of `s` of at most `max_bytes` that cuts no code point.
inline std::string_view head(std::string_view s, size_t max_bytes) {
    size_t end = max_bytes < s.size() ? max_bytes : s.size();
    while (end > 0 && end < s.size() && continues(s[end])) --end;
    return s.substr(0, end);
}
inline std::string_view tail(std::string_view s, size_t max_bytes) {
    size_t from = s.size() > max_bytes ? s.size() - max_bytes : 0;
    while (from < s.size() && continues(s[from])) ++from;
    return s.substr(from);
}

bool is_valid(std::string_view s);

}  // namespace nianbao::utf8
