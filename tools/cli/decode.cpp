#include "decode.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "text/source.h"

namespace nianbao::cli {

namespace {

std::optional<std::string> convert_strict(const std::string& bytes, const char* charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return std::nullopt;
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv, status);
    ucnv_close(conv);
    if (U_FAILURE(status)) return std::nullopt;
    std::string out;
    u.toUTF8String(out);
    return out;
}

// Share of NUL bytes: text files have none; UTF-16 without BOM or binary data have many.
bool looks_binary(const std::string& bytes) {
    size_t nul = 0;
    const size_t n = std::min<size_t>(bytes.size(), 1 << 20);
    for (size_t i = 0; i < n; ++i) nul += bytes[i] == '\0';
    return nul * 100 > n;  // more than 1%
}

// A UTF-8 file with a few damaged bytes (a bad copy, a truncated download) is still UTF-8: decoding
// it as GB18030 would turn the whole report into mojibake, and refusing it would refuse a report the
// web page checks (the browser replaces such bytes with U+FFFD). Mostly UTF-8: at least one valid
// multi-byte sequence, and invalid bytes fewer than 1% of them. GBK text is not: its byte pairs
// seldom form valid UTF-8 sequences.
bool mostly_utf8(const std::string& bytes, size_t& invalid) {
    size_t multibyte = 0;
    invalid = 0;
    for (size_t i = 0; i < bytes.size();) {
        int len;
        const char32_t cp = utf8::decode(bytes, i, len);
        if (cp == 0xFFFD && len == 1) ++invalid;
        else if (len > 1) ++multibyte;
        i += static_cast<size_t>(len);
    }
    return multibyte > 0 && invalid * 100 < multibyte;
}

}  // namespace

std::optional<Decoded> decode_text(const std::string& bytes, std::string& error) {
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) {
        if (auto s = convert_strict(bytes.substr(2), "UTF-16LE")) return Decoded{*s, "utf-16le"};
        error = "UTF-16LE 编码损坏，无法读取";
        return std::nullopt;
    }
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE && static_cast<unsigned char>(bytes[1]) == 0xFF) {
        if (auto s = convert_strict(bytes.substr(2), "UTF-16BE")) return Decoded{*s, "utf-16be"};
        error = "UTF-16BE 编码损坏，无法读取";
        return std::nullopt;
    }
    if (looks_binary(bytes)) {
        error = "不是文本文件（含大量 NUL 字节）：请粘贴或保存为 UTF-8、UTF-16（带 BOM）或 GBK 文本";
        return std::nullopt;
    }
    if (utf8::is_valid(bytes)) return Decoded{bytes, "utf-8"};
    size_t invalid = 0;
    if (mostly_utf8(bytes, invalid)) {
        // The core reads each invalid byte as one U+FFFD (text/source.h); text.garbled reports runs.
        Decoded d{bytes, "utf-8"};
        d.invalid_bytes = invalid;
        return d;
    }
    if (auto s = convert_strict(bytes, "GB18030")) return Decoded{*s, "gb18030"};
    error = "无法识别的文本编码（不是 UTF-8、UTF-16 或 GB18030/GBK）";
    return std::nullopt;
}

}  // namespace nianbao::cli
