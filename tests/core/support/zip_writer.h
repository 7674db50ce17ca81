#pragma once
// ZIP files made in memory for the .docx tests: hostile packages (bombs, deep XML, cut files) are
// built at test time at any size, so the committed files stay small.
#include <string>
#include <utility>
#include <vector>

struct ZipPart {
    std::string name;
    std::string data;      // as stored in the archive (already deflated when deflated = true)
    bool deflated = false;
    size_t uncompressed_size = 0;  // declared size of a deflated part
};

// A ZIP archive holding the parts in order (CRCs are written as 0: the reader does not need them).
std::string make_zip(const std::vector<ZipPart>& parts);

// A stored part.
ZipPart stored_part(std::string name, std::string data);

// A raw deflate stream that inflates to `zeros` zero bytes (one literal, then back-references of 258
// bytes at distance 1): about 1,000 times smaller than its output, the shape of a zip bomb.
ZipPart zero_bomb_part(std::string name, size_t zeros);

// The smallest .docx parts around a document.xml body.
std::vector<ZipPart> docx_parts(std::string document_xml);

// The test files of tests/files (bytes), and their expected text in tests/files/expected.
std::string read_test_file(const std::string& relative_path);
