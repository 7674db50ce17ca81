#include "check/fingerprint.h"

#include <cstdint>
#include <map>

namespace nianbao {

namespace {

uint64_t fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// The normalized line around `pos`, without white space.
std::string line_key(const std::string& text, uint32_t pos) {
    if (pos > text.size()) pos = static_cast<uint32_t>(text.size());
    const size_t begin = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    const size_t from = (begin == std::string::npos || pos == 0) ? 0 : begin + 1;
    size_t to = text.find('\n', pos);
    if (to == std::string::npos) to = text.size();
    std::string key;
    for (size_t i = from; i < to; ++i)
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r') key += text[i];
    return key;
}

}  // namespace

void assign_fingerprints(std::vector<Finding>& findings, const NormalizedText& text) {
    std::map<std::string, int> seen;
    for (Finding& f : findings) {
        uint64_t h = fnv1a(f.rule);
        h = fnv1a("\x1f", h);
        h = fnv1a(f.message, h);
        h = fnv1a("\x1f", h);
        h = fnv1a(line_key(text.text, f.span.begin), h);
        char hex[17];
        static const char* digits = "0123456789abcdef";
        for (int i = 15; i >= 0; --i, h >>= 4) hex[i] = digits[h & 15];
        hex[16] = '\0';
        std::string fp = hex;
        const int n = ++seen[fp];
        if (n > 1) fp += "-" + std::to_string(n);
        f.fingerprint = std::move(fp);
    }
}

}  // namespace nianbao
