#include "text/label_key.h"

#include "text/utf8.h"

#include <algorithm>
#include <cstring>

namespace nianbao {

namespace {

enum class Mapped { Keep, Drop, Separator, Semicolon, DoubleQuote, SingleQuote };

Mapped classify(char32_t cp) {
    switch (cp) {
        case ' ': case '\t': case '\n': case '\r': case 0xA0: case 0x3000: case 0x200B: case 0x2002:
        case 0x2003: case 0x2009: case 0xFEFF:
            return Mapped::Drop;
        case 0x3001: case 0xFF0C: case ',':  // 、，,
            return Mapped::Separator;
        case 0xFF1B: case ';':  // ；;
            return Mapped::Semicolon;
        case 0x201C: case 0x201D: case 0x201E: case 0x300C: case 0x300D: case 0x300E: case 0x300F:
        case 0x301D: case 0x301E: case 0xFF02: case '"':
            return Mapped::DoubleQuote;
        case 0x2018: case 0x2019: case 0xFF07: case '\'':
            return Mapped::SingleQuote;
        default:
            return Mapped::Keep;
    }
}

// Bytes that may start a character the key changes: the ASCII ones classify() maps, and the lead
// bytes of every non-ASCII code point it or the full-width shift may change (U+00A0; U+2002–U+201E;
// U+3000–U+301E; U+FEFF and U+FF01–U+FF5E). Every other byte is copied as it is, without decoding:
// most of a key's text is ideographs, skipped here by one table lookup per byte.
struct Interesting {
    bool byte[256] = {};
    constexpr Interesting() {
        for (unsigned char c : {' ', '\t', '\n', '\r', ',', ';', '"', '\''}) byte[c] = true;
        for (unsigned c : {0xC2u, 0xE2u, 0xE3u, 0xEFu}) byte[c] = true;
    }
};
constexpr Interesting kInteresting;

}  // namespace

std::string label_key(std::string_view s, const LabelKeyStyle& style) {
    // Written through a raw pointer: a report pasted from a PDF has a space every few characters,
    // and std::string::append per space was most of the cost. The key is rarely longer than the
    // text (only an ASCII separator can grow, into a 3-byte "、"); the buffer grows when it must.
    std::string out(s.size() + 16, '\0');
    char* w = out.data();
    auto put = [&](std::string_view bytes) {
        const size_t used = static_cast<size_t>(w - out.data());
        if (used + bytes.size() > out.size()) {
            out.resize(std::max(out.size() * 2, used + bytes.size()));
            w = out.data() + used;
        }
        std::memcpy(w, bytes.data(), bytes.size());
        w += bytes.size();
    };
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (!kInteresting.byte[b]) {
            ++i;  // continuation bytes of a kept character are copied with it
            continue;
        }
        const bool ascii = b < 0x80;
        int len = 1;
        char32_t cp = b;
        bool reshaped = false;  // a full-width ASCII character shifted to its ASCII form
        if (!ascii) {
            cp = utf8::decode(s, i, len);
            if (cp >= 0xFF01 && cp <= 0xFF5E && classify(cp) == Mapped::Keep) {
                cp -= 0xFEE0;
                reshaped = true;
            }
        }
        Mapped m = classify(cp);
        if (m == Mapped::Semicolon && style.semicolons_separate) m = Mapped::Separator;
        if (m == Mapped::Keep && !reshaped) {
            i += static_cast<size_t>(len);
            continue;
        }
        put(s.substr(run, i - run));
        switch (m) {
            case Mapped::Drop: break;
            case Mapped::Separator: put(style.separator); break;
            case Mapped::Semicolon: put(";"); break;
            case Mapped::DoubleQuote: put("\""); break;
            case Mapped::SingleQuote: put(style.single_quotes_apart ? "'" : "\""); break;
            case Mapped::Keep: {  // a shifted full-width character: ASCII now
                const char c = static_cast<char>(cp);
                put(std::string_view(&c, 1));
                break;
            }
        }
        i += static_cast<size_t>(len);
        run = i;
    }
    put(s.substr(run));
    out.resize(static_cast<size_t>(w - out.data()));
    return out;
}

}  // namespace nianbao
