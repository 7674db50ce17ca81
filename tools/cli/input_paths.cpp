#include "input_paths.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace nianbao::cli {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
    const std::string name = p.filename().string();
    return name.starts_with(".") || name.starts_with("~$");
}

std::vector<InputPath> walk(const std::string& dir, std::vector<std::string>& problems) {
    std::vector<std::string> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (hidden(it->path())) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    if (ec) problems.push_back(dir + ": 无法读取目录（" + ec.message() + "）");
    std::sort(found.begin(), found.end());
    std::vector<InputPath> out;
    for (auto& f : found) out.push_back({std::move(f), true});
    return out;
}

}  // namespace

std::vector<InputPath> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>& problems) {
    std::vector<InputPath> out;
    for (const std::string& arg : args) {
        std::error_code ec;
        if (arg != "-" && fs::is_directory(arg, ec)) {
            auto files = walk(arg, problems);
            if (files.empty()) problems.push_back(arg + ": 目录中没有文件");
            for (auto& f : files) out.push_back(std::move(f));
        } else {
            out.push_back({arg, false});
        }
    }
    return out;
}

bool report_in_directory(const std::string& path, files::FileKind kind) {
    using files::FileKind;
    if (kind == FileKind::Pdf || kind == FileKind::Docx) return true;
    if (kind == FileKind::Image || kind == FileKind::OtherZip || kind == FileKind::Binary) return false;
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* e : {"", ".txt", ".text", ".md", ".htm", ".html", ".shtml", ".xhtml", ".doc", ".docx", ".wps", ".rtf", ".pdf"})
        if (ext == e) return true;
    return false;
}

}  // namespace nianbao::cli
