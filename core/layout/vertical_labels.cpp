#include "layout/vertical_labels.h"

#include <algorithm>
#include <cmath>

namespace nianbao::layout {

namespace {

constexpr size_t kMinStack = 3;        // fewer is an ordinary wrapped cell
constexpr size_t kMaxGlyphs = 2;       // 三、 counts as one stacked character
constexpr double kSameX = 0.5;         // in ems
constexpr size_t kLookAhead = 64;     // candidates examined past the stack's last character (bounds the work on pages of tiny items)
constexpr double kMaxGap = 1.3;        // in ems, between one character and the next (a wrapped line, not the next row)

struct Ref {
    size_t line, segment;
};

bool stackable(const Segment& s) { return !s.numeric && s.glyphs <= kMaxGlyphs && s.glyphs > 0; }

}  // namespace

void join_vertical_labels(std::vector<TextLine>& lines) {
    std::vector<bool> used;
    for (size_t first = 0; first < lines.size();) {
        size_t last = first;
        while (last < lines.size() && lines[last].page == lines[first].page) ++last;
        // Candidates of this page, top to bottom.
        std::vector<Ref> candidates;
        for (size_t l = first; l < last; ++l)
            for (size_t s = 0; s < lines[l].segments.size(); ++s)
                if (stackable(lines[l].segments[s])) candidates.push_back({l, s});
        used.assign(candidates.size(), false);
        std::vector<std::vector<Ref>> stacks;
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (used[i]) continue;
            std::vector<size_t> chain{i};
            for (size_t j = i + 1, since = 0; j < candidates.size() && since < kLookAhead; ++j, ++since) {
                if (used[j]) continue;
                const Segment& a = lines[candidates[chain.back()].line].segments[candidates[chain.back()].segment];
                const Segment& b = lines[candidates[j].line].segments[candidates[j].segment];
                const double em = std::max(a.em, b.em);
                if (b.y0 - a.y1 > kMaxGap * em) break;
                if (std::abs(a.x0 - b.x0) <= kSameX * em && b.y0 > a.y0) {
                    chain.push_back(j);
                    since = 0;
                }
            }
            if (chain.size() < kMinStack) continue;
            std::vector<Ref> stack;
            for (size_t k : chain) {
                used[k] = true;
                stack.push_back(candidates[k]);
            }
            stacks.push_back(std::move(stack));
        }
        // Join each stack into its first segment; empty the others (removed below).
        for (const auto& stack : stacks) {
            Segment& head = lines[stack.front().line].segments[stack.front().segment];
            for (size_t k = 1; k < stack.size(); ++k) {
                Segment& s = lines[stack[k].line].segments[stack[k].segment];
                head.text += s.text;
                head.glyphs += s.glyphs;
                head.x1 = std::max(head.x1, s.x1);
                head.y1 = std::max(head.y1, s.y1);
                s.text.clear();
                s.glyphs = 0;
            }
        }
        first = last;
    }
    for (TextLine& line : lines)
        std::erase_if(line.segments, [](const Segment& s) { return s.text.empty(); });
    std::erase_if(lines, [](const TextLine& l) { return l.segments.empty(); });
}

}  // namespace nianbao::layout
