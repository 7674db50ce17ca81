// Paragraph joining and number tokens for the prose readers (lists with totals, figures).
#include "reader/prose/prose_text.h"

#include <array>

#include "reader/page_footer.h"
#include "text/source.h"
#include "text/span_set.h"

namespace nianbao::prose {

namespace {

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

enum class LineKind { Content, Blank, Table, Transparent };

LineKind classify(const Document& doc, const SpanSet& tables, Span line) {
    const std::string& t = doc.text->text;
    uint32_t b = line.begin, e = line.end;
    // Word and browser copies separate table cells by tabs, a leading one included ("\t34条").
    for (uint32_t i = b; i < e; ++i)
        if (t[i] == '\t') return LineKind::Table;
    while (b < e && is_space(t[b])) ++b;
    while (e > b && is_space(t[e - 1])) --e;
    if (b == e) return LineKind::Blank;
    int aligned_gaps = 0, run = 0;
    for (uint32_t i = b; i < e; ++i) {
        if (t[i] == ' ') {
            if (++run == 3) ++aligned_gaps;
        } else {
            run = 0;
        }
    }
    if (aligned_gaps >= 2) return LineKind::Table;  // pdftotext -layout table rows
    if (tables.overlaps(Span{b, e})) return LineKind::Table;
    // Lines the clutter step did not see (documents built by hand) may still be page footers.
    if (is_page_footer(std::string_view(t).substr(b, e - b))) return LineKind::Transparent;
    return LineKind::Content;
}

bool ends_sentence(const std::string& text) {
    static constexpr std::array<std::string_view, 7> ends = {"。", "!", "?", ";", ":", "”", "…"};
    for (std::string_view e : ends)
        if (text.size() >= e.size() && std::string_view(text).substr(text.size() - e.size()) == e)
            return true;
    return false;
}

void append_line(Paragraph& p, const std::string& t, Span line) {
    bool pending_space = !p.text.empty();
    uint32_t space_at = line.begin;
    for (uint32_t i = line.begin; i < line.end;) {
        const char c = t[i];
        if (is_space(c)) {
            if (!pending_space) space_at = i;
            pending_space = true;
            ++i;
            continue;
        }
        if (pending_space && !p.text.empty() && is_ascii_alnum(p.text.back()) && is_ascii_alnum(c)) {
            p.text += ' ';
            p.origin.push_back(space_at);
        }
        pending_space = false;
        // The run up to the next space, appended at once (a paragraph is most of the report's text).
        uint32_t j = i + 1;
        while (j < line.end && !is_space(t[j])) ++j;
        p.text.append(t, i, j - i);
        for (uint32_t k = i; k < j; ++k) p.origin.push_back(k);
        i = j;
    }
}

}  // namespace

Span Paragraph::span(size_t b, size_t e) const {
    if (origin.empty()) return {};
    if (b >= origin.size()) b = origin.size() - 1;
    if (e <= b) return {origin[b], origin[b]};
    return {origin[b], origin[e - 1] + 1};
}

std::vector<Paragraph> paragraphs(const Document& doc) {
    std::vector<Paragraph> out;
    if (doc.text == nullptr) return out;
    const std::string& t = doc.text->text;

    std::vector<Line> fallback;
    const std::vector<Line>* lines = &doc.lines;
    if (doc.lines.empty()) {  // documents built by hand in tests
        uint32_t start = 0;
        for (uint32_t i = 0; i <= t.size(); ++i)
            if (i == t.size() || t[i] == '\n') {
                fallback.push_back(Line{{start, i}, false, false});
                start = i + 1;
            }
        lines = &fallback;
    }

    const SpanSet tables(doc.tables, [](const Table& t) { return t.span; });
    Paragraph cur;
    bool gap_blank = false, gap_transparent = false;
    auto flush = [&] {
        if (!cur.text.empty()) out.push_back(std::move(cur));
        cur = Paragraph{};
        gap_blank = gap_transparent = false;
    };
    for (const Line& line : *lines) {
        const LineKind kind = line.clutter ? LineKind::Transparent : classify(doc, tables, line.span);
        switch (kind) {
            case LineKind::Table: flush(); break;
            case LineKind::Blank: gap_blank = true; break;
            case LineKind::Transparent: gap_transparent = true; break;
            case LineKind::Content:
                // A blank line ends the paragraph, unless it only surrounds a page footer in the
                // middle of a sentence (PDF page break).
                if (!cur.text.empty() && gap_blank && !(gap_transparent && !ends_sentence(cur.text))) flush();
                append_line(cur, t, line.span);
                gap_blank = gap_transparent = false;
                break;
        }
    }
    flush();
    return out;
}

std::vector<int> bracket_depths(std::string_view text) {
    static constexpr std::array<std::string_view, 5> open = {"(", "[", "【", "〔", "{"};
    static constexpr std::array<std::string_view, 5> close = {")", "]", "】", "〕", "}"};
    std::vector<int> depth(text.size() + 1, 0);
    int d = 0;
    for (size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c != '(' && c != ')' && c != '[' && c != ']' && c != '{' && c != '}' && c != '\xE3') {
            depth[i++] = d;  // not a bracket (the CJK ones all start with 0xE3)
            continue;
        }
        size_t len = 1;
        int delta = 0;
        for (std::string_view o : open)
            if (text.substr(i, o.size()) == o) { len = o.size(); delta = 1; }
        for (std::string_view c : close)
            if (text.substr(i, c.size()) == c) { len = c.size(); delta = -1; }
        if (delta < 0 && d > 0) --d;  // the closing bracket itself is outside
        for (size_t k = 0; k < len && i + k < text.size(); ++k) depth[i + k] = d;
        if (delta > 0) ++d;
        i += len;
    }
    depth[text.size()] = d;
    return depth;
}

int small_chinese_number(std::string_view s) {
    auto digit = [](std::string_view c) -> int {
        static constexpr std::array<std::string_view, 10> d = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        for (int i = 0; i < 10; ++i)
            if (c == d[i]) return i;
        if (c == "两") return 2;
        return -1;
    };
    // Split into 3-byte code points (all of these are).
    if (s.empty() || s.size() % 3 != 0 || s.size() > 9) return 0;
    std::vector<std::string_view> cps;
    for (size_t i = 0; i < s.size(); i += 3) cps.push_back(s.substr(i, 3));
    int value = 0;
    if (cps.size() == 1) {
        if (cps[0] == "十") return 10;
        value = digit(cps[0]);
        return value > 0 ? value : 0;
    }
    if (cps.size() == 2) {
        if (cps[0] == "十") { int u = digit(cps[1]); return u > 0 ? 10 + u : 0; }
        if (cps[1] == "十") { int t = digit(cps[0]); return t > 1 ? t * 10 : 0; }
        return 0;
    }
    if (cps[1] != "十") return 0;
    const int tens = digit(cps[0]), units = digit(cps[2]);
    return tens > 1 && units > 0 ? tens * 10 + units : 0;
}

namespace {

struct UnitWord {
    std::string_view text;  // as written after the number
    std::string_view unit;  // the unit recorded
};
// Longest first where one is a prefix of another.
constexpr std::array<UnitWord, 43> kUnits = {{
    {"个工作日", "工作日"}, {"工作日", "工作日"}, {"个小时", "小时"}, {"小时", "小时"}, {"个月", "月数"},
    {"人次", "人次"}, {"万元", "万元"}, {"亿元", "亿元"}, {"大类", "类"}, {"年度", "年"},
    {"元", "元"}, {"条", "条"}, {"件", "件"}, {"篇", "篇"}, {"个", "个"}, {"项", "项"}, {"次", "次"},
    {"期", "期"}, {"场", "场"}, {"起", "起"}, {"宗", "宗"}, {"份", "份"}, {"类", "类"}, {"人", "人"},
    {"家", "家"}, {"本", "本"}, {"封", "封"}, {"批", "批"}, {"例", "例"}, {"名", "名"}, {"户", "户"},
    {"处", "处"}, {"张", "张"}, {"则", "则"}, {"年", "年"}, {"月", "月"}, {"日", "日"}, {"号", "号"},
    {"天", "天"}, {"%", "%"}, {"岁", "岁"}, {"倍", "倍"}, {"分钟", "分钟"},
}};

}  // namespace

bool Token::is_count() const {
    if (ordinal || unit.empty()) return false;
    static constexpr std::array<std::string_view, 12> not_counts = {
        "年", "月", "日", "号", "%", "天", "小时", "工作日", "月数", "岁", "倍", "分钟"};
    for (std::string_view u : not_counts)
        if (unit == u) return false;
    return true;
}

bool Token::is_year() const {
    return unit == "年" && integral && end - begin == 4 && value >= 1949 && value <= 2100;
}

std::vector<Token> tokens(const Paragraph& p, const std::vector<int>& depth) {
    std::vector<Token> out;
    const std::string_view s = p.text;
    for (size_t i = 0; i < s.size();) {
        if (!is_digit(s[i])) { ++i; continue; }
        // Part of a word or code ("GB2312", "0552-2073025", "1.5" handled below): not a count.
        const char prev = i > 0 ? s[i - 1] : '\0';
        const bool glued = i > 0 && (is_ascii_alnum(prev) || prev == '-' || prev == '.' || prev == '/');
        Token t;
        t.begin = i;
        long double value = 0;
        size_t digits = 0;
        size_t j = i;
        auto take_digits = [&] {
            while (j < s.size() && is_digit(s[j])) {
                value = value * 10 + (s[j] - '0');
                ++digits;
                ++j;
            }
        };
        take_digits();
        // "3,119件": a thousands separator only when exactly three digits follow it.
        while (j + 3 < s.size() && s[j] == ',' && is_digit(s[j + 1]) && is_digit(s[j + 2]) && is_digit(s[j + 3]) &&
               (j + 4 >= s.size() || !is_digit(s[j + 4]))) {
            ++j;
            take_digits();
        }
        if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
            ++j;
            long double scale = 1;
            while (j < s.size() && is_digit(s[j])) {
                scale /= 10;
                value += (s[j] - '0') * scale;
                ++j;
            }
            t.integral = false;
        }
        t.end = j;
        t.value = value;
        t.overflow = digits > 18;
        t.depth = depth[i];
        int len = 0;
        t.ordinal = utf8::decode_before(s, i, len) == U'第';
        size_t k = j;
        if (s.substr(k, 3) == "余" || s.substr(k, 3) == "多") {
            t.approximate = true;
            k += 3;
        }
        t.unit_end = t.end;
        for (const UnitWord& u : kUnits)
            if (s.substr(k, u.text.size()) == u.text) {
                t.unit = std::string(u.unit);
                t.unit_end = k + u.text.size();
                break;
            }
        if (t.unit.empty()) t.approximate = false;
        if (!glued) out.push_back(std::move(t));
        i = j;
    }
    return out;
}

Number to_number(const Paragraph& p, const Token& t) {
    Number n;
    n.raw = p.text.substr(t.begin, t.unit_end - t.begin);
    n.span = p.span(t.begin, t.unit_end);
    n.valid = !t.overflow;
    n.integral = t.integral;
    n.value = t.value;
    n.unit = t.unit;
    n.overflow = t.overflow;
    return n;
}

}  // namespace nianbao::prose
