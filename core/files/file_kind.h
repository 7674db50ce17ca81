#pragma once
// What a file is, by its content (magic bytes), not its name: reviewers receive .doc files renamed
// .docx, PDFs saved as .txt and web pages saved without an extension.
#include <string_view>

namespace nianbao::files {

enum class FileKind {
    Empty,       // no bytes
    Text,        // plain text (UTF-8/UTF-16/GB18030: the decoder decides)
    Html,        // a web page (<!DOCTYPE html>, <html, <head, <body, <meta, <table … near the start)
    Docx,        // ZIP with word/document.xml
    Pdf,         // %PDF- within the first 1024 bytes
    LegacyWord,  // OLE compound file (D0 CF 11 E0): .doc, .wps, .et — needs 另存为 .docx
    OtherZip,    // ZIP that is not a Word document (.xlsx, .ofd, an archive)
    Image,       // PNG, JPEG, GIF, TIFF, BMP: a scan, no text
    Binary,      // anything else that is not text
};

FileKind sniff(std::string_view bytes);
const char* file_kind_key(FileKind);  // "empty","text","html","docx","pdf","legacy-word","zip","image","binary"

}  // namespace nianbao::files
