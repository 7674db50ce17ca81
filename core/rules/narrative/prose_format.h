#pragma once
// Comparing prose figures, for the narrative.* rules (messages format numbers with
// rules/number_format.h).

namespace nianbao::narrative {

// What a prose figure that contradicts the report's own figures breaks.
inline constexpr const char* kAccuracyBasis =
    "《中华人民共和国政府信息公开条例》第六条（行政机关应当及时、准确地公开政府信息）";

// Whether two stated values are the same figure (exact for whole numbers, to the last written
// decimal otherwise).
bool same_value(long double a, long double b);

}  // namespace nianbao::narrative
