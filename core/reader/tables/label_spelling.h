#pragma once
// Finding a known label in the token stream when real layouts cut it up: a PDF wraps a long label
// over two or three lines, around the row's numbers, with pieces of a vertical group label wedged
// in between. A label is "spelled" by concatenating label tokens in order, skipping foreign ones.
#include <string_view>
#include <vector>

#include "reader/tables/table_tokens.h"

namespace nianbao {

struct Spelling {
    bool ok = false;
    std::vector<uint32_t> tokens;  // indices of the tokens used, in order
};

// Spells `key` from unused label tokens in [from, to). The first piece must start before
// `start_limit` (the label begins before the row's numbers); later pieces may come after it.
// Tries the latest possible start first (the label nearest to the numbers).
Spelling spell_label(std::string_view key, const std::vector<TableToken>& tokens, const std::vector<bool>& used,
                     uint32_t from, uint32_t to, uint32_t start_limit);

// Similarity of two keys in [0, 1] (Dice coefficient over code-point bigrams), for labels worded
// a little differently from the format.
double label_similarity(std::string_view a, std::string_view b);

}  // namespace nianbao
