#include "rules/content/evidence.h"

#include "text/label_key.h"

#include <algorithm>
#include <functional>

namespace nianbao {

namespace {

std::optional<std::string> scope_text(const Document& doc, const std::string& within) {
    std::string out;
    if (within.empty()) {
        for (const Line& l : doc.lines)
            if (!l.clutter && !l.blank) {
                out += doc.slice(l.span);
                out += '\n';
            }
        return out;
    }
    for (const Section& s : doc.sections)
        if (s.level == 1 && s.topic == within) {
            out += doc.slice({s.heading.begin, std::max(s.heading.end, s.body.end)});
            out += '\n';
        }
    if (out.empty()) return std::nullopt;
    return out;
}

}  // namespace

std::optional<bool> ItemScopes::covers(const ItemSpec& item) {
    auto it = keys_.find(item.within);
    if (it == keys_.end()) {
        std::optional<std::string> text = scope_text(doc_, item.within);
        if (text) text = label_key(*text);
        it = keys_.emplace(item.within, std::move(text)).first;
    }
    if (!it->second) return std::nullopt;
    const std::string& key = *it->second;
    for (const auto& group : item.evidence) {
        bool all = !group.empty();
        for (const std::string& w : group) {
            // Horspool skips ahead by the word's length; find() stops at every byte E5–E9, which is
            // every CJK character's lead byte, and the scope is the whole report.
            const std::string word = label_key(w);
            const std::boyer_moore_horspool_searcher searcher(word.begin(), word.end());
            if (std::search(key.begin(), key.end(), searcher) == key.end()) {
                all = false;
                break;
            }
        }
        if (all) return true;
    }
    return false;
}

}  // namespace nianbao
