#pragma once
// The normalized view of a Source that every reader works on:
//   - NFKC (full-width digits, letters, brackets and punctuation → ASCII; U+3000/NBSP → space),
//   - Traditional → Simplified (ICU "Hant-Hans"), character by character so that spans map back,
//   - line breaks unified to "\n" (CRLF, CR, U+2028/2029), other white space to " " (tabs kept:
//     they separate table cells in Word and browser copies),
//   - pinyin readings inserted by web pages after a Han character ("單(dān)位") removed,
//   - NUL and other C0 controls dropped.
// Every byte of the result maps back to the original through `map`.
#include <string>
#include <vector>

#include "text/offset_map.h"
#include "text/source.h"

namespace nianbao {

enum class Script { Simplified, Traditional, Mixed, Unknown };
const char* script_key(Script s);  // "hans", "hant", "mixed", null-ish "unknown"

struct ScriptCounts {
    uint32_t han = 0;               // Han characters seen
    uint32_t traditional_only = 0;  // changed by Hant→Hans (a Traditional form)
    uint32_t simplified_only = 0;   // changed by Hans→Hant but not by Hant→Hans (a Simplified form);
                                    // counted only when traditional_only > 0 (it decides nothing else)
};

struct PinyinAnnotation {
    Span original;  // the removed "(dān)" in the original text (bytes)
    Span normalized_anchor;  // the Han character it annotated, in normalized bytes
};

struct NormalizedText {
    std::string text;  // UTF-8
    OffsetMap map;
    ScriptCounts script_counts;
    Script script = Script::Unknown;
    std::vector<PinyinAnnotation> pinyin;
    uint32_t converted_characters = 0;  // characters changed by Hant→Hans
    uint32_t dropped_controls = 0;

    Span to_original(Span normalized) const { return map.to_original(normalized); }
};

struct NormalizeOptions {
    bool traditional_to_simplified = true;
    bool strip_pinyin = true;
};

NormalizedText normalize(const Source& source, const NormalizeOptions& options = {});

}  // namespace nianbao
