#pragma once
// The sentences of a report's prose, keyed for comparison across years: whitespace and line breaks
// removed (a PDF wraps its lines elsewhere each year) and every run of digits written as "#" (the
// figures change each year; a sentence whose only change is its figures is the same sentence).
// The title, headings, tables and clutter are left out; sentences end at 。！？；.
#include <string>
#include <vector>

#include "document/document.h"

namespace nianbao {

struct ComparableSentence {
    Span span;        // normalized text, the sentence with its end mark
    std::string key;  // the comparison key
};

// Sentences of at least kMinSentenceChars characters (shorter ones are stock phrases) inside `within`.
constexpr size_t kMinSentenceChars = 12;
std::vector<ComparableSentence> comparable_sentences(const Document& doc, Span within);

}  // namespace nianbao
