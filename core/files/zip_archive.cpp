#include "files/zip_archive.h"

#include <algorithm>
#include <cstring>

#include <zlib.h>

namespace nianbao::files {

namespace {

constexpr uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr size_t kEndRecordSize = 22;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kLocalHeaderSize = 30;
// Small entries compress far better than the ratio limit allows (a styles.xml of repeated runs), so
// the ratio is only judged once an entry has grown past this.
constexpr size_t kRatioGrace = 1u << 20;
constexpr size_t kInflateChunk = 64u << 10;

uint16_t u16(std::string_view b, size_t at) {
    return static_cast<uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
uint32_t u32(std::string_view b, size_t at) { return u16(b, at) | static_cast<uint32_t>(u16(b, at + 2)) << 16; }

}  // namespace

ZipArchive ZipArchive::open(std::string_view bytes) {
    ZipArchive zip;
    zip.bytes_ = bytes;
    if (bytes.size() < 4 || u32(bytes, 0) != kLocalHeader) {
        zip.error_ = ZipError::NotZip;
        return zip;
    }
    // The end record is in the last 22 bytes plus a comment of at most 65,535 bytes.
    if (bytes.size() < kEndRecordSize) {
        zip.error_ = ZipError::Damaged;
        return zip;
    }
    size_t end = std::string_view::npos;
    const size_t lowest = bytes.size() > kEndRecordSize + 0xFFFF ? bytes.size() - kEndRecordSize - 0xFFFF : 0;
    for (size_t at = bytes.size() - kEndRecordSize + 1; at-- > lowest;) {
        if (u32(bytes, at) == kEndOfCentralDirectory) {
            end = at;
            break;
        }
    }
    if (end == std::string_view::npos) {  // cut short: the index at the end is gone
        zip.error_ = ZipError::Damaged;
        return zip;
    }
    const size_t count = u16(bytes, end + 10);
    const uint64_t dir_size = u32(bytes, end + 12);
    const uint64_t dir_offset = u32(bytes, end + 16);
    if (count == 0xFFFF || dir_offset == 0xFFFFFFFFu) {  // ZIP64: no Word document needs it
        zip.error_ = ZipError::Unsupported;
        return zip;
    }
    if (dir_offset + dir_size > end) {
        zip.error_ = ZipError::Damaged;
        return zip;
    }
    size_t at = static_cast<size_t>(dir_offset);
    zip.entries_.reserve(std::min<size_t>(count, 4096));
    for (size_t i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > end || u32(bytes, at) != kCentralHeader) {
            zip.error_ = ZipError::Damaged;
            return zip;
        }
        ZipEntry e;
        e.flags = u16(bytes, at + 8);
        e.method = u16(bytes, at + 10);
        e.compressed_size = u32(bytes, at + 20);
        e.uncompressed_size = u32(bytes, at + 24);
        const size_t name_len = u16(bytes, at + 28);
        const size_t extra_len = u16(bytes, at + 30);
        const size_t comment_len = u16(bytes, at + 32);
        e.local_header_offset = u32(bytes, at + 42);
        if (at + kCentralHeaderSize + name_len > end) {
            zip.error_ = ZipError::Damaged;
            return zip;
        }
        e.name.assign(bytes.substr(at + kCentralHeaderSize, name_len));
        zip.entries_.push_back(std::move(e));
        at += kCentralHeaderSize + name_len + extra_len + comment_len;
    }
    return zip;
}

const ZipEntry* ZipArchive::find(std::string_view name) const {
    for (const auto& e : entries_)
        if (e.name == name) return &e;
    // Some writers differ in case ("Word/Document.xml"); ZIP names are case-sensitive but Word is not.
    for (const auto& e : entries_)
        if (e.name.size() == name.size() &&
            std::equal(e.name.begin(), e.name.end(), name.begin(), [](char a, char b) {
                return (a | 0x20) == (b | 0x20);
            }))
            return &e;
    return nullptr;
}

std::optional<std::string> ZipArchive::read(const ZipEntry& entry, const Limits& limits, size_t& expanded_total) {
    if (entry.flags & 1) {
        error_ = ZipError::Encrypted;
        return std::nullopt;
    }
    const size_t local = static_cast<size_t>(entry.local_header_offset);
    if (local + kLocalHeaderSize > bytes_.size() || u32(bytes_, local) != kLocalHeader) {
        error_ = ZipError::Damaged;
        return std::nullopt;
    }
    const size_t data = local + kLocalHeaderSize + u16(bytes_, local + 26) + u16(bytes_, local + 28);
    if (data > bytes_.size() || entry.compressed_size > bytes_.size() - data) {
        error_ = ZipError::Damaged;
        return std::nullopt;
    }
    const std::string_view packed = bytes_.substr(data, static_cast<size_t>(entry.compressed_size));
    const size_t ratio_cap = std::max(kRatioGrace, packed.size() * limits.max_compression_ratio);
    const auto over_limit = [&](size_t produced) {
        return produced > ratio_cap || expanded_total + produced > limits.max_expanded_bytes;
    };

    if (entry.method == 0) {
        if (over_limit(packed.size())) {
            error_ = ZipError::TooLarge;
            return std::nullopt;
        }
        expanded_total += packed.size();
        return std::string(packed);
    }
    if (entry.method != 8) {
        error_ = ZipError::Unsupported;
        return std::nullopt;
    }

    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        error_ = ZipError::Damaged;
        return std::nullopt;
    }
    std::string out;
    // Grow from what the input can honestly give, never from the declared size alone.
    out.reserve(std::min<size_t>(entry.uncompressed_size, std::min(ratio_cap, packed.size() * 16 + 4096)));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    z.avail_in = static_cast<uInt>(packed.size());
    int rc = Z_OK;
    // Inflate straight into the string, a chunk at a time (no large buffer on the stack: wasm's is small).
    while (rc != Z_STREAM_END) {
        const size_t before = out.size();
        out.resize(before + kInflateChunk);
        z.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        z.avail_out = static_cast<uInt>(kInflateChunk);
        rc = inflate(&z, Z_NO_FLUSH);
        const size_t produced = kInflateChunk - z.avail_out;
        out.resize(before + produced);
        if (rc != Z_OK && rc != Z_STREAM_END) break;
        if (over_limit(out.size())) {
            inflateEnd(&z);
            error_ = ZipError::TooLarge;
            return std::nullopt;
        }
        if (rc == Z_OK && produced == 0 && z.avail_in == 0) break;  // input ended mid-stream
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) {
        error_ = ZipError::Damaged;
        return std::nullopt;
    }
    expanded_total += out.size();
    return out;
}

}  // namespace nianbao::files
