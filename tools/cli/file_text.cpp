#include "file_text.h"

#include "decode.h"
#include "files/docx_to_text.h"
#include "files/html_to_text.h"
#include "files/unsupported.h"
#include "pdf_text.h"

namespace nianbao::cli {

namespace {

// Text and web pages share the decoder; a few damaged UTF-8 bytes are read as U+FFFD with a note.
files::Extracted decoded(const std::string& bytes, bool html) {
    files::Extracted e;
    std::string why;
    auto d = decode_text(bytes, why);
    if (!d) {
        e.error_code = "not-text";
        e.error = why;
        return e;
    }
    if (d->invalid_bytes > 0)
        e.notes.push_back("含 " + std::to_string(d->invalid_bytes) + " 个无效的 UTF-8 字节，按替换字符（U+FFFD）检查");
    if (!html) {
        e.ok = true;
        e.text = std::move(d->utf8);
        return e;
    }
    files::Extracted page = files::html_to_text(d->utf8);
    e.notes.insert(e.notes.end(), page.notes.begin(), page.notes.end());
    page.notes = std::move(e.notes);
    return page;
}

}  // namespace

FileText file_text(const std::string& bytes) {
    FileText f;
    f.kind = files::sniff(bytes);
    switch (f.kind) {
        case files::FileKind::Text: f.extracted = decoded(bytes, false); break;
        case files::FileKind::Html: f.extracted = decoded(bytes, true); break;
        case files::FileKind::Docx: f.extracted = files::docx_to_text(bytes); break;
        case files::FileKind::Pdf: f.extracted = pdf_to_text(bytes); break;
        default: f.extracted = files::unsupported_file(f.kind); break;
    }
    return f;
}

}  // namespace nianbao::cli
