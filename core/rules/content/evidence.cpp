#include "rules/content/evidence.h"

#include "text/label_key.h"

namespace nianbao {

bool covers_item(std::string_view text, const ItemSpec& item) {
    const std::string key = label_key(text);
    for (const auto& group : item.evidence) {
        bool all = !group.empty();
        for (const std::string& w : group)
            if (key.find(label_key(w)) == std::string::npos) {
                all = false;
                break;
            }
        if (all) return true;
    }
    return false;
}

std::string topic_text(const Document& doc, const std::string& topic) {
    std::string out;
    for (const Section& s : doc.sections)
        if (s.level == 1 && s.topic == topic) {
            out += doc.slice({s.heading.begin, std::max(s.heading.end, s.body.end)});
            out += '\n';
        }
    return out;
}

bool item_scope(const Document& doc, const ItemSpec& item, std::string& out) {
    if (item.within.empty()) {
        out.clear();
        for (const Line& l : doc.lines)
            if (!l.clutter && !l.blank) {
                out += doc.slice(l.span);
                out += '\n';
            }
        return true;
    }
    out = topic_text(doc, item.within);
    return !out.empty();
}

}  // namespace nianbao
