#pragma once
// A set of byte spans (e.g. the tables of a document) asked "does this span overlap any of them?"
// in O(log n): sorted and merged once, then a binary search. Readers that asked it of every table
// for every line were lines × tables — quadratic on a long document with many tables.
#include <algorithm>
#include <vector>

#include "text/span.h"

namespace nianbao {

class SpanSet {
public:
    SpanSet() = default;
    template <class Range, class Get>
    SpanSet(const Range& items, Get span_of) {
        for (const auto& item : items) {
            const Span s = span_of(item);
            if (!s.empty()) spans_.push_back(s);
        }
        std::sort(spans_.begin(), spans_.end(), [](Span a, Span b) { return a.begin < b.begin; });
        std::vector<Span> merged;
        for (const Span s : spans_) {
            if (!merged.empty() && s.begin <= merged.back().end) merged.back().end = std::max(merged.back().end, s.end);
            else merged.push_back(s);
        }
        spans_ = std::move(merged);
    }

    // Same answer as Span::overlaps against each member (empty spans never overlap).
    bool overlaps(Span s) const {
        if (s.empty()) return false;
        // The first merged span ending after s.begin is the only candidate.
        auto it = std::upper_bound(spans_.begin(), spans_.end(), s.begin, [](uint32_t pos, Span m) { return pos < m.end; });
        return it != spans_.end() && it->begin < s.end;
    }

private:
    std::vector<Span> spans_;  // disjoint, sorted
};

}  // namespace nianbao
