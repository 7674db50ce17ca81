// Reader step: a report whose whole body arrived on one line (a web page or an archive that lost
// every paragraph break: "…电话/传真：0591-23165370。一、总体情况2021年，我区以…") is cut into
// logical lines at its inline headings and table rows, so that the outline, the prose and the
// table readers see ordinary lines. Lines are spans: not a byte of the text changes.
//
// A cut goes before a heading marker (一、 （一） 1. （1）) that
//   - follows a sentence end, a closing bracket or quote, a space or a table value, and either
//     starts a topic an edition knows (level 1) or continues the numbering in order; or
//   - starts a label of a statistical table ("其他一、本年新收…", "…00000002.其他法律…"),
//     wherever it stands.
// A level-1 heading's title is cut off from the body that runs on after it ("一、总体情况|2021年").
// Only lines that carry at least two level-1 headings are cut: an ordinary paragraph that lists
// "1.… 2.…" keeps its line.
#include <algorithm>

#include "reader/heading_marker.h"
#include "reader/read_document.h"
#include "reader/tables/table_vocabulary.h"
#include "reader/tables/label_spelling.h"
#include "text/keyed_text.h"
#include "text/label_key.h"
#include "text/utf8.h"

namespace nianbao {

namespace {

constexpr size_t kMinCollapsedLine = 600;   // bytes: about 200 CJK characters
constexpr size_t kWindow = 150;             // bytes of text looked at after a marker
constexpr size_t kMaxTitle = 40 * 3;        // bytes: a heading title is at most ~40 characters

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// What may stand right before a heading that starts a new paragraph.
bool ends_paragraph(char32_t c) {
    switch (c) {
        case 0: case U' ': case U'\t': case U'。': case U'！': case U'？': case U'；': case U'：':
        case U'!': case U'?': case U';': case U':': case U')': case U'”': case U'’': case U'」':
        case U'』': case U'】': case U'》': case U'"':
            return true;
        default:
            return false;
    }
}

bool is_numeral(std::string_view s, size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c != 0xE4 && c != 0xE5) return false;
    int len = 1;
    const char32_t cp = utf8::decode(s, i, len);
    static constexpr std::u32string_view numerals = U"一二三四五六七八九十";
    return numerals.find(cp) != std::u32string_view::npos;
}

// Could a heading marker start at this byte? A cheap gate before the full match: "1." / "12、",
// "(" before a digit or numeral, a numeral before 、 or another numeral.
bool may_start_marker(std::string_view s, size_t i) {
    const char c = s[i];
    auto sep_at = [&](size_t k) {
        return k < s.size() && (s[k] == '.' || s.compare(k, 3, "、") == 0 || s.compare(k, 3, "．") == 0);
    };
    if (is_ascii_digit(c)) return sep_at(i + 1) || (i + 1 < s.size() && is_ascii_digit(s[i + 1]) && sep_at(i + 2));
    if (c == '(') return i + 1 < s.size() && (is_ascii_digit(s[i + 1]) || is_numeral(s, i + 1));
    if (!is_numeral(s, i)) return false;
    return sep_at(i + 3) || (i + 3 < s.size() && is_numeral(s, i + 3));
}

class InlineHeadings {
public:
    explicit InlineHeadings(const EditionSet& editions) : editions_(editions) {
        for (const Edition& e : editions.all())
            for (const SectionSpec& s : e.sections) {
                if (!s.heading.empty()) headings_.push_back(label_key(s.heading));
                for (const std::string& k : s.keywords) keywords_.push_back(label_key(k));
            }
        std::sort(headings_.begin(), headings_.end(), [](auto& a, auto& b) { return a.size() > b.size(); });
    }

    // Cut positions (bytes from the line start) for one long line.
    std::vector<size_t> cuts(std::string_view line) const {
        std::vector<size_t> out;
        int expected[5] = {0, 1, 1, 1, 1};  // next ordinal per level
        int level1 = 0;
        int last_level = 0;
        size_t last_heading_end = 0;
        // A report has at most a few thousand numbered items; past that the line is not a report's body.
        int budget = 20000;
        for (size_t i = 1; i < line.size() && budget > 0; ++i) {
            if (!may_start_marker(line, i)) continue;
            --budget;
            int prev_len = 0;
            const char32_t prev = utf8::decode_before(line, i, prev_len);
            const bool after_value = prev >= '0' && prev <= '9';
            // "…0000002.其他": the ordinal is the last digit of a run of table values.
            if (is_ascii_digit(line[i]) && after_value && !(i + 1 < line.size() && !is_ascii_digit(line[i + 1])))
                continue;
            const std::string_view w = utf8::head(line.substr(i), kWindow);
            const HeadingMarker m = match_heading_marker(w);
            if (m.level == 0 || m.lost) continue;
            std::string_view rest = w.substr(m.length);
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            if (rest.empty() || static_cast<unsigned char>(rest.front()) < 0xE0) continue;  // words follow
            if (is_table_row_label(rest, editions_)) {
                out.push_back(i);  // a table row: numbering of the outline untouched
                continue;
            }
            const bool in_order = m.ordinal == expected[m.level];
            // A heading that runs straight into its first sub-heading: "(一)着力加强…工作1.围绕…".
            const bool nested = in_order && m.level > last_level && i <= last_heading_end + kMaxTitle;
            if (!ends_paragraph(prev) && !after_value && !nested) continue;
            if (prev == U'第') continue;  // "第二十条第(一)项" cites a law, it is no heading
            if (m.level == 1 ? !(in_order || names_topic(rest)) : !in_order) continue;
            out.push_back(i);
            expected[m.level] = m.ordinal + 1;
            for (int l = m.level + 1; l <= 4; ++l) expected[l] = 1;
            last_level = m.level;
            last_heading_end = static_cast<size_t>(rest.data() - line.data());
            if (m.level == 1) ++level1;
            if (const size_t title = title_length(rest, m.level)) {
                last_heading_end += title;
                out.push_back(last_heading_end);
            }
        }
        if (level1 < 2) out.clear();
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    bool names_topic(std::string_view rest) const {
        const std::string key = label_key(utf8::head(rest, 20 * 3));
        for (const std::string& k : keywords_)
            if (!k.empty() && key.find(k) != std::string::npos) return true;
        return false;
    }

    // Bytes of a heading's title in `rest`, where the body runs on without a break; 0 when the
    // heading ends at a sentence stop or comma (the outline cuts it there).
    size_t title_length(std::string_view rest, int level) const {
        const std::string_view w = utf8::head(rest, kMaxTitle);
        // The format's own wording of a part's heading, or a close variant ("行政法复议").
        if (level == 1) {
            const KeyedText keyed(w, kOutlineKeyStyle);
            for (const std::string& h : headings_)
                if (size_t n = keyed.spelled_prefix(h)) return n;
        }
        for (const std::string& h : headings_) {
            if (level != 1 || h.size() < 4 * 3) continue;
            const std::string_view tail = std::string_view(h).substr(h.size() - 6);  // "情况", "事项"
            for (size_t at = w.find(tail); at != std::string_view::npos; at = w.find(tail, at + 1)) {
                const size_t end = at + tail.size();
                if (label_similarity(label_key(w.substr(0, end)), h) >= 0.75) return end;
            }
        }
        // Else: up to a space or a figure after the words ("概述 推进…", "概述2018年以来"); a stop or
        // a comma first: the outline's own title rule handles it.
        size_t i = 0, cjk = 0;
        char32_t prev = 0;
        while (i < w.size()) {
            int len = 1;
            const char32_t c = utf8::decode(w, i, len);
            const bool after_word = prev >= 0x4E00 && prev <= 0x9FFF;
            prev = c;
            if (c == U' ') return cjk >= 2 ? i : 0;
            if (c == U'。' || c == U'：' || c == U':' || c == U'；' || c == U'，' || c == U',') return 0;
            if (c >= '0' && c <= '9' && after_word && cjk >= 2) return i;
            if (c >= 0x4E00 && c <= 0x9FFF) ++cjk;
            i += static_cast<size_t>(len);
        }
        return 0;
    }

    const EditionSet& editions_;
    std::vector<std::string> headings_, keywords_;
};

}  // namespace

void read_inline_breaks(Document& doc, const EditionSet& editions) {
    const std::string& text = doc.text->text;
    bool any = false;
    for (const Line& l : doc.lines) any = any || (!l.clutter && l.span.size() >= kMinCollapsedLine);
    if (!any) return;
    const InlineHeadings finder(editions);
    std::vector<Line> out;
    out.reserve(doc.lines.size());
    for (const Line& l : doc.lines) {
        if (l.clutter || l.blank || l.span.size() < kMinCollapsedLine) {
            out.push_back(l);
            continue;
        }
        const std::string_view line(text.data() + l.span.begin, l.span.size());
        uint32_t from = l.span.begin;
        for (size_t cut : finder.cuts(line)) {
            const uint32_t at = l.span.begin + static_cast<uint32_t>(cut);
            if (at <= from) continue;
            out.push_back(Line{{from, at}, false, false});
            from = at;
        }
        out.push_back(Line{{from, l.span.end}, false, false});
    }
    for (Line& l : out) {
        l.blank = true;
        for (uint32_t k = l.span.begin; k < l.span.end && l.blank; ++k)
            l.blank = text[k] == ' ' || text[k] == '\t';
    }
    doc.lines = std::move(out);
}

}  // namespace nianbao
