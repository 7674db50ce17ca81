#pragma once
// The input exactly as the user gave it (UTF-8, BOM removed), with a line index and the one place
// where byte offsets become what the outside world speaks: UTF-16 code units and line:column.
#include <string>
#include <string_view>
#include <vector>

#include "text/span.h"
#include "text/utf8.h"

namespace nianbao {

struct Position {
    uint32_t utf16 = 0;   // offset in UTF-16 code units from the start of the input
    uint32_t line = 1;    // 1-based
    uint32_t column = 1;  // 1-based, in UTF-16 code units
};

class Source {
public:
    // Takes UTF-8, possibly invalid: each invalid byte is replaced by U+FFFD (one UTF-16 unit; the
    // browser's TextDecoder makes one U+FFFD of a whole truncated sequence), so text() is always
    // valid UTF-8. A leading UTF-8 BOM is removed,
    // as output.md requires offsets "after removing a BOM".
    explicit Source(std::string utf8);

    const std::string& text() const { return text_; }
    size_t size() const { return text_.size(); }
    size_t line_count() const { return line_starts_.size(); }
    // Byte span of line `line` (1-based), without its terminator.
    Span line_span(uint32_t line) const;
    std::string_view line_text(uint32_t line) const;

    // Byte offset (clamped to the text, moved back to a code point boundary) → position.
    Position position(uint32_t byte_offset) const;
    // Only the UTF-16 offset (no line or column): half the work of position().
    uint32_t utf16_offset(uint32_t byte_offset) const;
    // Inverse: UTF-16 offset → byte offset (clamped).
    uint32_t byte_offset_from_utf16(uint32_t utf16) const;

private:
    std::string text_;
    std::vector<uint32_t> line_starts_;  // byte offset of each line start
    // Sparse checkpoints, at code point boundaries about every kCheckpoint bytes: (byte, utf16).
    // A lookup is a binary search plus a walk of at most ~kCheckpoint bytes.
    static constexpr uint32_t kCheckpoint = 256;
    struct Checkpoint { uint32_t byte, utf16; };
    std::vector<Checkpoint> checkpoints_;
    uint32_t utf16_between(uint32_t from_byte, uint32_t to_byte) const;
    uint32_t boundary_at_or_before(uint32_t byte) const;
    const Checkpoint& checkpoint_at_or_before(uint32_t byte) const;
};


}  // namespace nianbao
