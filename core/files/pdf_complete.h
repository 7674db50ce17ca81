#pragma once
// Whether a PDF's bytes reach the end the format requires (%%EOF after the last cross-reference
// section). A download cut short loses that end; PDF readers then rebuild what they can and quietly
// return the first pages only, and checking half a report would report the rest as missing. Both
// front ends ask this before reading, so a cut file is refused the same way in the page and the CLI.
#include <string_view>

namespace nianbao::files {

// True when "%%EOF" occurs within the last 64 KiB (writers that append a little junk after it, or a
// final incremental update, stay accepted).
bool pdf_reaches_end(std::string_view bytes);

}  // namespace nianbao::files
