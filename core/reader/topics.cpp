// Topics of the level-1 sections: which part of the edition each heading is, by the concept words
// the edition data gives per topic ("keywords" in data/editions/*.json). Headings say a topic in
// many ways ("信访投诉、复议及诉讼情况", "因政府信息公开申请行政复议、提起行政诉讼的情况"), so each
// topic lists the words of its concept, short ones included ("复议", "诉讼"), and a long word also
// matches with one stray character inside it: web copies carry typos such as "行政法复议"
// (2022_pingtan_gwh). The topic whose words cover most of the heading wins.
#include "reader/read_document.h"
#include "text/label_key.h"
#include "text/utf8.h"

namespace nianbao {

namespace {

// A typo is one character too many; only words this long tolerate it (a two- or three-character
// word with a character inserted is a different phrase as often as not).
constexpr size_t kTolerantFromCodePoints = 4;

bool is_ideograph(char32_t c) { return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF); }

// Byte offsets of the code-point boundaries inside `word` (not 0 and not the end).
std::vector<size_t> inner_boundaries(std::string_view word) {
    std::vector<size_t> out;
    for (size_t i = 0; i < word.size();) {
        int len;
        utf8::decode(word, i, len);
        i += static_cast<size_t>(len);
        if (i < word.size()) out.push_back(i);
    }
    return out;
}

// A concept word in label_key() form, with the places a typo may stand in it (none when it is too
// short to tolerate one).
struct ConceptWord {
    std::string key;
    std::vector<size_t> cuts;
};

ConceptWord concept_word(std::string key) {
    std::vector<size_t> cuts = inner_boundaries(key);
    if (cuts.size() + 1 < kTolerantFromCodePoints) cuts.clear();
    return {std::move(key), std::move(cuts)};
}

// Whether `key` says `word` with one ideograph inserted inside it ("行政法复议" for "行政复议").
bool contains_with_one_insertion(std::string_view key, const ConceptWord& concept_word) {
    const std::string_view word = concept_word.key;
    for (size_t cut : concept_word.cuts) {
        const std::string_view head = word.substr(0, cut), tail = word.substr(cut);
        for (size_t at = key.find(head); at != std::string_view::npos; at = key.find(head, at + 1)) {
            const size_t stray = at + head.size();
            if (stray >= key.size()) break;
            int len;
            if (!is_ideograph(utf8::decode(key, stray, len))) continue;
            if (key.substr(stray + static_cast<size_t>(len), tail.size()) == tail) return true;
        }
    }
    return false;
}

// A topic's concept words in label_key() form, keyed once per edition pass rather than per heading
// (a hostile input may have a million headings).
struct TopicWords {
    const SectionSpec* spec;
    std::vector<ConceptWord> words;
};

std::vector<TopicWords> topic_words(const Edition& edition) {
    std::vector<TopicWords> out;
    for (const SectionSpec& spec : edition.sections) {
        TopicWords t{&spec, {}};
        for (const std::string& kw : spec.keywords)
            if (std::string word = label_key(kw); !word.empty()) t.words.push_back(concept_word(std::move(word)));
        out.push_back(std::move(t));
    }
    return out;
}

// How much of a heading (in label_key form) speaks of the topic: the bytes of each concept word it
// contains, half for a word found only with a typo.
size_t topic_score(std::string_view key, const TopicWords& topic) {
    size_t score = 0;
    for (const ConceptWord& word : topic.words) {
        if (key.find(word.key) != std::string_view::npos) score += word.key.size();
        else if (contains_with_one_insertion(key, word)) score += word.key.size() / 2;
    }
    return score;
}

}  // namespace

void assign_topics(Document& doc, const Edition& edition) {
    const std::vector<TopicWords> topics = topic_words(edition);
    for (Section& s : doc.sections) {
        s.topic.clear();
        if (s.level != 1) continue;
        const std::string key = label_key(s.title);
        size_t best = 0;
        for (const TopicWords& topic : topics) {
            const size_t score = topic_score(key, topic);
            if (score > best) {
                best = score;
                s.topic = topic.spec->topic;
            }
        }
    }
}

}  // namespace nianbao
