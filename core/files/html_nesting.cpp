#include "files/html_nesting.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace nianbao::files {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool among(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Never on the stack, or closed by the next of their kind: not counted.
bool uncounted(std::string_view n) {
    return among(n, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input", "keygen", "link",
                     "meta", "param", "source", "track", "wbr", "frame", "image", "p", "li", "dt", "dd", "td", "th",
                     "tr", "tbody", "thead", "tfoot", "option", "optgroup", "rb", "rt", "rtc", "rp", "colgroup",
                     "caption", "html", "head", "body"});
}

// Their content is text up to their own end tag.
bool raw_text(std::string_view n) { return among(n, {"script", "style", "textarea", "title", "xmp", "plaintext"}); }

// HTML5's "special" category: an inline end tag never closes across one.
bool special(std::string_view n) {
    return among(n, {"address", "applet", "article", "aside", "blockquote", "button", "center", "details", "dir", "div",
                     "dl", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5",
                     "h6", "header", "hgroup", "iframe", "listing", "main", "marquee", "menu", "nav", "noembed",
                     "noframes", "noscript", "object", "ol", "pre", "section", "select", "summary", "table",
                     "template", "ul"});
}

// An end tag of a block never closes across one of these ("has an element in scope").
bool scope_boundary(std::string_view n) { return among(n, {"applet", "marquee", "object", "table", "template"}); }

constexpr size_t kEndTagReach = 64;

}  // namespace

HtmlShape html_shape(std::string_view html, size_t limit) {
    HtmlShape shape;
    std::vector<std::string> open;
    std::string name;
    size_t at = 0;
    const size_t n = html.size();
    const auto skip_past = [&](std::string_view end) {
        const size_t found = html.find(end, at);
        at = found == std::string_view::npos ? n : found + end.size();
    };
    while (at < n) {
        const size_t lt = html.find('<', at);
        if (lt == std::string_view::npos || lt + 1 >= n) break;
        at = lt + 1;
        const char c = html[at];
        if (c == '!') {
            if (html.substr(at, 3) == "!--") {
                at += 3;
                skip_past("-->");
            } else {
                skip_past(">");
            }
            continue;
        }
        if (c == '?') {
            skip_past(">");
            continue;
        }
        const bool end_tag = c == '/';
        if (end_tag) ++at;
        if (at >= n || !is_letter(html[at])) continue;
        name.clear();
        while (at < n && !is_space(html[at]) && html[at] != '/' && html[at] != '>') name += lower(html[at++]);
        // Attributes: a quoted value may hold '>'.
        while (at < n && html[at] != '>') {
            if (html[at] == '=') {
                ++at;
                while (at < n && is_space(html[at])) ++at;
                if (at < n && (html[at] == '"' || html[at] == '\'')) {
                    const char quote = html[at++];
                    while (at < n && html[at] != quote) ++at;
                    if (at < n) ++at;
                }
                continue;
            }
            ++at;
        }
        if (at < n) ++at;  // past '>'

        ++(end_tag ? shape.end_tags : shape.start_tags);
        if (uncounted(name)) continue;
        if (!end_tag) {
            if (raw_text(name)) {
                // Up to "</name", in any case.
                while (at < n) {
                    const size_t close = html.find("</", at);
                    if (close == std::string_view::npos) return shape;
                    at = close + 2;
                    size_t k = 0;
                    while (k < name.size() && at + k < n && lower(html[at + k]) == name[k]) ++k;
                    if (k == name.size()) break;
                }
                continue;
            }
            open.push_back(name);  // "<div/>" opens a div in HTML: counted too
            if (open.size() > limit) {
                shape.too_deep = true;
                return shape;
            }
            continue;
        }
        // An end tag closes down to its element, unless something it cannot cross comes first. The
        // search looks at most kEndTagReach elements down: stopping early only leaves more open (the
        // estimate can grow, never shrink), and keeps a flood of unmatched end tags linear.
        const bool block = special(name);
        const size_t lowest = open.size() > kEndTagReach ? open.size() - kEndTagReach : 0;
        for (size_t i = open.size(); i-- > lowest;) {
            if (open[i] == name) {
                open.resize(i);
                break;
            }
            if (block ? scope_boundary(open[i]) : special(open[i])) break;
        }
    }
    return shape;
}

}  // namespace nianbao::files
