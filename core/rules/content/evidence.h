#pragma once
// Whether a report covers a required content item. Shared by section.missing (2008 items may be
// covered in the body of another part) and content.missing-item.
//
// Evidence is a statement about the item, found where it would be — never two words that happen to
// occur somewhere in the report ("工作经费" is not a statement on fees, "热点问题" in a paragraph
// on disclosure channels is not one on the report's problems):
//   - the item's own part: a level-1 section whose topic is the item's id ("四、收费及减免情况");
//   - or one sentence of the item's scope that says every concept of one of its evidence groups.
// A sentence is cut at 。！？； and at line ends. A concept is a word or alternatives "未收费|不收费"
// (data/editions/*.json, "evidence"): ["收取|缴纳|免收", "费"] is "未收取任何费用" but not
// "政府信息公开费用1万元". The scope is the level-1 sections with topic `item.within`, or the whole
// content when `within` is empty.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "edition/edition.h"

namespace nianbao {

// The sentences of a text in label_key() form, one after another, each closed by '\n'.
class Sentences {
public:
    void add_text(std::string_view text);  // cut into sentences and append them
    bool empty() const { return ends_.empty(); }
    // Whether one sentence says every concept of `group`.
    bool any_says(const std::vector<std::string>& group) const;

private:
    std::string keyed_;
    std::vector<size_t> ends_;  // offset of each sentence's closing '\n' in keyed_
};

class ItemScopes {
public:
    explicit ItemScopes(const Document& doc) : doc_(doc) {}
    // Whether the item's part is there or a sentence of its scope states it. nullopt when `within`
    // names a topic that has no section (there is nothing to look in).
    std::optional<bool> covers(const ItemSpec& item);

private:
    const Sentences* scope(const std::string& within);  // nullptr: no such part
    const Document& doc_;
    std::map<std::string, std::optional<Sentences>, std::less<>> scopes_;  // within → its sentences
};

}  // namespace nianbao
