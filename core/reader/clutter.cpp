// Recognises non-content clutter and keeps it out of the content: web-page chrome (breadcrumbs,
// 发布时间/阅读次数/字号 furniture, 打印/关闭), Word export debris ("PAGE 3", "[bookmark: _GoBack]"),
// PDF page footers ("-3-", "第 3 页 共 6 页"), official-document footers (抄送/印发, "(此页无正文)")
// and attachment file names. Whole clutter lines get Line::clutter; an inline marker is recorded as
// an Artifact only (the rest of its line stays content). Page metadata on a furniture line is left
// in place for read_meta. Every test is a linear scan of one line.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "reader/hygiene_scan.h"
#include "reader/page_footer.h"
#include "reader/read_document.h"

namespace nianbao {

namespace {

using namespace hygiene;

// Keys of "key: value" page furniture, compared on the whitespace-free line (":" is ASCII after
// normalization).
constexpr std::array<std::string_view, 27> kFurnitureKeys = {
    "发布时间:", "发布日期:", "信息来源:", "文章来源:", "来源:",     "阅读次数:", "浏览次数:",
    "点击次数:", "访问次数:", "点击数:",   "浏览量:",   "字号:",     "编辑:",     "责任编辑:",
    "作者:",     "撰稿:",     "校对:",     "审核:",     "索引号:",   "主题分类:", "发布机构:",
    "生成日期:", "成文日期:", "有效性:",   "主办单位:", "承办单位:", "网站标识码:"};

// Site footers: a short line holding one of these is page chrome.
constexpr std::array<std::string_view, 4> kSiteFooterMarks = {"ICP备", "公网安备", "版权所有", "网站标识码"};

// Words that make up button rows ("【打印本页】【关闭窗口】", "字体:大 中 小", "扫一扫在手机打开当前页").
// A line made only of these (and brackets/separators) is furniture; one of the long ones must occur.
constexpr std::array<std::string_view, 22> kButtonWordsLong = {
    "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "扫一扫在手机上打开", "打印本页", "关闭窗口",
    "关闭本页", "返回顶部", "返回首页", "打印此页", "分享到", "收藏本页", "加入收藏", "打印", "关闭",
    "收藏", "分享", "字体", "字号", "上一篇", "下一篇", "默认", "返回"};
constexpr std::array<std::string_view, 5> kButtonWordsShort = {"大", "中", "小", "【", "】"};
constexpr std::array<std::string_view, 8> kButtonSeparators = {"[", "]", "|", ":", "/", "(", ")", "·"};

constexpr std::array<std::string_view, 7> kBreadcrumbStarts = {
    "首页>", "首页»", "首页/", "首页-", "主页>", "网站首页>", "首页→"};
constexpr std::array<std::string_view, 5> kLocationStarts = {
    "您当前的位置", "您现在的位置", "当前位置:", "您的位置:", "当前位置>"};

constexpr std::array<std::string_view, 12> kFileExtensions = {
    ".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".ofd", ".zip", ".rar", ".txt", ".ceb"};

// Word field names that leak into text exports.
constexpr std::array<std::string_view, 6> kWordFields = {
    "PAGE", "NUMPAGES", "MERGEFORMAT", "HYPERLINK", "INCLUDEPICTURE", "EMBED"};

size_t count_keys(std::string_view c) {
    // Every key ends in ':'; most lines have none, and this runs on every line.
    if (std::find(c.begin(), c.end(), ':') == c.end()) return 0;  // (find(':') trips a gcc 12 false warning)
    size_t n = 0;
    for (std::string_view k : kFurnitureKeys) {
        // "来源:" inside "信息来源:" is the same key, not a second one.
        size_t at = c.find(k);
        if (at == std::string_view::npos) continue;
        if (k == "来源:" && at >= 6 && (c.substr(at - 6, 6) == "信息" || c.substr(at - 6, 6) == "文章")) {
            if (c.find(k, at + k.size()) == std::string_view::npos) continue;
        }
        if (k == "编辑:" && at >= 6 && c.substr(at - 6, 6) == "责任") continue;
        ++n;
    }
    return n;
}

bool starts_with_key(std::string_view c) {
    for (std::string_view k : kFurnitureKeys)
        if (starts_with(c, k)) return true;
    return false;
}

// "【打印本页】【关闭窗口】", "字体:【大 中 小】", "打印 | 关闭".
bool is_button_row(std::string_view c) {
    bool long_word = false;
    size_t i = 0;
    while (i < c.size()) {
        bool matched = false;
        for (std::string_view w : kButtonWordsLong)
            if (starts_with(c.substr(i), w)) {
                i += w.size();
                long_word = matched = true;
                break;
            }
        if (matched) continue;
        for (std::string_view w : kButtonWordsShort)
            if (starts_with(c.substr(i), w)) {
                i += w.size();
                matched = true;
                break;
            }
        if (matched) continue;
        for (std::string_view w : kButtonSeparators)
            if (starts_with(c.substr(i), w)) {
                i += w.size();
                matched = true;
                break;
            }
        if (!matched) return false;
    }
    return long_word;
}

bool is_breadcrumb(std::string_view c) {
    for (std::string_view p : kBreadcrumbStarts)
        if (starts_with(c, p)) return true;
    for (std::string_view p : kLocationStarts)
        if (starts_with(c, p)) return true;
    return false;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    return true;
}

// "PAGE", "PAGE 3", "\\* MERGEFORMAT", "HYPERLINK \"…\"" (whitespace removed): Word field codes.
bool is_word_field_line(std::string_view c) {
    if (c.empty() || (c[0] != '\\' && !(c[0] >= 'A' && c[0] <= 'Z'))) return false;  // field names are upper case
    if (starts_with(c, "\\*MERGEFORMAT") || starts_with(c, "\\*Arabic")) return true;
    for (std::string_view f : kWordFields)
        if (starts_with(c, f)) {
            std::string_view rest = c.substr(f.size());
            // The field name must stand alone: nothing, the page number, a switch or an argument.
            if (rest.empty() || all_digits(rest) || rest[0] == '\\' || rest[0] == '"') return true;
        }
    return false;
}

// "区残联2020年政府信息公开工作年度报告.pdf", "附件:xxx.docx", "相关附件", "附件下载".
bool is_attachment_line(std::string_view c) {
    if (c == "相关附件" || c == "相关附件:" || c == "附件下载" || c == "附件下载:" || c == "下载附件")
        return true;
    // Every extension ends in an ASCII letter; most lines end in "。".
    const char last = c.empty() ? '\0' : c.back();
    if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z'))) return false;
    if (code_points(c) > 80) return false;
    for (std::string_view ext : kFileExtensions)
        // A name before the extension, and not a sentence that happens to end in one ("…。.pdf").
        if (ends_with_ci(c, ext) && c.size() > ext.size() && !ends_with(c.substr(0, c.size() - ext.size()), "。"))
            return true;
    return false;
}

// "晋江市残疾人联合会 2018年1月2日印发": a date directly before 印发 at the end of a short line.
bool is_print_line(std::string_view c) {
    if (!ends_with(c, "日印发") || code_points(c) > 60) return false;
    return c.find("年") != std::string_view::npos && c.find("月") != std::string_view::npos;
}

class ClutterReader {
public:
    explicit ClutterReader(Document& doc) : doc_(doc), text_(doc.text->text) {}

    void run() {
        for (size_t i = 0; i < doc_.lines.size(); ++i) {
            Line& line = doc_.lines[i];
            if (line.blank) {
                in_cc_footer_ = false;  // a 抄送 block has no blank lines inside
                continue;
            }
            inline_markers(line);
            if (line.clutter) continue;
            const Span t = trimmed(text_, line.span);
            const std::string c = compact(doc_.slice(t));
            classify(i, t, c);
        }
    }

private:
    Document& doc_;
    const std::string& text_;
    bool in_cc_footer_ = false;  // inside a 抄送 block

    void add(Artifact::Kind kind, Span span) {
        Artifact a;
        a.kind = kind;
        a.span = span;
        // One line of text for messages: runs of white space (and a line break) become one space.
        std::string flat;
        for (char ch : doc_.slice(span)) {
            if (is_space_byte(ch)) {
                if (!flat.empty() && flat.back() != ' ') flat += ' ';
            } else {
                flat += ch;
            }
        }
        a.text = shorten(flat, 40);
        doc_.artifacts.push_back(std::move(a));
    }

    void mark(size_t i, Artifact::Kind kind) {
        Line& line = doc_.lines[i];
        line.clutter = true;
        add(kind, trimmed(text_, line.span));
    }

    // "[bookmark: _GoBack]" anywhere in the line: only the marker is clutter.
    void inline_markers(Line& line) {
        std::string_view s = doc_.slice(line.span);
        size_t from = 0;
        std::string rest;  // the line without its markers
        bool any = false;
        while (true) {
            const size_t at = s.find("[bookmark:", from);
            const size_t close = at == std::string_view::npos ? at : s.find(']', at);
            if (close == std::string_view::npos || close - at > 200) break;
            add(Artifact::Kind::WordDebris, {line.span.begin + static_cast<uint32_t>(at),
                                             line.span.begin + static_cast<uint32_t>(close + 1)});
            rest.append(s.substr(from, at - from));
            from = close + 1;
            any = true;
        }
        if (!any) return;
        rest.append(s.substr(from));
        // Nothing but markers and spaces on the line: the whole line is clutter.
        if (compact(rest).empty()) line.clutter = true;
    }

    // Index of the next non-blank line after i, or lines.size().
    size_t next_nonblank(size_t i) const {
        size_t j = i + 1;
        while (j < doc_.lines.size() && doc_.lines[j].blank) ++j;
        return j;
    }

    void classify(size_t i, Span t, const std::string& c) {
        const size_t cps = code_points(c);

        // Continuation of a 抄送 block ("抄送: 晋江市政府办;" / "本会领导。").
        if (in_cc_footer_) {
            if (cps <= 40 && !is_print_line(c)) {
                mark(i, Artifact::Kind::DocumentFooter);
                return;
            }
            in_cc_footer_ = false;
        }
        if (starts_with(c, "抄送:") || starts_with(c, "抄报:")) {
            mark(i, Artifact::Kind::DocumentFooter);
            in_cc_footer_ = !ends_with(c, "。");
            return;
        }
        if (is_print_line(c) || c == "(此页无正文)" || c == "此页无正文") {
            mark(i, Artifact::Kind::DocumentFooter);
            return;
        }
        if (cps <= 150 && is_breadcrumb(c)) {
            mark(i, Artifact::Kind::Breadcrumb);
            return;
        }
        if (cps <= 200) {
            const size_t keys = count_keys(c);
            if ((keys >= 2 && starts_with_key(c)) || keys >= 3 || (keys == 1 && starts_with_key(c) && cps <= 30)) {
                mark(i, Artifact::Kind::PageFurniture);
                return;
            }
        }
        if (cps <= 80 && (starts_with(c, "上一篇:") || starts_with(c, "下一篇:"))) {
            mark(i, Artifact::Kind::PageFurniture);
            return;
        }
        if (cps <= 100)
            for (std::string_view m : kSiteFooterMarks)
                if (c.find(m) != std::string::npos) {
                    mark(i, Artifact::Kind::PageFurniture);
                    return;
                }
        if (cps <= 40 && (is_button_row(c) || starts_with(c, "扫一扫"))) {
            mark(i, Artifact::Kind::PageFurniture);
            return;
        }
        if (is_page_footer(c)) {
            mark(i, Artifact::Kind::PageFooter);
            return;
        }
        if (is_word_field_line(c)) {
            doc_.lines[i].clutter = true;
            Span span = t;
            // "PAGE" then the page number alone on the next line (Word field result).
            size_t j = next_nonblank(i);
            if (j < doc_.lines.size() && !doc_.lines[j].clutter) {
                Span tj = trimmed(text_, doc_.lines[j].span);
                std::string_view n = doc_.slice(tj);
                if (n.size() <= 4 && all_digits(n) && (c == "PAGE" || c == "NUMPAGES")) {
                    doc_.lines[j].clutter = true;
                    span.end = tj.end;
                }
            }
            add(Artifact::Kind::WordDebris, span);
            return;
        }
        if (is_attachment_line(c)) {
            mark(i, Artifact::Kind::Attachment);
            return;
        }
    }
};

}  // namespace

void read_clutter(Document& doc, const EditionSet&) {
    if (!doc.text) return;
    ClutterReader(doc).run();
}

}  // namespace nianbao
