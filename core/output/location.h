#pragma once
// The one place where a span of the normalized text becomes what the outside world speaks:
// UTF-16 code-unit offsets into the original input, and 1-based line:column (UTF-16 columns).
#include "check/check.h"

namespace nianbao {

struct Location {
    uint32_t start = 0, end = 0;   // UTF-16, half-open, in the original input
    uint32_t line = 1, column = 1; // of start
    uint32_t end_line = 1, end_column = 1;
    Span original;                 // the same span in original bytes
};

Location locate_normalized(const Result& r, Span normalized);
Location locate_original(const Result& r, Span original_bytes);
Location locate(const Result& r, const Finding& f);
// Only the UTF-16 start and end (for table cells, which carry no line:column).
struct Utf16Range {
    uint32_t start = 0, end = 0;
};
Utf16Range locate_utf16(const Result& r, Span normalized);

}  // namespace nianbao
