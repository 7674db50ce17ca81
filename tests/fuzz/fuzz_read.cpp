// libFuzzer target: the reader alone (Source → normalize → read_document), without the rules, so the
// fuzzer's time goes to the steps that parse free text (lines, clutter, dates, meta, tables, outline).
#include <cstddef>
#include <cstdint>
#include <string>

#include "edition/edition.h"
#include "reader/read_document.h"
#include "text/normalized_text.h"
#include "text/source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    nianbao::Source source(std::string(reinterpret_cast<const char*>(data), size));
    const nianbao::NormalizedText normalized = nianbao::normalize(source);
    // Every normalized byte maps back into the original text.
    const nianbao::Span all{0, static_cast<uint32_t>(normalized.text.size())};
    const nianbao::Span back = normalized.to_original(all);
    if (back.end > source.size() || back.begin > back.end) __builtin_trap();
    const nianbao::Document doc = nianbao::read_document(normalized, nianbao::EditionSet::builtin());
    for (const auto& line : doc.lines)
        if (line.span.end > normalized.text.size()) __builtin_trap();
    return 0;
}
