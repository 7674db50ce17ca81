// Every date of the report: valid ones into doc.dates, malformed ones (with the likely intended
// date) into doc.malformed_dates. Dates without a written year ("12月31日") are checked but not
// listed: which year they belong to is a question of their sentence (see the period in meta).
#include "reader/date_scan.h"
#include "reader/read_document.h"

namespace nianbao {

void read_dates(Document& doc, const EditionSet&) {
    const std::string& text = doc.text->text;
    for (const DateToken& tok : scan_dates(text, Span{0, static_cast<uint32_t>(text.size())})) {
        if (auto bad = malformed_date(tok, text)) {
            doc.malformed_dates.push_back(std::move(*bad));
        } else if (auto d = complete_date(tok)) {
            doc.dates.push_back(*d);
        }
    }
}

}  // namespace nianbao
