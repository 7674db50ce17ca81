#pragma once
// Maps byte offsets of an edited (normalized) text back to byte offsets of the original.
// The edit is recorded as pieces, in order: each piece says "these normalized bytes came from
// these original bytes". A piece with equal lengths that is marked `exact` maps byte for byte;
// any other piece is atomic (a span inside it maps to the whole original piece).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "text/span.h"

namespace nianbao {

class OffsetMap {
public:
    // Appends a piece: `norm_len` normalized bytes that stand for `orig_len` original bytes.
    // Deletions (norm_len == 0) are recorded too, so that original gaps stay accounted for.
    void add(uint32_t norm_len, uint32_t orig_len, bool exact);

    // Normalized span → original span. Empty spans map to an empty span at the mapped point.
    Span to_original(Span normalized) const;
    uint32_t to_original_begin(uint32_t norm_offset) const;
    uint32_t to_original_end(uint32_t norm_offset) const;

    uint32_t normalized_size() const { return norm_total_; }
    uint32_t original_size() const { return orig_total_; }

private:
    struct Piece {
        uint32_t norm_begin, orig_begin, norm_len, orig_len;
        bool exact;
    };
    std::vector<Piece> pieces_;
    uint32_t norm_total_ = 0, orig_total_ = 0;
    size_t piece_at(uint32_t norm_offset) const;
};

}  // namespace nianbao
