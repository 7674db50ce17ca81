#include "layout/page_furniture.h"

#include <map>
#include <string>

#include "text/utf8.h"

namespace nianbao::layout {

namespace {

// The margins where furniture lives, as shares of the page height.
constexpr double kTopMargin = 0.10;
constexpr double kBottomMargin = 0.88;

std::string line_text(const TextLine& line) {
    std::string s;
    for (const Segment& seg : line.segments) s += seg.text;
    return s;
}

bool is_dash(char32_t cp) {
    return cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D || cp == 0x2015 || cp == 0x2212 || cp == 0x2500;
}

// -3-, — 1 —, 3, 第3页, 第 3 页 共 6 页, 3/6, Page 3
bool is_page_number(const std::string& text) {
    std::u32string s;
    for (size_t i = 0; i < text.size();) {
        int len;
        const char32_t cp = utf8::decode(text, i, len);
        i += static_cast<size_t>(len);
        if (cp != ' ') s.push_back(cp);
    }
    size_t i = 0;
    auto digits = [&] {
        const size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i > from && i - from <= 4;
    };
    while (i < s.size() && is_dash(s[i])) ++i;
    const bool di = i < s.size() && s[i] == U'第';
    if (di) ++i;
    if (!digits()) return false;
    if (di) {
        if (i >= s.size() || s[i] != U'页') return false;
        ++i;
        if (i < s.size() && s[i] == U'共') {
            ++i;
            if (!digits() || i >= s.size() || s[i] != U'页') return false;
            ++i;
        }
    } else if (i < s.size() && s[i] == '/') {
        ++i;
        if (!digits()) return false;
    }
    while (i < s.size() && is_dash(s[i])) ++i;
    return i == s.size();
}

bool in_margin(const TextLine& line, const std::vector<PageBox>& pages) {
    const double h = pages[static_cast<size_t>(line.page)].height;
    return h > 0 && (line.y1 <= kTopMargin * h || line.y0 >= kBottomMargin * h);
}

// Digits stripped, so "淮安市人民政府 第 3 页" repeats as one key.
std::string repeat_key(const TextLine& line) {
    std::string key;
    for (char c : line_text(line))
        if (c < '0' || c > '9') key += c;
    return key;
}

}  // namespace

size_t drop_page_furniture(std::vector<TextLine>& lines, const std::vector<PageBox>& pages) {
    // Margin texts seen on how many different pages.
    std::map<std::string, std::map<int, int>> pages_of;
    for (const TextLine& line : lines)
        if (in_margin(line, pages)) ++pages_of[repeat_key(line)][line.page];
    const size_t page_count = pages.size();
    size_t dropped = 0;
    std::erase_if(lines, [&](const TextLine& line) {
        if (!in_margin(line, pages)) return false;
        const std::string key = repeat_key(line);
        const bool repeated = page_count >= 3 && !key.empty() && pages_of[key].size() * 2 >= page_count;
        const bool furniture = is_page_number(line_text(line)) || repeated;
        dropped += furniture;
        return furniture;
    });
    return dropped;
}

}  // namespace nianbao::layout
