#pragma once
// The table vocabulary of every edition: a text that starts with a table row or column label
// ("本年新收政府信息公开申请数量", "属于国家秘密") is a table row, not a heading or a sentence.
#include <string_view>

#include "edition/edition.h"

namespace nianbao {

// `title`: the text after a list ordinal ("一、本年新收…" → "本年新收…").
bool is_table_row_label(std::string_view title, const EditionSet& editions);

}  // namespace nianbao
