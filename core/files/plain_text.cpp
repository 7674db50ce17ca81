#include "files/plain_text.h"

namespace nianbao::files {

namespace {

// Decodes one code point at `at` (valid or not: a bad byte reads as itself and never as space or CJK).
char32_t decode(std::string_view s, size_t at, size_t& length) {
    const auto b = static_cast<unsigned char>(s[at]);
    length = 1;
    if (b < 0x80) return b;
    const size_t need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (need == 1 || at + need > s.size()) return 0xFFFD;
    char32_t cp = b & (0x3F >> (need - 1));
    for (size_t i = 1; i < need; ++i) {
        const auto c = static_cast<unsigned char>(s[at + i]);
        if ((c & 0xC0) != 0x80) return 0xFFFD;
        cp = cp << 6 | (c & 0x3F);
    }
    length = need;
    return cp;
}

// The code point that ends s[0, end).
char32_t decode_before(std::string_view s, size_t end, size_t& start) {
    start = end;
    if (end == 0) return 0;
    size_t at = end - 1;
    while (at > 0 && end - at < 4 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    size_t length = 0;
    const char32_t cp = decode(s, at, length);
    if (at + length != end) {
        start = end - 1;
        return 0xFFFD;
    }
    start = at;
    return cp;
}

// As the former JavaScript tested UTF-16 code units: astral ideographs are not counted.
bool is_cjk(char32_t cp) { return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF); }

// Byte range of s without JavaScript white space at either end.
std::string_view js_trim(std::string_view s) {
    size_t begin = 0, length = 0;
    while (begin < s.size() && is_js_space(decode(s, begin, length))) begin += length;
    size_t end = s.size(), start = end;
    while (end > begin && is_js_space(decode_before(s, end, start))) end = start;
    return s.substr(begin, end - begin);
}

}  // namespace

bool is_js_space(char32_t cp) {
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

std::string join_cell_lines(std::string_view cell_text) {
    const std::string_view s = js_trim(cell_text);
    std::string out;
    out.reserve(s.size());
    size_t at = 0;
    while (at < s.size()) {
        size_t length = 0;
        const char32_t cp = decode(s, at, length);
        if (!is_js_space(cp)) {
            out.append(s.substr(at, length));
            at += length;
            continue;
        }
        // A run of white space: replaced only when it holds a line break.
        const size_t run_start = at;
        bool has_break = false;
        while (at < s.size()) {
            const char32_t c = decode(s, at, length);
            if (!is_js_space(c)) break;
            has_break = has_break || c == '\n';
            at += length;
        }
        if (!has_break) {
            for (char c : s.substr(run_start, at - run_start)) out += c == '\t' ? ' ' : c;
            continue;
        }
        size_t ignored = 0, start = 0;
        const char32_t before = decode_before(s, run_start, start);
        const char32_t after = at < s.size() ? decode(s, at, ignored) : 0;
        if (!(is_cjk(before) && is_cjk(after))) out += ' ';
    }
    return out;
}

std::string finish_text(std::string_view text) {
    std::string collapsed;
    collapsed.reserve(text.size() + 1);
    size_t newlines = 0;
    for (char c : text) {
        if (c == '\n') {
            while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();  // / +\n/ → \n
            if (++newlines > 2) continue;                                             // \n{3,} → \n\n
        } else if (c != ' ') {  // spaces between breaks are removed with the break that follows
            newlines = 0;
        }
        collapsed += c;
    }
    std::string out(js_trim(collapsed));
    out += '\n';
    return out;
}

}  // namespace nianbao::files
