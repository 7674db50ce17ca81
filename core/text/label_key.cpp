#include "text/label_key.h"

#include "text/utf8.h"


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
    std::string out;
    out.reserve(s.size());
    size_t run = 0;  // start of the bytes not yet copied: unchanged runs are appended whole
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
        out.append(s.substr(run, i - run));
        switch (m) {
            case Mapped::Drop: break;
            case Mapped::Separator: out += style.separator; break;
            case Mapped::Semicolon: out += ';'; break;
            case Mapped::DoubleQuote: out += '"'; break;
            case Mapped::SingleQuote: out += style.single_quotes_apart ? '\'' : '"'; break;
            case Mapped::Keep: out += static_cast<char>(cp); break;  // a shifted full-width character: ASCII now
        }
        i += static_cast<size_t>(len);
        run = i;
    }
    out.append(s.substr(run));
    return out;
}

}  // namespace nianbao
