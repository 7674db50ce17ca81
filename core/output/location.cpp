#include "output/location.h"

namespace nianbao {

Location locate_original(const Result& r, Span o) {
    Location loc;
    loc.original = o;
    const Position a = r.source.position(o.begin);
    const Position b = r.source.position(o.end);
    loc.start = a.utf16;
    loc.end = b.utf16 < a.utf16 ? a.utf16 : b.utf16;
    loc.line = a.line;
    loc.column = a.column;
    loc.end_line = b.line;
    loc.end_column = b.column;
    return loc;
}

Utf16Range locate_utf16(const Result& r, Span n) {
    const Span o = r.normalized.to_original(n);
    const uint32_t start = r.source.utf16_offset(o.begin), end = r.source.utf16_offset(o.end);
    return {start, end < start ? start : end};
}

Location locate_normalized(const Result& r, Span n) { return locate_original(r, r.normalized.to_original(n)); }

Location locate(const Result& r, const Finding& f) {
    return f.original ? locate_original(r, *f.original) : locate_normalized(r, f.span);
}

}  // namespace nianbao
