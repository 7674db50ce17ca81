#pragma once
// The parts of read_meta, one file each, run in this order by meta.cpp:
//   title (title, title_year, doc_number) → published (page 发布时间 or signature date)
//   → period (统计期限) → agency and kind → report year (title, period, body, publication).
// Small text helpers they share are here too (linear scans, no regex).
#include <string>
#include <string_view>

#include "document/document.h"
#include "text/source.h"

namespace nianbao::meta {

void read_title(Document& doc);
// Returns the agency named next to the signature date ("环翠区残联"), or "".
std::string read_published(Document& doc);
void read_period(Document& doc);
void read_agency(Document& doc, const std::string& signature_agency);
void read_report_year(Document& doc);

// --- helpers ---
inline bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline Span trim(std::string_view text, Span s) {
    while (s.begin < s.end && is_blank_byte(text[s.begin])) ++s.begin;
    while (s.end > s.begin && is_blank_byte(text[s.end - 1])) --s.end;
    return s;
}

inline std::string without_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (!is_blank_byte(c)) out += c;
    return out;
}

inline bool has(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }
inline bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool ends(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

inline size_t code_points(std::string_view s) { return utf8::count_code_points(s); }

// Sentence punctuation (normalized text: full-width ，：；（） are ASCII already).
inline bool has_sentence_punctuation(std::string_view s) {
    for (std::string_view p : {",", "。", ";", ":", "、", "(", ")", "《", "》", "“", "”", "!", "?"})
        if (has(s, p)) return true;
    return false;
}

// A year written with 4 numerals right before 年 ("2024年", "二〇二四年"); 0 when none.
// `from` is the byte offset to start at; `at` receives the offset of the first numeral.
int year_before_nian(std::string_view s, size_t from = 0, size_t* at = nullptr, size_t* end = nullptr);

}  // namespace nianbao::meta
