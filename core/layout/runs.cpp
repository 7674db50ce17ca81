#include "layout/runs.h"

#include <algorithm>
#include <cmath>

#include "text/utf8.h"

namespace nianbao::layout {

bool is_wide(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x2014 || cp == 0x2026 ||
           (cp >= 0x201C && cp <= 0x201D);
}

namespace {

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF || cp < 0x20;
}

bool usable(const TextItem& item, const std::vector<PageBox>& pages) {
    return item.page >= 0 && static_cast<size_t>(item.page) < pages.size() && std::isfinite(item.x) &&
           std::isfinite(item.y) && std::isfinite(item.width) && std::isfinite(item.height) && item.height > 0 &&
           item.width >= 0 && !item.text.empty();
}

}  // namespace

std::vector<Run> runs_of(const PositionedText& input, size_t max_items, size_t& items_read) {
    std::vector<Run> runs;
    items_read = 0;
    struct Char {
        size_t begin, end;
        double units;  // width in points once measured
        bool space;
    };
    std::vector<Char> chars;
    for (const TextItem& item : input.items) {
        if (items_read >= max_items) break;
        ++items_read;
        if (!usable(item, input.pages)) continue;
        chars.clear();
        // Glyph widths in ems (CJK one em, Latin half an em); spaces take up whatever width the
        // item has beyond its glyphs: a string "3001    53" or "72 64" drawn as one item keeps its
        // gaps where they are, whatever number of spaces stands for them.
        double glyph_ems = 0;
        size_t spaces = 0;
        for (size_t i = 0; i < item.text.size();) {
            int len;
            const char32_t cp = utf8::decode(item.text, i, len);
            const bool space = is_space(cp);
            const double ems = space ? 0.0 : (is_wide(cp) ? 1.0 : 0.5);
            chars.push_back({i, i + static_cast<size_t>(len), ems, space});
            glyph_ems += ems;
            spaces += space;
            i += static_cast<size_t>(len);
        }
        const double natural = glyph_ems * item.height;
        double glyph_scale = item.height, space_width = 0;
        if (spaces > 0 && item.width > natural) space_width = (item.width - natural) / static_cast<double>(spaces);
        else if (glyph_ems > 0) glyph_scale = item.width / glyph_ems;
        for (Char& c : chars) c.units = c.space ? space_width : c.units * glyph_scale;
        // The advance tells the size when no spaces blur it; kept within reason of the box height
        // (letter-spaced titles, condensed fonts).
        const double em = spaces == 0 && glyph_ems >= 1 && item.width > 0
                              ? std::clamp(item.width / glyph_ems, 0.5 * item.height, 1.5 * item.height)
                              : item.height;
        double at = 0;
        Run run;
        bool open = false;
        auto close = [&] {
            if (open) runs.push_back(std::move(run));
            run = Run{};
            open = false;
        };
        for (const Char& c : chars) {
            if (c.space) {
                close();
            } else {
                if (!open) {
                    run.page = item.page;
                    run.x0 = item.x + at;
                    run.y0 = item.y;
                    run.y1 = item.y + item.height;
                    run.em = em;
                    open = true;
                }
                run.text.append(item.text, c.begin, c.end - c.begin);
                run.x1 = item.x + at + c.units;
            }
            at += c.units;
        }
        close();
    }
    return runs;
}

}  // namespace nianbao::layout
