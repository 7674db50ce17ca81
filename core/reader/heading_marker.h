#pragma once
// Heading numbers at the four outline levels: "一、" (1), "（一）" (2), "1." / "1、" (3), "（1）" (4),
// and ")政府信息管理情况" (a level-2 heading that lost its bracket and number). Shared by the
// outline and by the line stage that finds headings inside a one-line body.
#include <cstddef>
#include <string>
#include <string_view>

namespace nianbao {

struct HeadingMarker {
    int level = 0;        // 0: no marker
    int ordinal = 0;      // 一→1, 十二→12, 3→3; 0 when lost
    std::string number;   // as written: "一", "(三)", "1"
    size_t length = 0;    // bytes of the marker with its separator ("一、", "(一)", "1.")
    bool lost = false;    // ")…": bracket and number lost
};

// The marker at the start of `s` (normalized text: brackets are ASCII after NFKC).
HeadingMarker match_heading_marker(std::string_view s);

// "一"→1 … "十"→10, "十二"→12, "二十三"→23; 0 when not a Chinese number.
int chinese_number(std::u32string_view s);

}  // namespace nianbao
