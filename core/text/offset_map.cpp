#include "text/offset_map.h"

#include <algorithm>

namespace nianbao {

void OffsetMap::add(uint32_t norm_len, uint32_t orig_len, bool exact) {
    if (norm_len == 0 && orig_len == 0) return;
    exact = exact && norm_len == orig_len;
    // Merge consecutive exact pieces: most text is unchanged ASCII/CJK and this keeps the map small.
    if (exact && !pieces_.empty()) {
        Piece& last = pieces_.back();
        if (last.exact && last.norm_begin + last.norm_len == norm_total_ &&
            last.orig_begin + last.orig_len == orig_total_) {
            last.norm_len += norm_len;
            last.orig_len += orig_len;
            norm_total_ += norm_len;
            orig_total_ += orig_len;
            return;
        }
    }
    pieces_.push_back({norm_total_, orig_total_, norm_len, orig_len, exact});
    norm_total_ += norm_len;
    orig_total_ += orig_len;
}

// The piece holding normalized byte `off` (the last piece with norm_begin <= off and norm_len > 0).
size_t OffsetMap::piece_at(uint32_t off) const {
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), off,
                               [](uint32_t v, const Piece& p) { return v < p.norm_begin; });
    size_t i = it == pieces_.begin() ? 0 : static_cast<size_t>(it - pieces_.begin()) - 1;
    // Skip back over deletions that start at the same offset.
    while (i > 0 && pieces_[i].norm_len == 0) --i;
    return i;
}

uint32_t OffsetMap::to_original_begin(uint32_t off) const {
    if (pieces_.empty()) return 0;
    if (off >= norm_total_) return orig_total_;
    // Find the piece that contains `off` (norm_len > 0).
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), off,
                               [](uint32_t v, const Piece& p) { return v < p.norm_begin; });
    size_t i = static_cast<size_t>(it - pieces_.begin()) - 1;
    while (i > 0 && pieces_[i].norm_len == 0) --i;
    const Piece& p = pieces_[i];
    if (p.exact) return p.orig_begin + (off - p.norm_begin);
    return p.orig_begin;
}

uint32_t OffsetMap::to_original_end(uint32_t off) const {
    if (pieces_.empty() || off == 0) return 0;
    if (off > norm_total_) off = norm_total_;
    // The piece that contains the last byte before `off`.
    const size_t i = piece_at(off - 1);
    const Piece& p = pieces_[i];
    if (p.exact) return p.orig_begin + (off - p.norm_begin);
    return p.orig_begin + p.orig_len;
}

Span OffsetMap::to_original(Span n) const {
    if (n.empty()) {
        uint32_t b = to_original_begin(n.begin);
        return {b, b};
    }
    uint32_t b = to_original_begin(n.begin);
    uint32_t e = to_original_end(n.end);
    if (e < b) e = b;
    return {b, e};
}

}  // namespace nianbao
