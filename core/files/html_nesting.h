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

// True when some point of `html` is nested more than `limit` elements deep; stops scanning there.
bool html_nests_deeper_than(std::string_view html, size_t limit);

}  // namespace nianbao::files
