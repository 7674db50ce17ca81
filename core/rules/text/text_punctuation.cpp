// text.punctuation — unbalanced or stray paired punctuation: a closing quote with no opening one
// ("”“以公开为常态"), an unclosed 《, （ or 【.
//
// The content lines (clutter skipped) are read as one stream, so that quotes and titles may span the
// hard line breaks and page footers of PDF text ("《中华人民共和国政府\n信息公开条例》"). Section
// headings are hard boundaries: whatever is still open there is unclosed.
#include <string>
#include <vector>

#include "reader/hygiene_scan.h"
#include "rules/rule.h"

namespace nianbao {

namespace {

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_text_punctuation;
const Rule rule_text_punctuation{
    "text.punctuation",
    Severity::Warning,
    "成对标点不配对（多余的右引号、未闭合的书名号或括号）",
    {
        "检查成对的标点：引号“”‘’、书名号《》、括号（）、方括号【】、六角括号〔〕。右半边前面没有左半边（如“按照”“以公开为常态”），"
        "或左半边到章节结束也没有右半边，都会指出来。跨行的引号和书名号（PDF 文字的硬换行、分页）视为一处。",
        "成对标点错位多是编辑时删改留下的痕迹，正式公开的报告中显得粗糙，也可能让引用的文件名称或原文变得含糊。",
        "《标点符号用法》（GB/T 15834—2011）",
        "2017年晋江市残疾人联合会政府信息公开工作年度报告\n\n一、概述\n\n"
        "坚持按照”“以公开为常态、不公开为例外”总体要求，紧紧围绕我市残疾人工作重点和社会关切。\n",
        "2017年晋江市残疾人联合会政府信息公开工作年度报告\n\n一、概述\n\n"
        "坚持按照“以公开为常态、不公开为例外”总体要求，根据《中华人民共和国政府\n信息公开条例》（以下简称《条例》）规定编制。\n",
        R"({"edition":"2008","assume_report":true})",
    },
    run,
};

namespace {

using namespace hygiene;

struct PairKind {
    char32_t open, close;
    const char* name;   // Chinese name of the mark
    bool nestable;      // same-kind nesting is legitimate: "(含(一)项)"
};

constexpr PairKind kPairs[] = {
    {U'“', U'”', "引号", false},   {U'‘', U'’', "单引号", false}, {U'《', U'》', "书名号", true},
    {U'(', U')', "括号", true},     {U'【', U'】', "方括号", false}, {U'〔', U'〕', "六角括号", false},
    {U'「', U'」', "直角引号", false}, {U'『', U'』', "双直角引号", false},
};
constexpr size_t kPairCount = sizeof(kPairs) / sizeof(kPairs[0]);
constexpr size_t kMaxFindings = 30;

// Every mark of kPairs lies in one of these ranges (asked for every character of the report).
constexpr bool may_pair(char32_t c) {
    return c == '(' || c == ')' || (c >= U'‘' && c <= U'”') || (c >= U'《' && c <= U'〕');
}
static_assert([] {
    for (const PairKind& p : kPairs)
        if (!may_pair(p.open) || !may_pair(p.close)) return false;
    return true;
}());

struct Open {
    Span span;
};

class Scanner {
public:
    Scanner(const Document& doc, Findings& out) : doc_(doc), text_(doc.text->text), out_(out) {}

    void run() {
        std::vector<uint32_t> heading_starts;
        for (const Section& s : doc_.sections) heading_starts.push_back(s.heading.begin);
        size_t h = 0;
        for (const Line& line : doc_.lines) {
            if (line.blank || line.clutter) continue;
            bool heading_line = false;
            while (h < heading_starts.size() && heading_starts[h] < line.span.end) {
                if (heading_starts[h] >= line.span.begin) heading_line = true;
                ++h;
            }
            if (heading_line) flush();
            scan_line(line.span, heading_line);
        }
        flush();
    }

private:
    const Document& doc_;
    const std::string& text_;
    Findings& out_;
    std::vector<Open> open_[kPairCount];
    size_t reported_ = 0;

public:
    size_t suppressed() const { return reported_ > kMaxFindings ? reported_ - kMaxFindings : 0; }

private:

    // The text around a position, for the message: a few characters on each side.
    std::string context(Span at) const {
        uint32_t b = at.begin, e = at.end;
        // Back up to six characters, stopping after a line break or a sentence/clause mark.
        for (int k = 0; k < 6 && b > 0; ++k) {
            uint32_t p = b;
            do { --p; } while (p > 0 && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80);
            int len;
            const char32_t c = utf8::decode(text_, p, len);
            if (c == '\n' || c == U'。' || c == ',' || c == ';' || c == ':' || c == U'、') break;
            b = p;
        }
        for (int k = 0; k < 8 && e < text_.size() && text_[e] != '\n'; ++k) {
            int len;
            utf8::decode(text_, e, len);
            e += static_cast<uint32_t>(len);
        }
        return std::string(doc_.slice({b, e}));
    }

    static std::string mark(char32_t c) {
        std::string s;
        utf8::append(s, c);
        return s;
    }

    // A text full of brackets (a code listing, a broken conversion) gets a bounded number of findings.
    bool budget() {
        if (++reported_ <= kMaxFindings) return true;
        return false;
    }

    void unclosed(size_t k, Span at) {
        if (!budget()) return;
        const PairKind& p = kPairs[k];
        out_.add(rule_text_punctuation, at,
                 "左" + std::string(p.name) + mark(p.open) + "没有配对的右" + p.name + mark(p.close) + "（“" +
                     context(at) + "”）",
                 "《标点符号用法》（GB/T 15834—2011）");
    }

    void stray(size_t k, Span at) {
        if (!budget()) return;
        const PairKind& p = kPairs[k];
        out_.add(rule_text_punctuation, at,
                 "多出的右" + std::string(p.name) + mark(p.close) + "：前面没有与之配对的左" + p.name + mark(p.open) +
                     "（“" + context(at) + "”）",
                 "《标点符号用法》（GB/T 15834—2011）");
    }

    void flush() {
        for (size_t k = 0; k < kPairCount; ++k) {
            for (const Open& o : open_[k]) unclosed(k, o.span);
            open_[k].clear();
        }
    }

    // ")" used as a list marker: "1)", "a)", "一)" at the start of the line or after a non-digit.
    bool list_marker(std::string_view line, size_t close_at) const {
        size_t i = close_at;
        size_t n = 0;
        while (i > 0 && ((line[i - 1] >= '0' && line[i - 1] <= '9') || (line[i - 1] >= 'a' && line[i - 1] <= 'z') ||
                         (line[i - 1] >= 'A' && line[i - 1] <= 'Z'))) {
            --i;
            ++n;
        }
        if (n == 0 || n > 2) return false;
        if (i > 0 && (line[i - 1] == '(' || line[i - 1] == '.')) return false;
        return true;
    }

    void scan_line(Span span, bool heading_line) {
        std::string_view line = doc_.slice(span);
        bool at_line_start = true;
        for (size_t i = 0; i < line.size();) {
            int len;
            const char32_t c = utf8::decode(line, i, len);
            if (!may_pair(c)) {  // almost every character: skip the table of pairs
                if (!is_space_byte(line[i])) at_line_start = false;
                i += static_cast<size_t>(len);
                continue;
            }
            const Span at{span.begin + static_cast<uint32_t>(i), span.begin + static_cast<uint32_t>(i + len)};
            for (size_t k = 0; k < kPairCount; ++k) {
                const PairKind& p = kPairs[k];
                if (c == p.open) {
                    if (!p.nestable && !open_[k].empty()) {
                        // A second opening quote while one is open: the first one was never closed.
                        for (const Open& o : open_[k]) unclosed(k, o.span);
                        open_[k].clear();
                    }
                    open_[k].push_back({at});
                } else if (c == p.close) {
                    if (!open_[k].empty()) {
                        open_[k].pop_back();
                    } else if (c == U')' && (list_marker(line, i) || (heading_line && at_line_start))) {
                        // "1)" list item; ")政府信息管理情况" is a heading that lost "(三" —
                        // section.numbering reports it.
                    } else if (c == U'’' && i > 0 && ((line[i - 1] | 0x20) >= 'a' && (line[i - 1] | 0x20) <= 'z')) {
                        // Apostrophe in Latin text ("Xi’an").
                    } else {
                        stray(k, at);
                    }
                }
            }
            if (!is_space_byte(line[i])) at_line_start = false;
            i += static_cast<size_t>(len);
        }
    }
};

void run(const CheckContext& ctx, Findings& out) {
    if (!ctx.doc.text) return;
    Scanner scanner(ctx.doc, out);
    scanner.run();
    if (size_t more = scanner.suppressed()) {
        Span anchor{};
        for (const Line& l : ctx.doc.lines)
            if (!l.blank && !l.clutter) {
                anchor = l.span;
                break;
            }
        out.add(rule_text_punctuation, anchor,
                "另有" + std::to_string(more) + "处成对标点不配对未逐一列出，原文的标点可能整体有误",
                "《标点符号用法》（GB/T 15834—2011）");
    }
}

}  // namespace

}  // namespace nianbao
