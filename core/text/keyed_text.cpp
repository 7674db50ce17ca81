#include "text/keyed_text.h"

#include "text/utf8.h"

namespace nianbao {

KeyedText::KeyedText(std::string_view text_in, const LabelKeyStyle& style) : text(text_in) {
    key.reserve(text.size());
    boundary.reserve(text.size() + 1);
    end_at.reserve(text.size() + 1);
    word_end.reserve(text.size() + 1);
    boundary.push_back(true);
    end_at.push_back(0);
    word_end.push_back(0);
    std::string other;
    for (size_t i = 0; i < text.size();) {
        int len = 1;
        const char32_t cp = utf8::decode(text, i, len);
        // An ideograph, a letter or a digit is its own key; only spaces, punctuation and quotes
        // change (and cost a label_key call).
        const bool plain = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ||
                           (cp >= 'a' && cp <= 'z');
        if (!plain) other = label_key(text.substr(i, static_cast<size_t>(len)), style);
        const std::string_view k = plain ? text.substr(i, static_cast<size_t>(len)) : std::string_view(other);
        i += static_cast<size_t>(len);
        if (k.empty()) {  // white space: belongs to what precedes
            end_at.back() = static_cast<uint32_t>(i);
            continue;
        }
        for (size_t b = 1; b < k.size(); ++b) {
            boundary.push_back(false);
            end_at.push_back(static_cast<uint32_t>(i));
            word_end.push_back(0);
        }
        key += k;
        boundary.push_back(true);
        end_at.push_back(static_cast<uint32_t>(i));
        word_end.push_back(static_cast<uint32_t>(i));
    }
}

size_t KeyedText::spelled_prefix(std::string_view label) const {
    if (label.empty() || key.compare(0, label.size(), label) != 0 || !boundary[label.size()]) return 0;
    return word_end[label.size()];
}

}  // namespace nianbao
