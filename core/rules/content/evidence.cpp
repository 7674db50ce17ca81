#include "rules/content/evidence.h"

#include "text/find_word.h"
#include "text/label_key.h"

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
            if (find_word(key, label_key(w)) == std::string_view::npos) {  // the scope is the whole report
                all = false;
                break;
            }
        }
        if (all) return true;
    }
    return false;
}

}  // namespace nianbao
