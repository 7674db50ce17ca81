#include "files/html_to_text.h"

#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include <gumbo.h>

#include "files/html_nesting.h"
#include "files/plain_text.h"

namespace nianbao::files {

namespace {

// gumbo keeps ~100 bytes a node plus its vectors: half a million elements is ~100 MB, far more than
// any report's page needs (a long one has a few thousand) and within the wasm module's memory. An end
// tag may cost gumbo a search of up to Limits::max_depth open elements: half a million of them bound
// that to a few seconds whatever the page.
constexpr size_t kMaxElements = 500000;

Extracted failure(std::string code, std::string message) {
    Extracted e;
    e.error_code = std::move(code);
    e.error = std::move(message);
    return e;
}

enum TagClass : unsigned char { Plain = 0, Skip = 1, Block = 2 };

// Dropped with their content: scripts, styles, the head, embedded media and form controls.
// Block elements start and end a line. (Tables, <br> and <img> have rules of their own.)
const std::array<unsigned char, GUMBO_TAG_LAST + 1>& tag_classes() {
    static const auto classes = [] {
        std::array<unsigned char, GUMBO_TAG_LAST + 1> c{};
        for (GumboTag t : {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_HEAD,
                           GUMBO_TAG_TITLE, GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_SVG,
                           GUMBO_TAG_CANVAS, GUMBO_TAG_VIDEO, GUMBO_TAG_AUDIO, GUMBO_TAG_SELECT, GUMBO_TAG_BUTTON,
                           GUMBO_TAG_INPUT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_META, GUMBO_TAG_LINK})
            c[t] = Skip;
        for (GumboTag t : {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CAPTION,
                           GUMBO_TAG_CENTER, GUMBO_TAG_DD, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT,
                           GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM,
                           GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
                           GUMBO_TAG_HEADER, GUMBO_TAG_HR, GUMBO_TAG_LI, GUMBO_TAG_MAIN, GUMBO_TAG_NAV, GUMBO_TAG_OL,
                           GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_SECTION, GUMBO_TAG_UL, GUMBO_TAG_TABLE, GUMBO_TAG_TR,
                           GUMBO_TAG_BODY, GUMBO_TAG_HTML})
            c[t] = Block;
        return c;
    }();
    return classes;
}

// Builds lines the way a browser's innerText would look after white space collapsing: a pending
// space is written only between two pieces of text on one line.
class TextBuilder {
public:
    void text(std::string_view s) {
        if (s.empty()) return;
        if (pending_space_ && !at_line_start_) out_ += ' ';
        pending_space_ = false;
        out_ += s;
        at_line_start_ = s.back() == '\n';
    }
    void space() { pending_space_ = true; }
    void newline() {
        pending_space_ = false;
        if (!at_line_start_) {
            out_ += '\n';
            at_line_start_ = true;
        }
    }
    void raw(std::string_view s) {
        pending_space_ = false;
        out_ += s;
        if (!s.empty()) at_line_start_ = s.back() == '\n';
    }
    size_t size() const { return out_.size(); }
    std::string finish() const { return finish_text(out_); }

private:
    std::string out_;
    bool at_line_start_ = true;
    bool pending_space_ = false;
};

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// Runs of ASCII white space become one pending space (U+3000 and NBSP are kept: the checker sees them).
void inline_text(std::string_view data, TextBuilder& out, bool pre) {
    if (pre) {
        out.raw(data);
        return;
    }
    size_t at = 0;
    bool first = true;
    while (true) {
        size_t end = at;
        while (end < data.size() && !is_ascii_space(data[end])) ++end;
        if (!first) out.space();
        out.text(data.substr(at, end - at));
        first = false;
        if (end >= data.size()) break;
        at = end;
        while (at < data.size() && is_ascii_space(data[at])) ++at;
        if (at >= data.size()) {  // trailing white space: one more (empty) piece after it
            out.space();
            break;
        }
    }
}

// parseInt(colspan / rowspan) clamped to 1..50 (rowspan 0, "to the end", counts as 1).
size_t span_of(const GumboElement& e, const char* attribute) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, attribute);
    if (!a) return 1;
    const long v = std::strtol(a->value, nullptr, 10);
    return static_cast<size_t>(v < 1 ? 1 : v > 50 ? 50 : v);
}

const GumboElement* element(const GumboNode* n) {
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE ? &n->v.element : nullptr;
}

class HtmlWalker {
public:
    explicit HtmlWalker(const Limits& limits) : limits_(limits) {}

    // The text of `root`'s content (without the root's own block lines), iteratively.
    std::string text_of(const GumboNode* root) {
        TextBuilder out;
        walk(root, out);
        return out.finish();
    }

    bool too_large() const { return too_large_; }

private:
    struct Frame {
        const GumboNode* node;
        size_t next_child;
        bool pre;
        bool block;  // writes a newline when left
    };

    void walk(const GumboNode* root, TextBuilder& out) {
        std::vector<Frame> stack;
        stack.push_back({root, 0, false, false});
        const auto& classes = tag_classes();
        while (!stack.empty()) {
            Frame& top = stack.back();
            const GumboVector& children = element(top.node)->children;
            if (top.next_child >= children.length) {
                if (top.block) out.newline();
                stack.pop_back();
                continue;
            }
            const auto* child = static_cast<const GumboNode*>(children.data[top.next_child++]);
            const bool pre = top.pre;
            if (out.size() > limits_.max_output_bytes) {
                too_large_ = true;
                return;
            }
            switch (child->type) {
                case GUMBO_NODE_TEXT:
                case GUMBO_NODE_WHITESPACE:
                case GUMBO_NODE_CDATA:
                    inline_text(child->v.text.text, out, pre);
                    continue;
                case GUMBO_NODE_ELEMENT:
                case GUMBO_NODE_TEMPLATE:
                    break;
                default:
                    continue;  // comments, the doctype
            }
            const GumboElement& e = child->v.element;
            const GumboTag tag = e.tag;
            if (classes[tag] == Skip) continue;
            if (tag == GUMBO_TAG_BR) {
                out.raw("\n");
                continue;
            }
            if (tag == GUMBO_TAG_TABLE) {
                out.newline();
                table(child, out);
                out.newline();
                continue;
            }
            if (tag == GUMBO_TAG_IMG) {
                const GumboAttribute* alt = gumbo_get_attribute(&e.attributes, "alt");
                if (alt && alt->value[0]) out.text(std::string("[图片: ") + alt->value + "]");
                else out.text("[图片]");
                continue;
            }
            const bool block = classes[tag] == Block;
            if (block) out.newline();
            stack.push_back({child, 0, pre || tag == GUMBO_TAG_PRE, block});
        }
    }

    // Rows of this table only (not of tables nested in its cells); the caption on a line before them.
    // A merged cell's text is written once: a colspan is followed by empty cells, and the rows a
    // rowspan covers get an empty cell in its place (as Word writes a vertically merged cell), so a
    // column keeps its place in every row.
    void table(const GumboNode* table_node, TextBuilder& out) {
        const GumboVector& parts = element(table_node)->children;
        std::vector<size_t> rows_left;  // per column: rows a rowspan above still covers
        const auto cover = [&](std::vector<std::string>& cells) {
            while (cells.size() < rows_left.size() && rows_left[cells.size()] > 0) {
                --rows_left[cells.size()];
                cells.emplace_back();
            }
        };
        const auto row = [&](const GumboNode* tr) {
            std::vector<std::string> cells;
            const GumboVector& tds = tr->v.element.children;
            for (unsigned i = 0; i < tds.length; ++i) {
                const auto* cell = static_cast<const GumboNode*>(tds.data[i]);
                const GumboElement* ce = element(cell);
                if (!ce || (ce->tag != GUMBO_TAG_TD && ce->tag != GUMBO_TAG_TH)) continue;
                cover(cells);
                const size_t column = cells.size();
                cells.push_back(cell_text(cell));
                const size_t span = span_of(*ce, "colspan");
                cells.resize(cells.size() + span - 1);
                const size_t down = span_of(*ce, "rowspan") - 1;
                if (down > 0) {
                    if (rows_left.size() < column + span) rows_left.resize(column + span);
                    for (size_t k = column; k < column + span; ++k) rows_left[k] = down;
                }
            }
            cover(cells);
            for (size_t k = cells.size(); k < rows_left.size(); ++k)
                if (rows_left[k] > 0) --rows_left[k];  // covered columns past the row's last cell
            while (!cells.empty() && cells.back().empty()) cells.pop_back();
            if (cells.empty()) return;
            std::string line;
            for (size_t i = 0; i < cells.size(); ++i) {
                if (i) line += '\t';
                line += cells[i];
            }
            line += '\n';
            out.raw(line);
        };
        for (unsigned i = 0; i < parts.length; ++i) {
            const auto* part = static_cast<const GumboNode*>(parts.data[i]);
            const GumboElement* pe = element(part);
            if (!pe) continue;
            if (pe->tag == GUMBO_TAG_CAPTION) {
                const std::string caption = cell_text(part);
                if (!caption.empty()) out.raw(caption + "\n");
            } else if (pe->tag == GUMBO_TAG_TR) {
                row(part);
            } else if (pe->tag == GUMBO_TAG_THEAD || pe->tag == GUMBO_TAG_TBODY || pe->tag == GUMBO_TAG_TFOOT) {
                for (unsigned k = 0; k < pe->children.length; ++k) {
                    const auto* tr = static_cast<const GumboNode*>(pe->children.data[k]);
                    if (element(tr) && element(tr)->tag == GUMBO_TAG_TR) row(tr);
                }
            }
        }
    }

    // A cell's text on one line (a nested table's rows included).
    std::string cell_text(const GumboNode* cell) { return join_cell_lines(text_of(cell)); }

    const Limits& limits_;
    bool too_large_ = false;
};

const GumboNode* body_of(const GumboNode* document) {
    const GumboNode* html = nullptr;
    const GumboVector& top = document->v.document.children;
    for (unsigned i = 0; i < top.length; ++i) {
        const auto* n = static_cast<const GumboNode*>(top.data[i]);
        if (element(n) && element(n)->tag == GUMBO_TAG_HTML) html = n;
    }
    if (!html) return nullptr;
    const GumboVector& parts = html->v.element.children;
    for (unsigned i = 0; i < parts.length; ++i) {
        const auto* n = static_cast<const GumboNode*>(parts.data[i]);
        if (element(n) && element(n)->tag == GUMBO_TAG_BODY) return n;
    }
    return html;
}

}  // namespace

Extracted html_to_text(std::string_view utf8_html, const Limits& limits) {
    if (utf8_html.size() > limits.max_input_bytes)
        return failure("too-large", "这个网页超过 " + std::to_string(limits.max_input_bytes >> 20) +
                                        " MB，未读取，请只复制报告正文后再试。");
    const HtmlShape shape = html_shape(utf8_html, limits.max_depth);
    if (shape.start_tags > kMaxElements || shape.end_tags > kMaxElements)
        return failure("too-large", "这个网页有超过 " + std::to_string(kMaxElements / 10000) +
                                        " 万个标签，不像一份报告，未读取，请只复制报告正文后再试。");
    if (shape.too_deep)
        return failure("too-deep", "这个网页的标签嵌套超过 " + std::to_string(limits.max_depth) +
                                       " 层，不像正常的网页，未读取，请只复制报告正文后粘贴为纯文本再试。");
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are not reported: recording them only costs memory
    GumboOutput* output = gumbo_parse_with_options(&options, utf8_html.data(), utf8_html.size());
    if (!output) return failure("html-damaged", "这个网页无法解析，请只复制报告正文后粘贴为纯文本再试。");
    Extracted result;
    HtmlWalker walker(limits);
    if (const GumboNode* body = body_of(output->document)) result.text = walker.text_of(body);
    else result.text = "\n";
    gumbo_destroy_output(&options, output);
    if (walker.too_large() || result.text.size() > limits.max_output_bytes)
        return failure("too-large", "这个网页的文字超过 " + std::to_string(limits.max_output_bytes >> 20) +
                                        " MB，未读取，请只复制报告正文后再试。");
    result.ok = true;
    return result;
}

}  // namespace nianbao::files
