#include "text/source.h"

#include <algorithm>

namespace nianbao {

namespace {
// UTF-16 length of a code point starting with lead byte b of valid UTF-8: 4-byte sequences are
// surrogate pairs, continuation bytes add nothing.
inline uint32_t utf16_units_of_byte(unsigned char b) { return ((b & 0xC0) != 0x80) + (b >= 0xF0); }

// Each byte that does not start a valid sequence becomes U+FFFD (TextDecoder does the same, except
// that it makes one U+FFFD of a whole truncated sequence).
std::string replace_invalid(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    for (size_t i = 0; i < s.size();) {
        int len;
        const char32_t cp = utf8::decode(s, i, len);
        if (cp == 0xFFFD && len == 1) out += "\xEF\xBF\xBD";
        else out.append(s, i, static_cast<size_t>(len));
        i += static_cast<size_t>(len);
    }
    return out;
}
}  // namespace

Source::Source(std::string utf8) : text_(std::move(utf8)) {
    if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
    // From here on the text is valid UTF-8, so offsets can be counted byte by byte without decoding.
    if (!utf8::is_valid(text_)) text_ = replace_invalid(text_);
    line_starts_.push_back(0);
    checkpoints_.reserve(text_.size() / kCheckpoint + 2);
    checkpoints_.push_back({0, 0});
    uint32_t units = 0;
    const size_t n = text_.size();
    for (size_t i = 0; i < n; ++i) {  // valid UTF-8: byte by byte, no decoding
        const auto b = static_cast<unsigned char>(text_[i]);
        if ((b & 0xC0) != 0x80 && i - checkpoints_.back().byte >= kCheckpoint)
            checkpoints_.push_back({static_cast<uint32_t>(i), units});
        if (b == '\n' || (b == '\r' && !(i + 1 < n && text_[i + 1] == '\n')))
            line_starts_.push_back(static_cast<uint32_t>(i + 1));
        units += utf16_units_of_byte(b);
    }
}

uint32_t Source::boundary_at_or_before(uint32_t byte) const {
    byte = std::min<uint32_t>(byte, static_cast<uint32_t>(text_.size()));
    for (int k = 0; k < 3 && byte > 0 && byte < text_.size() &&
                    (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80;
         ++k)
        --byte;
    return byte;
}

uint32_t Source::utf16_between(uint32_t from, uint32_t to) const {
    uint32_t units = 0;
    for (size_t i = from; i < to; ++i) units += utf16_units_of_byte(static_cast<unsigned char>(text_[i]));
    return units;
}

const Source::Checkpoint& Source::checkpoint_at_or_before(uint32_t byte) const {
    auto cp = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte,
                               [](uint32_t v, const Checkpoint& c) { return v < c.byte; });
    return *--cp;  // checkpoints_[0] is {0,0}, so there is always one at or before
}

uint32_t Source::utf16_offset(uint32_t byte_offset) const {
    const uint32_t b = boundary_at_or_before(byte_offset);
    const Checkpoint& cp = checkpoint_at_or_before(b);
    return cp.utf16 + utf16_between(cp.byte, b);
}

Position Source::position(uint32_t byte_offset) const {
    const uint32_t b = boundary_at_or_before(byte_offset);
    const Checkpoint& cp = checkpoint_at_or_before(b);
    Position p;
    p.utf16 = cp.utf16 + utf16_between(cp.byte, b);
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), b);
    p.line = static_cast<uint32_t>(it - line_starts_.begin());
    const uint32_t line_start = line_starts_[p.line - 1];
    // Column: count from the line start, or from a checkpoint inside the line when that is closer
    // (a multi-MB line must not be walked from its start for every position).
    if (cp.byte > line_start) p.column = 1 + p.utf16 - utf16_offset(line_start);
    else p.column = 1 + utf16_between(line_start, b);
    return p;
}

uint32_t Source::byte_offset_from_utf16(uint32_t utf16) const {
    auto cp = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), utf16,
                               [](uint32_t v, const Checkpoint& c) { return v < c.utf16; });
    --cp;
    uint32_t i = cp->byte, units = cp->utf16;
    while (i < text_.size() && units < utf16) {
        int len;
        utf8::decode(text_, i, len);
        units += len == 4 ? 2 : 1;
        i += len;
    }
    return std::min<uint32_t>(i, static_cast<uint32_t>(text_.size()));
}

Span Source::line_span(uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    uint32_t b = line_starts_[line - 1];
    uint32_t e = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
    while (e > b && (text_[e - 1] == '\n' || text_[e - 1] == '\r')) --e;
    return {b, e};
}

std::string_view Source::line_text(uint32_t line) const {
    Span s = line_span(line);
    return std::string_view(text_).substr(s.begin, s.size());
}

}  // namespace nianbao
