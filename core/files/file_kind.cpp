#include "files/file_kind.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

namespace nianbao::files {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

uint32_t le16(std::string_view s, size_t at) {
    return static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1]) << 8;
}
uint32_t le32(std::string_view s, size_t at) { return le16(s, at) | le16(s, at + 2) << 16; }

// A Word document's main part. Word writes word/document.xml; a few producers name the main part
// differently (word/document2.xml), so any part under word/ makes it a Word package: the converter
// finds the main part through [Content_Types].xml and says so if it cannot.
bool is_word_part(std::string_view name) { return starts_with(name, "word/"); }

// Looks the names up in the ZIP's central directory (end record within the last 64 KiB + 22 bytes).
// A truncated download has no central directory: then the local headers from the start are walked,
// and a name still shows what the archive was meant to be.
bool zip_has_word_part(std::string_view zip) {
    const size_t window = std::min<size_t>(zip.size(), 0xFFFF + 22);
    for (size_t i = zip.size() - std::min<size_t>(zip.size(), 22) + 1; i-- > zip.size() - window;) {
        if (i + 22 > zip.size() || zip.compare(i, 4, "PK\5\6") != 0) continue;
        const size_t entries = le16(zip, i + 10), cd_size = le32(zip, i + 12), cd_offset = le32(zip, i + 16);
        if (cd_offset > zip.size() || cd_size > zip.size() - cd_offset) continue;  // not this record
        size_t at = cd_offset;
        for (size_t n = 0; n < entries && at + 46 <= cd_offset + cd_size; ++n) {
            if (zip.compare(at, 4, "PK\1\2") != 0) break;
            const size_t name_len = le16(zip, at + 28), extra = le16(zip, at + 30), comment = le16(zip, at + 32);
            if (at + 46 + name_len > zip.size()) break;
            if (is_word_part(zip.substr(at + 46, name_len))) return true;
            at += 46 + name_len + extra + comment;
        }
        return false;
    }
    // No end record: walk the local file headers while their sizes are known.
    size_t at = 0;
    for (int n = 0; n < 10000 && at + 30 <= zip.size() && zip.compare(at, 4, "PK\3\4") == 0; ++n) {
        const size_t flags = le16(zip, at + 6), compressed = le32(zip, at + 18);
        const size_t name_len = le16(zip, at + 26), extra = le16(zip, at + 28);
        if (at + 30 + name_len > zip.size()) break;
        if (is_word_part(zip.substr(at + 30, name_len))) return true;
        if (flags & 0x08) break;  // sizes follow the data: the next header cannot be found cheaply
        at += 30 + name_len + extra + compressed;
    }
    return false;
}

bool is_image(std::string_view b) {
    if (starts_with(b, "\x89PNG\r\n\x1a\n") || starts_with(b, "\xFF\xD8\xFF") || starts_with(b, "GIF87a") ||
        starts_with(b, "GIF89a") || starts_with(b, std::string_view("II*\0", 4)) ||
        starts_with(b, std::string_view("MM\0*", 4)))
        return true;
    if (b.size() >= 12 && starts_with(b, "RIFF") && b.compare(8, 4, "WEBP") == 0) return true;
    // BMP: "BM" alone starts many words; the reserved fields are zero and the DIB header has a known size.
    if (b.size() >= 18 && starts_with(b, "BM") && le32(b, 6) == 0) {
        const uint32_t dib = le32(b, 14);
        return dib == 12 || dib == 40 || dib == 52 || dib == 56 || dib == 64 || dib == 108 || dib == 124;
    }
    return false;
}

// The start of the file as ASCII, lower-cased, for markup markers: UTF-16 with a BOM is read by its
// low bytes (a web page saved as "Unicode" by Word or Notepad), a UTF-8 BOM is skipped.
std::string ascii_probe(std::string_view b, size_t limit) {
    std::string out;
    auto push = [&](unsigned char c) { out += static_cast<char>(c < 0x80 ? std::tolower(c) : 0x80); };
    if (starts_with(b, "\xFF\xFE") || starts_with(b, "\xFE\xFF")) {
        const bool little = b[0] == '\xFF';
        for (size_t i = 2; i + 1 < b.size() && out.size() < limit; i += 2) {
            const unsigned char lo = b[little ? i : i + 1], hi = b[little ? i + 1 : i];
            push(hi == 0 ? lo : 0x80);
        }
        return out;
    }
    if (starts_with(b, "\xEF\xBB\xBF")) b.remove_prefix(3);
    for (size_t i = 0; i < b.size() && out.size() < limit; ++i) push(static_cast<unsigned char>(b[i]));
    return out;
}

size_t count(std::string_view hay, std::string_view needle) {
    size_t n = 0;
    for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size())) ++n;
    return n;
}

// A web page: it opens with markup (after white space) and names itself near the start, or — a
// fragment copied from a browser or a page saved without its head — its text is dense with paired
// block tags. A plain report that mentions "<p>" or "<table>" once stays text.
bool is_html(std::string_view b) {
    const std::string probe = ascii_probe(b, 64 * 1024);
    const size_t first = probe.find_first_not_of(" \t\r\n\f\v");
    if (first == std::string::npos) return false;
    const std::string_view head = std::string_view(probe).substr(first, 1024);
    if (head[0] == '<')
        for (std::string_view marker : {"<!doctype html", "<html", "<head", "<body", "<meta"})
            if (head.find(marker) != std::string_view::npos) return true;
    size_t closing = 0;
    for (std::string_view tag : {"</p>", "</div>", "</td>", "</tr>", "</table>", "</span>", "</li>", "</h1>",
                                 "</h2>", "</h3>", "</font>", "</b>", "</strong>"})
        closing += count(probe, tag);
    const size_t breaks = count(probe, "<br");
    // Starting with a tag, a few closed elements suffice; text that only contains markup needs more.
    if (head[0] == '<') return closing >= 2;
    return closing + breaks >= 8 && closing >= 4;
}

// Bytes that do not occur in text: NUL (UTF-16 without a BOM, binary formats) and C0 controls other
// than the white space and the old end-of-file marker. Same 1 % bar as the CLI's text decoder.
bool is_binary(std::string_view b) {
    const size_t n = std::min<size_t>(b.size(), 1 << 20);
    size_t nul = 0, control = 0;
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(b[i]);
        if (c == 0) ++nul;
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A && c != 0x1B)
            ++control;
    }
    return nul * 100 > n || control * 100 > n;
}

}  // namespace

FileKind sniff(std::string_view b) {
    if (b.empty()) return FileKind::Empty;
    if (starts_with(b, "PK\3\4") || starts_with(b, "PK\5\6"))
        return zip_has_word_part(b) ? FileKind::Docx : FileKind::OtherZip;
    if (starts_with(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return FileKind::LegacyWord;
    // RTF (Word and WPS save it; sites publish it as .doc): markup the checker cannot read as text, and
    // the advice is the same as for an old .doc, 另存为 .docx 或 PDF.
    if (starts_with(b, "{\\rtf")) return FileKind::LegacyWord;
    if (is_image(b)) return FileKind::Image;
    if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return FileKind::Pdf;
    const bool utf16_bom = starts_with(b, "\xFF\xFE") || starts_with(b, "\xFE\xFF");
    if (!utf16_bom && is_binary(b)) return FileKind::Binary;
    return is_html(b) ? FileKind::Html : FileKind::Text;
}

const char* file_kind_key(FileKind kind) {
    switch (kind) {
        case FileKind::Empty: return "empty";
        case FileKind::Text: return "text";
        case FileKind::Html: return "html";
        case FileKind::Docx: return "docx";
        case FileKind::Pdf: return "pdf";
        case FileKind::LegacyWord: return "legacy-word";
        case FileKind::OtherZip: return "zip";
        case FileKind::Image: return "image";
        case FileKind::Binary: return "binary";
    }
    return "binary";
}

}  // namespace nianbao::files
