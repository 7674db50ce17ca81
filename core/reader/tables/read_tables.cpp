// Reader step: the statistical tables. Edition tables first (二/三/四 by their labels, whatever the
// layout), then generic tables in what is left.
#include <algorithm>

#include "reader/read_document.h"
#include "reader/tables/edition_tables.h"
#include "reader/tables/generic_tables.h"
#include "reader/tables/table_tokens.h"

namespace nianbao {

void read_tables(Document& doc, const EditionSet& editions) {
    if (!doc.text) return;
    const TokenStream ts = table_tokens(doc, &TableVocabulary::of(editions));
    std::vector<std::pair<uint32_t, uint32_t>> covered;
    read_edition_tables(doc, editions, ts, covered);
    read_generic_tables(doc, editions, ts, covered);
    std::stable_sort(doc.tables.begin(), doc.tables.end(),
                     [](const Table& a, const Table& b) { return a.span.begin < b.span.begin; });
}

}  // namespace nianbao
