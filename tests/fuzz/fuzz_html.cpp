// libFuzzer target: HTML → text (the nesting estimate before gumbo, gumbo, the table and cell rules).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "files/html_charset.h"
#include "files/html_to_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    (void)nianbao::files::html_needs_decoding(input);
    const nianbao::files::Extracted e = nianbao::files::html_to_text(input);
    if (e.ok != e.error_code.empty()) __builtin_trap();
    if (e.ok && (e.text.empty() || e.text.back() != '\n')) __builtin_trap();
    return 0;
}
