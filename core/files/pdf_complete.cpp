#include "files/pdf_complete.h"

#include <algorithm>

namespace nianbao::files {

bool pdf_reaches_end(std::string_view bytes) {
    const size_t tail = std::min<size_t>(bytes.size(), 64 * 1024);
    return bytes.substr(bytes.size() - tail).find("%%EOF") != std::string_view::npos;
}

}  // namespace nianbao::files
