#pragma once
// How deep an HTML page nests, estimated from its tags before any parser sees it. gumbo (Debian's
// HTML5 parser) scans the stack of open elements for many start tags and frees its tree
// recursively, so a page nested 100,000 deep costs it quadratic time and a deep native stack: such a
// page is refused before parsing. The estimate follows the HTML5 rules that decide how much an end
// tag closes (it never closes across a table or, for an inline end tag, across a block), so it does
// not undercount; elements that close themselves (p, li, td, tr …) and void elements are not counted.
#include <cstddef>
#include <string_view>

namespace nianbao::files {

struct HtmlShape {
    bool too_deep = false;  // some point is nested deeper than the limit (scanning stopped there)
    size_t start_tags = 0;  // elements the page opens (each costs gumbo a node of ~100 bytes)
    size_t end_tags = 0;    // each may cost gumbo a search of the open elements
};

// Scans `html` until it finds a point nested more than `depth_limit` elements deep.
HtmlShape html_shape(std::string_view html, size_t depth_limit);

}  // namespace nianbao::files
