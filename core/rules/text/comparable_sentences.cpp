#include "rules/text/comparable_sentences.h"

#include <algorithm>

#include "text/utf8.h"

namespace nianbao {

namespace {

bool is_end_mark(char32_t c) { return c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == '!' || c == '?' || c == ';'; }

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xA0; }

// For each byte: inside the title, a heading or a table (left out), as a jump to where that part ends.
std::vector<uint32_t> left_out(const Document& doc, size_t size) {
    std::vector<uint32_t> resume(size, 0);
    auto mark = [&](Span s) {
        for (uint32_t i = s.begin; i < s.end && i < size; ++i) resume[i] = std::max(resume[i], s.end);
    };
    mark(doc.meta.title_span);
    for (const Section& s : doc.sections) mark(s.heading);
    for (const Table& t : doc.tables) mark(t.span);
    return resume;
}

}  // namespace

std::vector<ComparableSentence> comparable_sentences(const Document& doc, Span within) {
    std::vector<ComparableSentence> out;
    const std::string_view text = doc.text->text;
    const std::vector<uint32_t> resume = left_out(doc, text.size());
    ComparableSentence current;
    size_t chars = 0;
    bool open = false, in_digits = false;
    auto finish = [&](uint32_t end) {
        if (open && chars >= kMinSentenceChars) {
            current.span.end = end;
            out.push_back(current);
        }
        current = ComparableSentence{};
        chars = 0;
        open = false;
        in_digits = false;
    };
    for (const Line& line : doc.lines) {
        if (line.blank || line.clutter || line.span.end <= within.begin || line.span.begin >= within.end) continue;
        uint32_t i = std::max(line.span.begin, within.begin);
        const uint32_t stop = std::min(line.span.end, within.end);
        while (i < stop) {
            // Jump over a heading or a table that starts here (a sentence does not continue across it).
            if (resume[i] > i) {
                finish(i);
                i = resume[i];
                continue;
            }
            int len;
            const char32_t c = utf8::decode(text, i, len);
            if (!is_space(c)) {
                if (!open) {
                    current.span.begin = i;
                    open = true;
                }
                const bool digit = c >= '0' && c <= '9';
                if (digit) {
                    if (!in_digits) current.key += '#';
                } else {
                    current.key.append(text.substr(i, static_cast<size_t>(len)));
                    ++chars;
                }
                in_digits = digit;
            }
            i += static_cast<uint32_t>(len);
            if (is_end_mark(c)) finish(i);
        }
    }
    finish(within.end);
    return out;
}

}  // namespace nianbao
