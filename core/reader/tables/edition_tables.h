#pragma once
// The tables the 2019 and 2021 formats prescribe (二 by blocks, 三, 四), found by their captions and
// labels and read with every edition's spec; the edition whose labels fit best is recorded.
#include <utility>
#include <vector>

#include "document/document.h"
#include "edition/edition.h"
#include "reader/tables/table_tokens.h"

namespace nianbao {

// Appends the tables found to doc.tables; `covered` receives the token ranges they took.
void read_edition_tables(Document& doc, const EditionSet& editions, const TokenStream& ts,
                         std::vector<std::pair<uint32_t, uint32_t>>& covered);

}  // namespace nianbao
