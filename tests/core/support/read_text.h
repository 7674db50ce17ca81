#pragma once
// A text read as the checker reads it (Source → normalize → read_document with the built-in
// editions), for tests that look at the Document: the tables found, by topic.
#include <string>

#include "edition/edition.h"
#include "reader/read_document.h"
#include "text/normalized_text.h"
#include "text/source.h"

namespace nianbao {

struct ReadText {
    Source source;
    NormalizedText text;
    Document doc;
    explicit ReadText(std::string s) : source(std::move(s)) {
        text = normalize(source);
        doc = read_document(text, EditionSet::builtin());
    }
    const Table* first(const std::string& topic) const {
        for (const Table& t : doc.tables)
            if (t.topic == topic) return &t;
        return nullptr;
    }
};

}  // namespace nianbao
