#pragma once
// The label key of a text (text/label_key.h) with the way back: for each key position, whether a
// code point's key starts there and the text offset it stands for. For finding known labels inside
// a longer text ("行政复议行政诉讼结果维持…", "一、总体情况2021年…") and cutting the text there.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/label_key.h"

namespace nianbao {

struct KeyedText {
    std::string_view text;
    std::string key;
    std::vector<bool> boundary;      // key position (0..size) → a code point's key starts here
    std::vector<uint32_t> end_at;    // key position → text offset after the code points before it
                                     // (white space that follows them included)
    std::vector<uint32_t> word_end;  // key position at a boundary → text offset right after the code
                                     // point whose key ends there (no white space); 0 elsewhere

    KeyedText(std::string_view text, const LabelKeyStyle& style);

    // Bytes of the text that spell `key` from its start (white space inside skipped, none after);
    // 0 when the text does not start with it.
    size_t spelled_prefix(std::string_view label) const;
};

}  // namespace nianbao
