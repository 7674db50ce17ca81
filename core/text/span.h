#pragma once
// A half-open byte range [begin, end) in some UTF-8 text. Which text is said by the owner:
// inside core/ after normalization, spans are in the *normalized* text unless named otherwise.
#include <cstdint>

namespace nianbao {

struct Span {
    uint32_t begin = 0;
    uint32_t end = 0;
    constexpr uint32_t size() const { return end - begin; }
    constexpr bool empty() const { return end <= begin; }
    constexpr bool contains(uint32_t pos) const { return pos >= begin && pos < end; }
    constexpr bool overlaps(Span o) const { return begin < o.end && o.begin < end; }
    friend constexpr bool operator==(Span a, Span b) { return a.begin == b.begin && a.end == b.end; }
};

}  // namespace nianbao
