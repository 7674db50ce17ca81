#pragma once
// Whether a passage covers a required content item: any evidence group whose words all occur.
// Shared by section.missing (2008 items may be covered in the body of another section) and
// content.missing-item.
#include <map>
#include <optional>
#include <string>

#include "document/document.h"
#include "edition/edition.h"

namespace nianbao {

// The text each item must be found in — the level-1 sections with topic `item.within`, or the whole
// content when `within` is empty — compared in label_key() form. Several items share a scope, so
// each scope is built and keyed once per rule run, not once per item.
class ItemScopes {
public:
    explicit ItemScopes(const Document& doc) : doc_(doc) {}
    // Whether the item's scope mentions it. nullopt when `within` names a topic that has no section
    // (there is nothing to look in).
    std::optional<bool> covers(const ItemSpec& item);

private:
    const Document& doc_;
    std::map<std::string, std::optional<std::string>, std::less<>> keys_;  // within → keyed text
};

}  // namespace nianbao
