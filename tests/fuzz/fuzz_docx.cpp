// libFuzzer target: .docx → text. An input that starts like a ZIP is the whole file (the ZIP reader,
// inflate limits); any other input is document.xml in a stored package, so the fuzzer's mutations
// reach the XML walk (tables, merges, numbering, text boxes, nesting) instead of dying in deflate.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/support/zip_writer.h"
#include "files/docx_to_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    nianbao::files::Limits limits;
    limits.max_expanded_bytes = 8u << 20;  // a bomb is refused at 8 MB: keeps each run well under 1 s
    const std::string file = input.rfind("PK", 0) == 0 ? input : make_zip(docx_parts(input));
    const nianbao::files::Extracted e = nianbao::files::docx_to_text(file, limits);
    // Either text ending in one newline, or an error with a code and a message; never both, never neither.
    if (e.ok != e.error_code.empty() || e.ok == !e.error.empty()) __builtin_trap();
    if (e.ok && (e.text.empty() || e.text.back() != '\n')) __builtin_trap();
    return 0;
}
