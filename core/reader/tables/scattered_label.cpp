#include "reader/tables/scattered_label.h"

#include <algorithm>

namespace nianbao {

namespace {

constexpr uint32_t kMaxScan = 240;       // tokens looked back at: a dozen rows of a table
constexpr size_t kMaxCandidates = 24;    // unused label tokens among them

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

Spelling gather_label(std::string_view key, const std::vector<TableToken>& tokens, const std::vector<bool>& used,
                      uint32_t from, uint32_t before) {
    Spelling s;
    if (key.empty() || before <= from) return s;
    std::vector<uint32_t> candidates;
    const uint32_t lowest = before - std::min(before - from, kMaxScan);
    for (uint32_t i = before; i > lowest && candidates.size() < kMaxCandidates; --i) {
        const TableToken& t = tokens[i - 1];
        if (t.is_label() && !used[i - 1] && !t.key.empty() && key.find(t.key) != std::string_view::npos)
            candidates.push_back(i - 1);
    }
    // Longest piece first at each place: "其他处理" before "其".
    std::vector<bool> taken(candidates.size(), false);
    size_t pos = 0;
    while (pos < key.size()) {
        int best = -1;
        for (size_t c = 0; c < candidates.size(); ++c) {
            if (taken[c]) continue;
            const std::string& piece = tokens[candidates[c]].key;
            if (starts_with(key.substr(pos), piece) &&
                (best < 0 || piece.size() > tokens[candidates[static_cast<size_t>(best)]].key.size()))
                best = static_cast<int>(c);
        }
        if (best < 0) return s;
        taken[static_cast<size_t>(best)] = true;
        s.tokens.push_back(candidates[static_cast<size_t>(best)]);
        pos += tokens[candidates[static_cast<size_t>(best)]].key.size();
    }
    std::sort(s.tokens.begin(), s.tokens.end());
    s.ok = true;
    return s;
}

}  // namespace nianbao
