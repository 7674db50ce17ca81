#pragma once
// A ZIP archive read from its central directory (the only index a ZIP has that names every entry
// with its real sizes; local headers may carry zeros and a data descriptor). Entries are inflated
// with zlib in bounded steps: a zip bomb stops at the limits, it never fills memory.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "files/extracted.h"

namespace nianbao::files {

struct ZipEntry {
    std::string name;
    uint16_t method = 0;            // 0 stored, 8 deflate
    uint16_t flags = 0;             // bit 0: encrypted
    uint64_t compressed_size = 0;
    uint64_t uncompressed_size = 0; // as declared: not trusted for allocation
    uint64_t local_header_offset = 0;
};

// Why reading failed; the caller turns it into a Chinese sentence for its file type.
enum class ZipError { None, NotZip, Damaged, Encrypted, Unsupported, TooLarge };

class ZipArchive {
public:
    // Reads the central directory of `bytes` (which must outlive the archive).
    static ZipArchive open(std::string_view bytes);

    ZipError error() const { return error_; }
    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(std::string_view name) const;

    // The entry's content, or nullopt with error() set. `expanded_total` is added to and checked
    // against limits.max_expanded_bytes across calls; limits.max_compression_ratio is per entry.
    std::optional<std::string> read(const ZipEntry& entry, const Limits& limits, size_t& expanded_total);

private:
    std::string_view bytes_;
    std::vector<ZipEntry> entries_;
    ZipError error_ = ZipError::None;
};

}  // namespace nianbao::files
