#pragma once
// Turns a file's bytes into UTF-8: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK
// (many government files are GBK). Anything else is refused with a reason.
#include <optional>
#include <string>

namespace nianbao::cli {

struct Decoded {
    std::string utf8;
    std::string encoding;  // "utf-8", "utf-16le", "utf-16be", "gb18030"
    size_t invalid_bytes = 0;  // UTF-8 with a few damaged bytes: how many (each read as U+FFFD)
};

// Returns nullopt and sets `error` (Chinese) when the bytes are not text it can decode.
std::optional<Decoded> decode_text(const std::string& bytes, std::string& error);

}  // namespace nianbao::cli
