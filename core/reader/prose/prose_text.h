#pragma once
// Prose as the number readers see it: paragraphs with line breaks and spaces squeezed out (PDF text
// breaks lines mid-word: "答\n复 3050 件" reads "答复3050件"), and the counts written in them
// ("350条", "3119 件", "7类") as tokens. Every byte of a paragraph remembers where it came from in
// the normalized text, so spans found here point back into the Document.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "text/span.h"

namespace nianbao::prose {

struct Paragraph {
    std::string text;               // joined content: no line breaks, no spaces (except one
                                    // between two ASCII letters/digits, so "1\n2" stays two numbers)
    std::vector<uint32_t> origin;   // normalized-text offset of each byte of `text`
    // Joined byte range [b, e) → span in the normalized text.
    Span span(size_t b, size_t e) const;
};

// Paragraphs of running text. Lines that are table rows (tabs, column-aligned runs of spaces, or
// inside a table the tables reader found) end a paragraph and are left out; clutter lines and PDF
// page footers ("-3-") inside a sentence are skipped over without ending it.
std::vector<Paragraph> paragraphs(const Document& doc);

// A number written in prose with the unit that follows it.
struct Token {
    size_t begin = 0, end = 0;       // the digits in Paragraph::text
    size_t unit_end = 0;             // end of the unit (== end when there is none)
    long double value = 0;
    bool integral = true;
    bool overflow = false;
    bool approximate = false;        // "5500余条", "20多件"
    bool ordinal = false;            // "第3期"
    int depth = 0;                   // bracket nesting at the number: "（含…34件）" is 1
    std::string unit;                // "条", "件", "类", "年", "%", "工作日", "" …
    bool is_count() const;           // a count of things (not a year, date, percentage or ordinal)
    bool is_year() const;            // "2024年": four digits followed by 年
};

// `depth` is bracket_depths(p.text).
std::vector<Token> tokens(const Paragraph& p, const std::vector<int>& depth);

// The token as a Number of the Document (span in the normalized text, digits and unit).
Number to_number(const Paragraph& p, const Token& t);

// Bracket depth before each byte of the paragraph: ( [ 【 〔 open, ) ] 】 〕 close.
std::vector<int> bracket_depths(std::string_view text);

// "七" → 7, "十二" → 12, "二十" → 20; 0 when not a small Chinese numeral (1–99).
int small_chinese_number(std::string_view s);

}  // namespace nianbao::prose
