#pragma once
// A file's bytes → the text the rules read, whatever the file is: plain text and web pages are decoded
// (UTF-8/UTF-16/GB18030) first, a web page then goes through the core's HTML converter, .docx through
// the core's Word converter, PDF through poppler and the core's layout reconstruction. Anything else
// gets the core's clear refusal. `nianbao check`, `parse` and `text` all read files through here, so
// `nianbao text` prints exactly what check() receives.
#include <string>

#include "files/extracted.h"
#include "files/file_kind.h"

namespace nianbao::cli {

struct FileText {
    files::FileKind kind = files::FileKind::Empty;
    files::Extracted extracted;  // ok → text for check(); else error_code and error (Chinese)
};

FileText file_text(const std::string& bytes);

}  // namespace nianbao::cli
