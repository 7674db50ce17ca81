#include "text/label_key.h"

#include "text/source.h"

namespace nianbao {

std::string label_key(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        int len;
        const char32_t cp = utf8::decode(s, i, len);
        i += len;
        switch (cp) {
            case ' ': case '\t': case '\n': case '\r': case 0x3000: case 0xA0:
                break;
            case U'、': case U'，': case ',': case U'；': case ';':
                out += "、";
                break;
            case U'“': case U'”': case U'‘': case U'’': case U'"': case U'\'': case U'「': case U'」':
                out += '"';
                break;
            case U'（': out += '('; break;
            case U'）': out += ')'; break;
            default:
                utf8::append(out, cp);
        }
    }
    return out;
}

}  // namespace nianbao
