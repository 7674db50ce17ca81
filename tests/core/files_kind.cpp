// File kind by content (files/file_kind.h): reviewers receive .doc files renamed .docx, PDFs saved as
// .txt and web pages without an extension, so the name never decides. And the refusal for each kind
// we cannot read says what the file is and what to do.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>

#include "core/support/samples.h"
#include "files/file_kind.h"
#include "files/pdf_complete.h"
#include "files/unsupported.h"

using namespace nianbao;
using files::FileKind;
using files::sniff;

namespace {

std::string bytes(std::initializer_list<int> list) {
    std::string s;
    for (int b : list) s += static_cast<char>(b);
    return s;
}

void put16(std::string& s, uint16_t v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>(v >> 8);
}
void put32(std::string& s, uint32_t v) {
    put16(s, static_cast<uint16_t>(v & 0xFFFF));
    put16(s, static_cast<uint16_t>(v >> 16));
}

// A stored (uncompressed) ZIP with the given entry names, each holding a few bytes; `with_directory`
// false leaves off the central directory, as a download cut short does.
std::string zip(std::initializer_list<std::string> names, bool with_directory = true) {
    std::string out, directory;
    for (const std::string& name : names) {
        const uint32_t offset = static_cast<uint32_t>(out.size());
        const std::string data = "<x/>";
        out += "PK\3\4";
        put16(out, 20), put16(out, 0), put16(out, 0), put16(out, 0), put16(out, 0);
        put32(out, 0), put32(out, static_cast<uint32_t>(data.size())), put32(out, static_cast<uint32_t>(data.size()));
        put16(out, static_cast<uint16_t>(name.size())), put16(out, 0);
        out += name + data;
        directory += "PK\1\2";
        put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0);
        put32(directory, 0), put32(directory, static_cast<uint32_t>(data.size()));
        put32(directory, static_cast<uint32_t>(data.size()));
        put16(directory, static_cast<uint16_t>(name.size())), put16(directory, 0), put16(directory, 0);
        put16(directory, 0), put16(directory, 0), put32(directory, 0), put32(directory, offset);
        directory += name;
    }
    if (!with_directory) return out;
    const uint32_t directory_at = static_cast<uint32_t>(out.size());
    out += directory;
    out += "PK\5\6";
    put16(out, 0), put16(out, 0);
    put16(out, static_cast<uint16_t>(names.size())), put16(out, static_cast<uint16_t>(names.size()));
    put32(out, static_cast<uint32_t>(directory.size())), put32(out, directory_at), put16(out, 0);
    return out;
}

// `n` copies of `fill`, then `tail` (built by append: GCC 12 warns falsely on string(n, c) + "…").
std::string after(size_t n, char fill, std::string_view tail) {
    std::string s(n, fill);
    s.append(tail);
    return s;
}

std::string utf16le_with_bom(const std::string& ascii) {
    std::string s = "\xFF\xFE";
    for (char c : ascii) s += c, s += '\0';
    return s;
}

}  // namespace

TEST_CASE("sniff: a report's text, in any encoding, is text", "[files]") {
    const std::string report = read_sample("2024_huaian_szf.txt");
    CHECK(sniff(report) == FileKind::Text);
    CHECK(sniff("\xEF\xBB\xBF" + report) == FileKind::Text);
    CHECK(sniff(utf16le_with_bom("2024 report\r\n")) == FileKind::Text);
    // GBK bytes are high bytes, no controls: text for the decoder to work out.
    CHECK(sniff("\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2\xB9\xAB\xBF\xAA\n") == FileKind::Text);
    CHECK(sniff("   \n") == FileKind::Text);
}

TEST_CASE("sniff: a plain report that mentions markup once stays text", "[files]") {
    const std::string report = read_sample("2024_huaian_szf.txt");
    CHECK(sniff("网站使用<p>标签发布公开内容。\n" + report) == FileKind::Text);
    CHECK(sniff(report + "\n附：<table>与</table>之间为统计表。\n") == FileKind::Text);
    CHECK(sniff("<2024年度>政府信息公开工作年度报告\n一、总体情况\n") == FileKind::Text);
}

TEST_CASE("sniff: web pages by their markers near the start", "[files]") {
    CHECK(sniff("<!DOCTYPE html><html><body><p>一、总体情况</p></body></html>") == FileKind::Html);
    CHECK(sniff("\xEF\xBB\xBF\r\n  <!doctype HTML>\n<title>年报</title>") == FileKind::Html);
    CHECK(sniff("<HTML><HEAD><META charset=gbk></HEAD>") == FileKind::Html);
    CHECK(sniff("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">") == FileKind::Html);
    CHECK(sniff("<!-- saved from url=(0040)http://www.gov.cn/ -->\n<html>") == FileKind::Html);
    CHECK(sniff(utf16le_with_bom("<html><body>x</body></html>")) == FileKind::Html);
    // A fragment copied from a browser: no <html>, but closed block elements.
    CHECK(sniff("<div class=\"c\"><p>一、总体情况</p><p>2024年…</p></div>") == FileKind::Html);
    CHECK(sniff("<table><tr><td>1</td><td>2</td></tr></table>") == FileKind::Html);
    // A page whose markup starts after some text is still a page when the markup is dense.
    std::string body = "政府信息公开工作年度报告\n";
    for (int i = 0; i < 6; ++i) body += "<p>第" + std::to_string(i) + "段</p><br>\n";
    CHECK(sniff(body) == FileKind::Html);
}

TEST_CASE("sniff: PDF by %PDF- within the first 1024 bytes", "[files]") {
    CHECK(sniff("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") == FileKind::Pdf);
    CHECK(sniff(after(600, ' ', "%PDF-1.4\n")) == FileKind::Pdf);     // junk before the header
    CHECK(sniff(after(2000, 'x', "%PDF-1.4\n")) == FileKind::Text);  // too far: not a header
    const std::string pdf = read_sample("pdf/2024_huaian_szf.pdf");
    CHECK(sniff(pdf) == FileKind::Pdf);
}

TEST_CASE("sniff: ZIP is a Word document only with a word/ part", "[files]") {
    CHECK(sniff(zip({"[Content_Types].xml", "_rels/.rels", "word/document.xml"})) == FileKind::Docx);
    CHECK(sniff(zip({"[Content_Types].xml", "word/document2.xml"})) == FileKind::Docx);
    CHECK(sniff(zip({"[Content_Types].xml", "xl/workbook.xml"})) == FileKind::OtherZip);
    CHECK(sniff(zip({"Doc_0/Document.xml", "OFD.xml"})) == FileKind::OtherZip);
    CHECK(sniff(zip({"report.pdf"})) == FileKind::OtherZip);
    // Cut short (no central directory): the local headers still name the parts.
    CHECK(sniff(zip({"[Content_Types].xml", "word/document.xml"}, false)) == FileKind::Docx);
    std::string cut = zip({"[Content_Types].xml", "word/document.xml"});
    CHECK(sniff(cut.substr(0, 40)) == FileKind::OtherZip);
    CHECK(sniff("PK\3\4") == FileKind::OtherZip);
    CHECK(sniff(std::string("PK\5\6") + std::string(18, '\0')) == FileKind::OtherZip);  // an empty archive
}

TEST_CASE("sniff: OLE (old Word, WPS, encrypted Office), images, binary, empty", "[files]") {
    const std::string ole = bytes({0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) + std::string(504, '\0');
    CHECK(sniff(ole) == FileKind::LegacyWord);
    CHECK(sniff("{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}") == FileKind::LegacyWord);  // RTF: 另存为 .docx too
    CHECK(sniff(bytes({0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}) + "IHDR") == FileKind::Image);
    CHECK(sniff(bytes({0xFF, 0xD8, 0xFF, 0xE0}) + "JFIF") == FileKind::Image);
    CHECK(sniff("GIF89a\x01\x00") == FileKind::Image);
    CHECK(sniff(std::string("II*\0", 4) + "\x08") == FileKind::Image);
    CHECK(sniff(std::string("MM\0*", 4)) == FileKind::Image);
    std::string bmp = "BM" + bytes({0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0});
    CHECK(sniff(bmp) == FileKind::Image);
    CHECK(sniff("BMW 年度报告\n") == FileKind::Text);  // "BM" alone is not a bitmap
    CHECK(sniff(std::string("abc\0\0\0def\0\0", 11)) == FileKind::Binary);
    CHECK(sniff("report\x01\x02\x03\x04\x05") == FileKind::Binary);
    CHECK(sniff("") == FileKind::Empty);
    // UTF-16 without a BOM is NUL-heavy: binary here, and the refusal names UTF-16.
    CHECK(sniff(std::string("2\0000\0002\0004\0", 8)) == FileKind::Binary);
}

TEST_CASE("sniff never reads past the bytes it is given", "[files]") {
    // Every prefix of every kind's signature, including truncated ZIP records.
    for (const std::string& whole : {zip({"word/document.xml"}), std::string("%PDF-1.4\n"),
                                     bytes({0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
                                     std::string("<!doctype html><p>x</p>")})
        for (size_t n = 0; n <= whole.size(); ++n) (void)sniff(whole.substr(0, n));
    // An end-of-directory record that points outside the file.
    std::string lying = "PK\3\4";
    lying += std::string(30, 'a');
    lying += "PK\5\6";
    lying += bytes({0, 0, 0, 0, 5, 0, 5, 0, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0x7F, 0, 0});
    CHECK(sniff(lying) == FileKind::OtherZip);
}

TEST_CASE("sniff on mutated signatures: every answer is a kind, no read out of bounds (ASan build)", "[files]") {
    // The ZIP walk trusts nothing it reads: sizes and counts are random here.
    const std::string bmp = "BM" + bytes({0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0});
    const std::vector<std::string> seeds = {zip({"[Content_Types].xml", "word/document.xml"}),
                                            zip({"a", "word/x"}, false), std::string("%PDF-1.4\n%%EOF\n"), bmp,
                                            bytes({0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
                                            utf16le_with_bom("<html><p>x</p></html>"),
                                            "<div><p>一</p><p>二</p></div>"};
    std::mt19937 rng(11);
    size_t docx = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string s = seeds[rng() % seeds.size()];
        for (int m = rng() % 4; m >= 0 && !s.empty(); --m) s[rng() % s.size()] = static_cast<char>(rng());
        if (rng() % 3 == 0) s.resize(rng() % (s.size() + 1));
        const FileKind k = sniff(s);
        CHECK(std::string(files::file_kind_key(k)).size() > 0);
        docx += k == FileKind::Docx;
    }
    CHECK(docx > 0);  // most mutations leave a Word package recognisable
}

TEST_CASE("file kinds have stable keys", "[files]") {
    CHECK(std::string(files::file_kind_key(FileKind::LegacyWord)) == "legacy-word");
    CHECK(std::string(files::file_kind_key(FileKind::OtherZip)) == "zip");
    CHECK(std::string(files::file_kind_key(FileKind::Docx)) == "docx");
}

TEST_CASE("refusals say what the file is and what to do", "[files]") {
    const auto doc = files::unsupported_file(FileKind::LegacyWord);
    CHECK_FALSE(doc.ok);
    CHECK(doc.error_code == "legacy-word");
    CHECK(doc.error.find("另存为 .docx 或 PDF") != std::string::npos);
    CHECK(doc.error.find(".doc/.wps/.rtf") != std::string::npos);
    const auto scan = files::unsupported_pdf("pdf-no-text-layer");
    CHECK(scan.error.find("没有文字层") != std::string::npos);
    CHECK(scan.error.find("扫描件") != std::string::npos);
    CHECK(files::unsupported_pdf("pdf-encrypted").error.find("密码") != std::string::npos);
    CHECK(files::unsupported_pdf("pdf-damaged").error_code == "pdf-damaged");
    CHECK(files::unsupported_file(FileKind::Image).error.find("图片") != std::string::npos);
    CHECK(files::unsupported_file(FileKind::OtherZip).error.find("ZIP") != std::string::npos);
    CHECK(files::unsupported_file(FileKind::Binary).error.find("UTF-16") != std::string::npos);
    CHECK(files::unsupported_file(FileKind::Empty).error.find("空") != std::string::npos);
}

TEST_CASE("a PDF cut short is told by its missing end", "[files]") {
    const std::string pdf = read_sample("pdf/2024_huaian_szf.pdf");
    CHECK(files::pdf_reaches_end(pdf));
    CHECK(files::pdf_reaches_end(pdf + std::string(100, '\n')));
    CHECK_FALSE(files::pdf_reaches_end(pdf.substr(0, pdf.size() / 2)));
    CHECK_FALSE(files::pdf_reaches_end(""));
}
