// Splits the normalized text into lines; every later step walks these.
#include "reader/read_document.h"

namespace nianbao {

void read_lines(Document& doc, const EditionSet&) {
    const std::string& t = doc.text->text;
    uint32_t start = 0;
    const auto n = static_cast<uint32_t>(t.size());
    doc.lines.reserve(n / 40 + 1);
    for (uint32_t i = 0; i <= n; ++i) {
        if (i == n || t[i] == '\n') {
            if (i == n && start == n && n > 0) break;  // no empty line after a final "\n"
            Line line;
            line.span = {start, i};
            line.blank = true;
            for (uint32_t k = start; k < i; ++k)
                if (t[k] != ' ' && t[k] != '\t') {
                    line.blank = false;
                    break;
                }
            doc.lines.push_back(line);
            start = i + 1;
        }
    }
}

}  // namespace nianbao
