#pragma once
// Word .docx → text: paragraph per line, table rows as tab-separated cells (a merged cell once),
// automatic list numbering restored from numbering.xml (一、 written by a list style is part of the
// heading), footnotes and text boxes kept, tracked deletions dropped.
#include <string_view>

#include "files/extracted.h"

namespace nianbao::files {

Extracted docx_to_text(std::string_view bytes, const Limits& limits = {});

}  // namespace nianbao::files
