#pragma once
// Finding a word in a long text. std::string_view::find stops at every occurrence of the word's
// first byte, and the first byte of a CJK word (E4–E9) is the lead byte of most characters of the
// text; Horspool's algorithm skips ahead by up to the word's length instead. For scans of the whole
// report. (Written out: Emscripten 3.1.6's libc++ has no std::boyer_moore_horspool_searcher.)
#include <cstdint>
#include <cstring>
#include <string_view>

namespace nianbao {

inline size_t find_word(std::string_view text, std::string_view word, size_t from = 0) {
    const size_t m = word.size();
    if (from > text.size()) return std::string_view::npos;
    if (m == 0) return from;
    if (text.size() - from < m) return std::string_view::npos;
    if (m < 4 || m > 0xFFFF) return text.find(word, from);  // too short to skip far; too long for the table
    // How far the window may move when its last byte is b: from the last place b occurs in the word
    // (not counting the word's last byte), or the whole word when it does not occur.
    uint16_t skip[256];
    for (uint16_t& s : skip) s = static_cast<uint16_t>(m);
    for (size_t i = 0; i + 1 < m; ++i) skip[static_cast<unsigned char>(word[i])] = static_cast<uint16_t>(m - 1 - i);
    const char last = word[m - 1];
    for (size_t i = from; i + m <= text.size();) {
        const char c = text[i + m - 1];
        if (c == last && std::memcmp(text.data() + i, word.data(), m - 1) == 0) return i;
        i += skip[static_cast<unsigned char>(c)];
    }
    return std::string_view::npos;
}

}  // namespace nianbao
