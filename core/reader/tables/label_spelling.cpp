#include "reader/tables/label_spelling.h"

#include <algorithm>
#include <string>

#include "text/source.h"

namespace nianbao {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Greedy spelling from a fixed first token.
bool spell_from(std::string_view key, const std::vector<TableToken>& tokens, const std::vector<bool>& used,
                uint32_t first, uint32_t to, std::vector<uint32_t>& took) {
    took.clear();
    size_t pos = 0;
    int skipped = 0;
    for (uint32_t i = first; i < to; ++i) {
        const TableToken& t = tokens[i];
        if (t.kind != TableToken::Kind::Label || used[i] || t.key.empty()) {
            if (t.kind != TableToken::Kind::Label) continue;  // numbers of the same row sit between pieces
            if (!t.key.empty() && ++skipped > 6) return false;
            continue;
        }
        if (starts_with(key.substr(pos), t.key)) {
            took.push_back(i);
            pos += t.key.size();
            if (pos == key.size()) return true;
        } else {
            if (took.empty()) return false;
            if (t.prose || ++skipped > 6) return false;
        }
    }
    return false;
}

}  // namespace

Spelling spell_label(std::string_view key, const std::vector<TableToken>& tokens, const std::vector<bool>& used,
                     uint32_t from, uint32_t to, uint32_t start_limit) {
    Spelling s;
    if (key.empty()) return s;
    start_limit = std::min(start_limit, to);
    std::vector<uint32_t> took;
    for (uint32_t k = start_limit; k > from; --k) {
        const uint32_t i = k - 1;
        const TableToken& t = tokens[i];
        if (t.kind != TableToken::Kind::Label || used[i] || t.key.empty() || !starts_with(key, t.key)) continue;
        if (spell_from(key, tokens, used, i, to, took)) {
            s.ok = true;
            s.tokens = took;
            return s;
        }
    }
    return s;
}

double label_similarity(std::string_view a, std::string_view b) {
    auto bigrams = [](std::string_view s) {
        std::vector<char32_t> cps;
        size_t i = 0;
        while (i < s.size()) {
            int len = 1;
            cps.push_back(utf8::decode(s, i, len));
            i += static_cast<size_t>(len);
        }
        std::vector<uint64_t> out;
        for (size_t k = 1; k < cps.size(); ++k) out.push_back((uint64_t(cps[k - 1]) << 32) | cps[k]);
        std::sort(out.begin(), out.end());
        return out;
    };
    auto x = bigrams(a), y = bigrams(b);
    if (x.empty() || y.empty()) return a == b ? 1.0 : 0.0;
    size_t common = 0, i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i] == y[j]) { ++common; ++i; ++j; }
        else if (x[i] < y[j]) ++i;
        else ++j;
    }
    return 2.0 * double(common) / double(x.size() + y.size());
}

}  // namespace nianbao
