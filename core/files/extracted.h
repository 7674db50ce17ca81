#pragma once
// The result of turning a file into the text the checker reads.
#include <string>
#include <vector>

namespace nianbao::files {

struct Extracted {
    bool ok = false;
    std::string text;        // UTF-8; '\n' between paragraphs, '\t' between table cells
    std::string error_code;  // when !ok: "not-docx", "docx-damaged", "too-large", "encrypted", "no-text-layer", …
    std::string error;       // when !ok: one Chinese sentence saying what the file is and what to do
    std::vector<std::string> notes;  // Chinese, for the user: "已忽略修订中删除的文字", …
};

// Limits every converter honours (zip bombs, deep nesting, huge files): exceeding one is an error
// result, never a crash, a hang or unbounded memory.
struct Limits {
    size_t max_input_bytes = 64u << 20;        // the file as given
    size_t max_expanded_bytes = 64u << 20;     // sum of inflated ZIP entries read
    size_t max_compression_ratio = 200;        // inflated / compressed, per entry
    size_t max_depth = 256;                    // XML/HTML element nesting that is walked
    size_t max_output_bytes = 16u << 20;       // the text produced
};

}  // namespace nianbao::files
