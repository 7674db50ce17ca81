#pragma once
// Whether a passage covers a required content item: any evidence group whose words all occur.
// Shared by section.missing (2008 items may be covered in the body of another section) and
// content.missing-item.
#include <string_view>

#include "document/document.h"
#include "edition/edition.h"

namespace nianbao {

bool covers_item(std::string_view text, const ItemSpec& item);
// The text an item must be found in: the sections with topic `item.within`, or the whole content.
// Returns false when `within` names a topic that has no section (nothing to look in).
bool item_scope(const Document& doc, const ItemSpec& item, std::string& out);
// The concatenated heading+body text of the level-1 sections with this topic.
std::string topic_text(const Document& doc, const std::string& topic);

}  // namespace nianbao
