#include "files/html_charset.h"

#include <algorithm>

namespace nianbao::files {

namespace {

bool valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        if (n == 2 && b < 0xC2) return false;  // overlong
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

}  // namespace

std::string declared_html_charset(std::string_view bytes) {
    std::string head(bytes.substr(0, 4096));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    const size_t at = head.find("charset");
    if (at == std::string::npos) return "";
    size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    std::string name;
    while (i < head.size() && name.size() < 40 &&
           ((head[i] >= 'a' && head[i] <= 'z') || (head[i] >= '0' && head[i] <= '9') || head[i] == '-' ||
            head[i] == '_' || head[i] == '.' || head[i] == ':'))
        name += head[i++];
    return name;
}

bool html_needs_decoding(std::string_view bytes) {
    const std::string charset = declared_html_charset(bytes);
    if (!charset.empty() && charset != "utf-8" && charset != "utf8" && charset != "us-ascii" && charset != "ascii")
        return true;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return !valid_utf8(bytes);
}

}  // namespace nianbao::files
