#include "files/unsupported.h"

#include <string>

namespace nianbao::files {

namespace {

Extracted refused(std::string code, std::string message) {
    Extracted e;
    e.ok = false;
    e.error_code = std::move(code);
    e.error = std::move(message);
    return e;
}

}  // namespace

Extracted unsupported_file(FileKind kind) {
    switch (kind) {
        case FileKind::LegacyWord:
            // OLE compound files: .doc, .wps, .et, and also a password-protected .docx (Office wraps the
            // encrypted package in OLE), so the message names both; RTF gets the same advice.
            return refused("legacy-word",
                           "这是旧版 Word/WPS 文件（.doc/.wps/.rtf）或加密的 Office 文件，无法直接读取：请在 Word 或 "
                           "WPS 中另存为 .docx 或 PDF 后再检查（加密文件请先取消密码）");
        case FileKind::OtherZip:
            return refused("zip",
                           "这是 ZIP 压缩包或其他 Office 文件（如 .xlsx、.ofd），不是 Word 文档，无法读取：请解压后检查其中的"
                           "报告，或将报告另存为 .docx 或 PDF 后再检查");
        case FileKind::Image:
            return refused("image",
                           "这是一张图片（可能是扫描件），没有可读取的文字：请使用原始 Word 文件、带文字的 PDF 或网页");
        case FileKind::Binary:
            return refused("binary",
                           "这不是文本文件，也不是 PDF、Word（.docx）或网页，无法读取：请将报告保存为 .docx、PDF，或 "
                           "UTF-8、UTF-16（带 BOM）、GBK 编码的文本后再检查");
        case FileKind::Empty:
            return refused("empty", "文件是空的（0 字节），没有可检查的内容：请确认文件已完整下载或保存");
        case FileKind::Text:
        case FileKind::Html:
        case FileKind::Docx:
        case FileKind::Pdf:
            break;  // readable kinds: a caller that lands here met a converter failure it did not name
    }
    return refused(file_kind_key(kind), "无法读取这个文件：请将报告另存为 .docx 或 PDF 后再检查");
}

Extracted unsupported_pdf(std::string_view error_code) {
    if (error_code == "pdf-encrypted")
        return refused("pdf-encrypted",
                       "这个 PDF 设置了打开密码（已加密），无法读取：请取消密码后另存，或使用原始 Word 文件");
    if (error_code == "pdf-no-text-layer")
        return refused("pdf-no-text-layer",
                       "这个 PDF 没有文字层（可能是扫描件或图片），无法读取文字：请使用原始 Word 文件或带文字的 PDF");
    return refused("pdf-damaged",
                   "这个 PDF 已损坏或不完整（可能未下载完），无法读取：请重新下载或另存为 PDF 后再检查");
}

}  // namespace nianbao::files
