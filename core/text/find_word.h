#pragma once
// Finding a word in a long text. std::string_view::find stops at every occurrence of the word's
// first byte, and the first byte of a CJK word (E4–E9) is the lead byte of most characters of the
// text; Horspool skips ahead by up to the word's length instead. For scans of the whole report.
#include <algorithm>
#include <functional>
#include <string_view>

namespace nianbao {

inline size_t find_word(std::string_view text, std::string_view word, size_t from = 0) {
    if (from > text.size()) return std::string_view::npos;
    if (word.empty()) return from;
    const std::boyer_moore_horspool_searcher searcher(word.begin(), word.end());
    const auto it = std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), searcher);
    return it == text.end() ? std::string_view::npos : static_cast<size_t>(it - text.begin());
}

}  // namespace nianbao
