// UTF-8 validation; decode/append/count_code_points are inline in utf8.h.
#include "text/utf8.h"

namespace nianbao::utf8 {

bool is_valid(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        int len;
        char32_t cp = decode(s, i, len);
        if (cp == 0xFFFD && !(len == 3 && s.compare(i, 3, "\xEF\xBF\xBD") == 0)) return false;
        i += len;
    }
    return true;
}

}  // namespace nianbao::utf8
