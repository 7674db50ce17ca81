#pragma once
// The clear answer for a file we cannot read as text: what the file is and what to do
// (另存为 .docx / PDF; 扫描件没有文字层 …). Shared by the CLI and the page so both say the same.
#include <string_view>

#include "files/extracted.h"
#include "files/file_kind.h"

namespace nianbao::files {

// For LegacyWord, OtherZip, Image, Binary, Empty: an Extracted with ok=false, error_code and error.
Extracted unsupported_file(FileKind kind);
// For a PDF: "pdf-encrypted" (password), "pdf-no-text-layer" (a scan), "pdf-damaged" (unreadable).
Extracted unsupported_pdf(std::string_view error_code);

}  // namespace nianbao::files
