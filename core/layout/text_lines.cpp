#include "layout/text_lines.h"

#include <algorithm>
#include <cmath>

#include "text/utf8.h"

namespace nianbao::layout {

namespace {

// Runs of one line: centres within this share of the taller run's height.
constexpr double kSameLine = 0.35;
// Runs of one segment: a gap below this share of the smaller run's height (prose: justified CJK and
// the spacing around Latin digits is a fifth of an em; table cells are set apart by well over one).
constexpr double kSameSegment = 0.9;
// Between two ASCII characters, a gap above this share of the height is a word space.
constexpr double kWordSpace = 0.15;
// A gap of a quarter em between two runs is remembered: a table's cells may sit that close
// (table_columns.h); closer is a glyph-by-glyph drawing of one text (pdf.js gives some text one
// item per character), whose characters line up from line to line like columns.
constexpr double kJointGap = 0.25;

char32_t first_code_point(const std::string& s) {
    int len;
    return s.empty() ? 0 : utf8::decode(s, 0, len);
}

char32_t last_code_point(const std::string& s) {
    int len;
    return s.empty() ? 0 : utf8::decode_before(s, s.size(), len);
}

// Fake bold: the same text drawn twice, a fraction of a point apart.
bool redraws(const Run& a, const Run& b) {
    return a.text == b.text && std::abs(a.x0 - b.x0) < 0.3 * a.em && std::abs(a.y0 - b.y0) < 0.3 * a.em;
}

void add_run(TextLine& line, const Run& r) {
    const double h = r.em;
    if (!line.segments.empty()) {
        Segment& s = line.segments.back();
        const double gap = r.x0 - s.x1;
        const double em = std::min(h, s.em);
        if (gap < kSameSegment * em) {
            const bool narrow_pair = !is_wide(last_code_point(s.text)) && !is_wide(first_code_point(r.text));
            if (narrow_pair && gap > kWordSpace * em) s.text += ' ';
            if (gap > kJointGap * em) s.joints.push_back({s.text.size(), s.x1, r.x0});
            s.text += r.text;
            s.glyphs += utf8::count_code_points(r.text);
            s.x1 = std::max(s.x1, r.x1);
            s.y0 = std::min(s.y0, r.y0);
            s.y1 = std::max(s.y1, r.y1);
            s.em = std::max(s.em, h);
            return;
        }
    }
    line.segments.push_back({r.x0, r.x1, r.y0, r.y1, r.text, utf8::count_code_points(r.text), h, false, {}});
}

TextLine make_line(std::vector<const Run*>& members) {
    std::sort(members.begin(), members.end(), [](const Run* a, const Run* b) { return a->x0 < b->x0; });
    TextLine line;
    line.page = members.front()->page;
    line.y0 = members.front()->y0;
    line.y1 = members.front()->y1;
    const Run* previous = nullptr;
    for (const Run* r : members) {
        if (previous && redraws(*previous, *r)) continue;
        previous = r;
        line.y0 = std::min(line.y0, r->y0);
        line.y1 = std::max(line.y1, r->y1);
        line.height = std::max(line.height, r->height());
        add_run(line, *r);
    }
    for (Segment& s : line.segments) s.numeric = is_value_text(s.text);
    return line;
}

}  // namespace

bool is_value_text(const std::string& text) {
    if (text.empty() || text.size() > 24) return false;
    bool digit = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') digit = true;
        else if (c == '.' || c == ',' || c == '%' || (c == '-' && i == 0)) continue;
        else return false;
    }
    return digit;
}

std::vector<TextLine> lines_of(std::vector<Run> runs) {
    std::stable_sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
        if (a.page != b.page) return a.page < b.page;
        return a.center_y() < b.center_y();
    });
    std::vector<TextLine> lines;
    std::vector<const Run*> members;
    double center = 0, height = 0;
    int page = -1;
    for (const Run& r : runs) {
        const bool joins = !members.empty() && r.page == page &&
                           std::abs(r.center_y() - center) <= kSameLine * std::max(height, r.height());
        if (!joins) {
            if (!members.empty()) lines.push_back(make_line(members));
            members.clear();
            page = r.page;
            center = r.center_y();
            height = r.height();
        }
        members.push_back(&r);
        // The line's centre follows its members (a running mean), so a long line stays one line.
        center += (r.center_y() - center) / static_cast<double>(members.size());
        height = std::max(height, r.height());
    }
    if (!members.empty()) lines.push_back(make_line(members));
    return lines;
}

}  // namespace nianbao::layout
