#include "core/support/zip_writer.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace {

void put16(std::string& out, uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& out, uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

// Writes deflate bits least significant first; Huffman codes go most significant first.
struct BitWriter {
    std::string out;
    uint32_t bits = 0;
    int count = 0;
    void put(uint32_t value, int n) {
        for (int i = 0; i < n; ++i) {
            bits |= ((value >> i) & 1u) << count;
            if (++count == 8) {
                out += static_cast<char>(bits);
                bits = 0;
                count = 0;
            }
        }
    }
    void code(uint32_t code, int n) {  // Huffman code, most significant bit first
        for (int i = n - 1; i >= 0; --i) put((code >> i) & 1u, 1);
    }
    std::string finish() {
        if (count) out += static_cast<char>(bits);
        return out;
    }
};

}  // namespace

std::string make_zip(const std::vector<ZipPart>& parts) {
    std::string out, directory;
    for (const auto& part : parts) {
        const auto offset = static_cast<uint32_t>(out.size());
        const uint16_t method = part.deflated ? 8 : 0;
        const auto size = static_cast<uint32_t>(part.data.size());
        const auto full = static_cast<uint32_t>(part.deflated ? part.uncompressed_size : part.data.size());
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, method), put16(out, 0), put16(out, 0);
        put32(out, 0), put32(out, size), put32(out, full);
        put16(out, static_cast<uint32_t>(part.name.size())), put16(out, 0);
        out += part.name;
        out += part.data;
        put32(directory, 0x02014b50);
        put16(directory, 20), put16(directory, 20), put16(directory, 0), put16(directory, method);
        put16(directory, 0), put16(directory, 0);
        put32(directory, 0), put32(directory, size), put32(directory, full);
        put16(directory, static_cast<uint32_t>(part.name.size()));
        put16(directory, 0), put16(directory, 0), put16(directory, 0), put16(directory, 0);
        put32(directory, 0), put32(directory, offset);
        directory += part.name;
    }
    const auto directory_offset = static_cast<uint32_t>(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0);
    put16(out, static_cast<uint32_t>(parts.size())), put16(out, static_cast<uint32_t>(parts.size()));
    put32(out, static_cast<uint32_t>(directory.size())), put32(out, directory_offset);
    put16(out, 0);
    return out;
}

ZipPart stored_part(std::string name, std::string data) { return {std::move(name), std::move(data), false, 0}; }

ZipPart zero_bomb_part(std::string name, size_t zeros) {
    BitWriter w;
    w.put(1, 1);  // final block
    w.put(1, 2);  // fixed Huffman codes
    w.code(0x30, 8);  // literal 0 (codes 0x30..0xBF for literals 0..143)
    size_t written = 1;
    while (written + 258 <= zeros) {
        w.code(0xC5, 8);  // length symbol 285 = 258 (fixed code 11000101)
        w.code(0, 5);     // distance symbol 0 = distance 1
        written += 258;
    }
    while (written < zeros) {
        w.code(0x30, 8);
        ++written;
    }
    w.code(0, 7);  // end of block (symbol 256: 0000000)
    return {std::move(name), w.finish(), true, zeros};
}

std::vector<ZipPart> docx_parts(std::string document_xml) {
    return {stored_part("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
            stored_part("word/document.xml", std::move(document_xml))};
}

std::string read_test_file(const std::string& relative_path) {
    const std::string path = std::string(NIANBAO_SOURCE_DIR) + "/tests/files/" + relative_path;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
