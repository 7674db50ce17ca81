// The outline: headings at four levels and the sections they open.
//   level 1 "一、"  level 2 "(一)"  level 3 "1." / "1、"  level 4 "(1)"
// A heading is a short line, or the first clause of a line ("(一)精心部署。将政务公开…"); a numeral
// inside a paragraph ("一是…") is not. Lines inside tables and table row labels are not headings.
// A line that lost its opening bracket and number (")政府信息管理情况") is a level-2 heading with a defect.
#include <algorithm>
#include <functional>
#include <unordered_set>

#include "reader/read_document.h"
#include "text/label_key.h"
#include "text/span_set.h"

namespace nianbao {

namespace {

constexpr size_t kMaxTitleBytes = 40 * 3;  // about 40 CJK characters

int chinese_digit(char32_t c) {
    switch (c) {
        case U'一': return 1; case U'二': return 2; case U'三': return 3; case U'四': return 4;
        case U'五': return 5; case U'六': return 6; case U'七': return 7; case U'八': return 8;
        case U'九': return 9; case U'十': return 10;
        default: return 0;
    }
}

// "一"→1 … "十"→10, "十二"→12, "二十"→20, "二十三"→23. 0 when not a Chinese number.
int chinese_number(std::u32string_view s) {
    if (s.empty() || s.size() > 3) return 0;
    for (char32_t c : s)
        if (!chinese_digit(c)) return 0;
    if (s.size() == 1) return chinese_digit(s[0]);
    if (s.size() == 2) {
        if (s[0] == U'十') return 10 + chinese_digit(s[1]);
        if (s[1] == U'十') return chinese_digit(s[0]) * 10;
        return 0;
    }
    if (s[1] != U'十' || s[0] == U'十' || s[2] == U'十') return 0;
    return chinese_digit(s[0]) * 10 + chinese_digit(s[2]);
}

std::u32string decode_all(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        int len;
        out += utf8::decode(s, i, len);
        i += len;
    }
    return out;
}

size_t utf8_length_of(std::u32string_view s) {
    size_t n = 0;
    for (char32_t c : s) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    return n;
}

struct Marker {
    int level = 0;
    int ordinal = 0;
    std::string number;
    size_t length = 0;   // bytes of the marker, from the line's first non-space character
    bool lost = false;
};

// Recognises a heading number at the start of `s` (the line without leading spaces).
Marker match_marker(std::string_view s) {
    Marker m;
    const std::u32string u = decode_all(s.substr(0, std::min<size_t>(s.size(), 40)));
    if (u.empty()) return m;
    auto is_digit = [](char32_t c) { return c >= '0' && c <= '9'; };
    // level 1: 一、 / 十二、 (also "一." and "一 、")
    {
        size_t k = 0;
        while (k < u.size() && k < 3 && chinese_digit(u[k])) ++k;
        if (k > 0 && k < u.size() && (u[k] == U'、' || u[k] == U'.' || u[k] == U'．')) {
            if (int n = chinese_number(u.substr(0, k))) {
                m = {1, n, std::string(s.substr(0, utf8_length_of(u.substr(0, k)))), utf8_length_of(u.substr(0, k + 1)), false};
                return m;
            }
        }
    }
    if (u[0] == U'(') {
        size_t k = 1;
        while (k < u.size() && k < 4 && chinese_digit(u[k])) ++k;
        if (k > 1 && k < u.size() && u[k] == U')') {
            if (int n = chinese_number(u.substr(1, k - 1))) {
                size_t len = k + 1;
                if (len < u.size() && (u[len] == U'、' || u[len] == U'.')) ++len;
                m = {2, n, std::string(s.substr(0, utf8_length_of(u.substr(0, k + 1)))), utf8_length_of(u.substr(0, len)), false};
                return m;
            }
        }
        k = 1;
        while (k < u.size() && k < 3 && is_digit(u[k])) ++k;
        if (k > 1 && k < u.size() && u[k] == U')') {
            int n = 0;
            for (size_t i = 1; i < k; ++i) n = n * 10 + static_cast<int>(u[i] - '0');
            m = {4, n, std::string(s.substr(0, k + 1)), k + 1, false};
            return m;
        }
        return m;
    }
    if (is_digit(u[0])) {
        size_t k = 0;
        while (k < u.size() && k < 2 && is_digit(u[k])) ++k;
        if (k < u.size() && (u[k] == U'.' || u[k] == U'、' || u[k] == U'．') &&
            !(k + 1 < u.size() && is_digit(u[k + 1]))) {
            int n = 0;
            for (size_t i = 0; i < k; ++i) n = n * 10 + static_cast<int>(u[i] - '0');
            m = {3, n, std::string(s.substr(0, k)), utf8_length_of(u.substr(0, k + 1)), false};
            return m;
        }
        return m;
    }
    // ")政府信息管理情况": the opening bracket and number were lost (web copies of Word lists).
    if (u[0] == U')' && u.size() > 1 && u[1] >= 0x4E00 && u[1] <= 0x9FFF) {
        m = {2, 0, "", 1, true};
        return m;
    }
    return m;
}

// Title of a heading: up to the first sentence end or colon, or the whole (short) rest of the line.
// A numbered line that runs on as a paragraph ("2.切实加强…建设,加大“真公开”的力度,…") is still a
// numbered item: its title is cut at the first comma after a few characters, or at a length limit.
void heading_title(std::string_view rest, std::string_view& title) {
    static const std::string_view stops[] = {"。", ":", "：", ";", "；"};
    size_t cut = std::string_view::npos;
    for (auto st : stops) cut = std::min(cut, rest.find(st));
    if (cut != std::string_view::npos && cut <= kMaxTitleBytes) {
        title = rest.substr(0, cut);
        return;
    }
    if (rest.size() <= kMaxTitleBytes + 30) {
        title = rest;
        return;
    }
    for (std::string_view comma : {",", "，"}) {
        const size_t c = rest.find(comma, 4 * 3);
        if (c != std::string_view::npos && c <= kMaxTitleBytes) cut = std::min(cut, c);
    }
    if (cut == std::string_view::npos || cut > kMaxTitleBytes) {
        cut = kMaxTitleBytes;
        while (cut > 0 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;  // code point start
    }
    title = rest.substr(0, cut);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Every table row/column label in the edition data (any string under "tables" whose key names a
// label), as label keys: a line that starts with one is a table row, not a heading.
const std::vector<std::string>& table_label_keys(const EditionSet& editions) {
    static const std::vector<std::string> keys = [&] {
        std::unordered_set<std::string> set;
        std::function<void(const nlohmann::json&, bool)> walk = [&](const nlohmann::json& j, bool label_ctx) {
            if (j.is_string()) {
                if (label_ctx) {
                    std::string k = label_key(j.get<std::string>());
                    if (k.size() >= 9) set.insert(k);  // at least three CJK characters
                }
            } else if (j.is_array()) {
                for (const auto& v : j) walk(v, label_ctx);
            } else if (j.is_object()) {
                for (const auto& [key, v] : j.items())
                    walk(v, label_ctx || key.find("label") != std::string::npos || key == "aliases");
            }
        };
        for (const Edition& e : editions.all())
            if (e.raw.contains("tables")) walk(e.raw["tables"], false);
        return std::vector<std::string>(set.begin(), set.end());
    }();
    return keys;
}

bool is_table_row_label(std::string_view title, const EditionSet& editions) {
    const std::string key = label_key(title);
    for (const std::string& k : table_label_keys(editions))
        if (key.compare(0, k.size(), k) == 0) return true;
    return false;
}

}  // namespace

void read_outline(Document& doc, const EditionSet& editions) {
    const std::string& text = doc.text->text;
    const SpanSet tables(doc.tables, [](const Table& t) { return t.span; });
    auto in_table = [&](Span s) { return tables.overlaps(s); };
    for (const Line& line : doc.lines) {
        if (line.blank || line.clutter || in_table(line.span)) continue;
        std::string_view whole = std::string_view(text).substr(line.span.begin, line.span.size());
        const size_t lead = whole.find_first_not_of(" \t");
        std::string_view s = whole.substr(lead);
        Marker m = match_marker(s);
        if (!m.level) continue;
        std::string_view title;
        heading_title(trim(s.substr(m.length)), title);
        title = trim(title);
        if (title.empty()) continue;
        if (is_table_row_label(title, editions)) continue;
        // A level-3/4 item that is a whole long sentence list entry is still an item; keep it.
        Section sec;
        sec.level = m.level;
        sec.ordinal = m.ordinal;
        sec.number = m.number;
        sec.number_lost = m.lost;
        sec.title = std::string(title);
        const uint32_t begin = line.span.begin + static_cast<uint32_t>(lead);
        const uint32_t title_end =
            static_cast<uint32_t>(title.data() - text.data()) + static_cast<uint32_t>(title.size());
        sec.heading = {begin, title_end};
        doc.sections.push_back(std::move(sec));
    }
    // Bodies and parents in one pass with a stack of open sections (linear: a million headings
    // must not scan back to the start for each one).
    const auto end_of_text = static_cast<uint32_t>(text.size());
    std::vector<size_t> open;
    for (size_t i = 0; i < doc.sections.size(); ++i) {
        Section& s = doc.sections[i];
        while (!open.empty() && doc.sections[open.back()].level >= s.level) {
            Section& closed = doc.sections[open.back()];
            closed.body = {std::min(closed.heading.end, s.heading.begin), s.heading.begin};
            open.pop_back();
        }
        s.parent = open.empty() ? -1 : static_cast<int>(open.back());
        open.push_back(i);
    }
    for (size_t i : open) {
        Section& s = doc.sections[i];
        s.body = {std::min(s.heading.end, end_of_text), end_of_text};
    }
    // Trim each body over leading and trailing white space.
    for (Section& s : doc.sections) {
        while (s.body.begin < s.body.end && (text[s.body.begin] == '\n' || text[s.body.begin] == ' ' || text[s.body.begin] == '\t'))
            ++s.body.begin;
        while (s.body.end > s.body.begin && (text[s.body.end - 1] == '\n' || text[s.body.end - 1] == ' '))
            --s.body.end;
    }
    const Edition* edition = doc.meta.year ? editions.for_year(*doc.meta.year)
                                           : (editions.all().empty() ? nullptr : &editions.all().back());
    if (edition) assign_topics(doc, *edition);
}

void assign_topics(Document& doc, const Edition& edition) {
    for (Section& s : doc.sections) {
        s.topic.clear();
        if (s.level != 1) continue;
        const std::string key = label_key(s.title);
        size_t best = 0;
        for (const SectionSpec& spec : edition.sections) {
            size_t score = 0;
            for (const std::string& kw : spec.keywords)
                if (key.find(label_key(kw)) != std::string::npos) score += kw.size();
            if (score > best) {
                best = score;
                s.topic = spec.topic;
            }
        }
    }
}

}  // namespace nianbao
