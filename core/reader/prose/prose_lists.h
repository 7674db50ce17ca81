#pragma once
// Lists stated in prose: a total and its parts ("累计主动公开信息350条。其中A信息33条、…其余信息174条",
// "7类35条，其中：康复类6条、…"), and whether the wording makes them a partition.
#include <vector>

#include "document/document.h"
#include "reader/prose/prose_text.h"

namespace nianbao::prose {

// `depth` is bracket_depths(p.text).
void find_lists(const Paragraph& p, const std::vector<Token>& tokens, const std::vector<int>& depth,
                std::vector<ProseList>& out);

}  // namespace nianbao::prose
