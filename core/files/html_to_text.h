#pragma once
// HTML (a saved web page or a clipboard's text/html, already decoded to UTF-8) → text: block
// elements on their own lines, table rows as tab-separated cells (a colspan cell once), scripts,
// styles and form controls dropped, images as [图片] so a table pasted as a picture is visible.
#include <string_view>

#include "files/extracted.h"

namespace nianbao::files {

Extracted html_to_text(std::string_view utf8_html, const Limits& limits = {});

}  // namespace nianbao::files
