#pragma once
// The files a command line names: files as given (in order), directories walked recursively with
// their files in sorted path order. Hidden entries (".git", ".DS_Store") and Office lock files
// ("~$报告.docx") are left out of directories; a file named explicitly is always read.
#include <string>
#include <vector>

#include "files/file_kind.h"

namespace nianbao::cli {

struct InputPath {
    std::string path;
    bool from_directory = false;  // found by walking a directory the user named, not named itself
};

// Directories that cannot be walked (permissions) or hold no file add a Chinese line to `problems`.
std::vector<InputPath> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>& problems);

// Inside a directory, whether a file is one of the reports: a PDF or .docx by content always; text, a
// web page, an old Word file or an empty file only under a report's name (.txt, .html, .doc, .pdf, …
// or none), so a saved page's .css and .js, Thumbs.db (an OLE file too) or a picture beside the reports
// are skipped (and counted) while a .doc the reviewer expects checked is reported as unreadable.
bool report_in_directory(const std::string& path, files::FileKind kind);

}  // namespace nianbao::cli
