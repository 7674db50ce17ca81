#include "rules/content/evidence.h"

#include <algorithm>

#include "text/find_word.h"
#include "text/label_key.h"

namespace nianbao {

namespace {

// Length of the sentence end at text[i], 0 when there is none: 。！？； (NFKC made ！？； ASCII; the
// full-width forms are kept in case) and line ends.
size_t sentence_end_at(std::string_view text, size_t i) {
    switch (text[i]) {
        case '!': case '?': case ';': case '\n': return 1;
        case '\xE3': return text.compare(i, 3, "。") == 0 ? 3 : 0;
        case '\xEF':
            for (std::string_view end : {"！", "？", "；"})
                if (text.compare(i, end.size(), end) == 0) return end.size();
            return 0;
        default: return 0;
    }
}

// The alternatives of one concept ("未收费|不收费"), in label_key() form, empty ones dropped.
std::vector<std::string> alternatives(std::string_view words) {
    std::vector<std::string> out;
    while (true) {
        const size_t bar = words.find('|');
        std::string word = label_key(words.substr(0, bar));
        if (!word.empty()) out.push_back(std::move(word));
        if (bar == std::string_view::npos) break;
        words.remove_prefix(bar + 1);
    }
    return out;
}

bool says(std::string_view sentence, const std::vector<std::string>& words) {
    for (const std::string& w : words)
        if (sentence.find(w) != std::string_view::npos) return true;
    return false;
}

}  // namespace

void Sentences::add_text(std::string_view text) {
    size_t begin = 0;
    for (size_t i = 0; i <= text.size();) {
        const size_t end = i < text.size() ? sentence_end_at(text, i) : 1;
        if (!end) {
            ++i;
            continue;
        }
        std::string key = label_key(text.substr(begin, i - begin));
        if (!key.empty()) {
            keyed_ += key;
            ends_.push_back(keyed_.size());
            keyed_ += '\n';
        }
        i += end;
        begin = i;
    }
}

bool Sentences::any_says(const std::vector<std::string>& group) const {
    if (group.empty()) return false;
    std::vector<std::vector<std::string>> concepts;
    for (const std::string& c : group) {
        concepts.push_back(alternatives(c));
        if (concepts.back().empty()) return false;  // a concept nobody can say: bad data, no evidence
    }
    // Sentences that say the first concept, then the others looked for in each of them.
    for (const std::string& first : concepts.front()) {
        for (size_t at = find_word(keyed_, first); at != std::string_view::npos;) {
            const auto end = std::upper_bound(ends_.begin(), ends_.end(), at);
            if (end == ends_.end()) break;
            const size_t begin = end == ends_.begin() ? 0 : *(end - 1) + 1;
            const std::string_view sentence = std::string_view(keyed_).substr(begin, *end - begin);
            bool all = true;
            for (size_t k = 1; k < concepts.size() && all; ++k) all = says(sentence, concepts[k]);
            if (all) return true;
            at = find_word(keyed_, first, *end + 1);  // the next sentence that says it
        }
    }
    return false;
}

const Sentences* ItemScopes::scope(const std::string& within) {
    auto it = scopes_.find(within);
    if (it != scopes_.end()) return it->second ? &*it->second : nullptr;
    Sentences sentences;
    if (within.empty()) {
        for (const Line& l : doc_.lines)
            if (!l.clutter && !l.blank) sentences.add_text(doc_.slice(l.span));
    } else {
        bool found = false;
        for (const Section& s : doc_.sections)
            if (s.level == 1 && s.topic == within) {
                found = true;
                sentences.add_text(doc_.slice({s.heading.begin, std::max(s.heading.end, s.body.end)}));
            }
        if (!found) {
            scopes_.emplace(within, std::nullopt);
            return nullptr;
        }
    }
    return &*scopes_.emplace(within, std::move(sentences)).first->second;
}

std::optional<bool> ItemScopes::covers(const ItemSpec& item) {
    for (const Section& s : doc_.sections)
        if (s.level == 1 && !s.topic.empty() && s.topic == item.id) return true;  // its own part
    const Sentences* sentences = scope(item.within);
    if (!sentences) return std::nullopt;
    for (const auto& group : item.evidence)
        if (sentences->any_says(group)) return true;
    return false;
}

}  // namespace nianbao
