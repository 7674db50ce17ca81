#include "files/docx_to_text.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "files/list_numbering.h"
#include "files/plain_text.h"
#include "files/word_names.h"
#include "files/zip_archive.h"

namespace nianbao::files {

namespace {

constexpr size_t kMaxSpan = 50;  // a gridSpan of 1,000,000 must not write a million tabs
// pugixml keeps 32–64 bytes an element: 4 million (a 600-page report has a few hundred thousand)
// bound its memory to ~250 MB whatever the XML, e.g. 64 MB of "<a/>".
constexpr size_t kMaxXmlElements = 4000000;

Extracted failure(std::string code, std::string message) {
    Extracted e;
    e.error_code = std::move(code);
    e.error = std::move(message);
    return e;
}

Extracted damaged() {
    return failure("docx-damaged",
                   "这个 Word 文档（.docx）已损坏或不完整，无法读取，请重新下载，或用 Word、WPS 打开后另存为 .docx 再试。");
}

Extracted too_many_elements() {
    return failure("too-large", "这个 Word 文档的 XML 有超过 " + std::to_string(kMaxXmlElements / 10000) +
                                    " 万个元素，不像一份报告，未读取，请确认文件来源后另存为 PDF 再试。");
}

Extracted from_zip_error(ZipError error, const Limits& limits) {
    switch (error) {
        case ZipError::NotZip:
            return failure("not-docx", "这个文件不是 Word 文档（.docx），请用 Word 或 WPS 打开后另存为 .docx 再试。");
        case ZipError::Encrypted:
            return failure("encrypted",
                           "这个 Word 文档设置了密码，无法读取，请用 Word 或 WPS 打开后取消密码、另存为 .docx 再试。");
        case ZipError::TooLarge:
            return failure("too-large", "这个 Word 文档解压后超过 " + std::to_string(limits.max_expanded_bytes >> 20) +
                                            " MB 或压缩比异常（可能是恶意构造的压缩包），未读取，请确认文件来源后另存为 PDF 再试。");
        default:
            return damaged();
    }
}

bool is(const pugi::xml_node& n, const std::string& name) { return name == n.name(); }

// The name without its namespace prefix ("a:blip" → "blip").
std::string_view local_name(const pugi::xml_node& n) {
    const std::string_view name = n.name();
    const size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// What a w:drawing / w:pict / w:object holds: a text box (read as paragraphs), a picture (written as
// [图片], as the HTML converter does, so a table pasted as a picture is visible), or neither (a
// shape, a chart: nothing). The search does not enter text boxes: their pictures are their own.
struct DrawingContent {
    bool text_box = false;
    bool picture = false;
    std::string description;  // wp:docPr's descr (the alt text Word asks for)
};

DrawingContent inspect_drawing(const pugi::xml_node& root) {
    DrawingContent c;
    pugi::xml_node node = root.first_child();
    while (node) {
        bool descend = node.type() == pugi::node_element;
        if (descend) {
            const std::string_view name = local_name(node);
            if (name == "txbxContent") {
                c.text_box = true;
                descend = false;
            } else if (name == "blip" || name == "imagedata") {
                c.picture = true;
            } else if (name == "docPr" && c.description.empty()) {
                c.description = node.attribute("descr").value();
            }
        }
        if (descend && node.first_child()) {
            node = node.first_child();
            continue;
        }
        while (node != root && !node.next_sibling()) node = node.parent();
        if (node == root) break;
        node = node.next_sibling();
    }
    return c;
}

bool has_visible_text(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return true;
    return false;
}

// The one branch of an mc:AlternateContent that is read: the first Choice, else the Fallback.
pugi::xml_node chosen_branch(const pugi::xml_node& alternate, const WordNames& w) {
    if (const auto choice = alternate.child(w.mc_choice.c_str())) return choice;
    return alternate.child(w.mc_fallback.c_str());
}

// Reads word/document.xml (and its footnotes) into lines.
class DocxReader {
public:
    DocxReader(const Limits& limits, ListNumbering numbering) : limits_(limits), numbering_(std::move(numbering)) {}

    // Body and notes; false when a limit was hit (error_code() says which).
    bool read_body(const pugi::xml_node& document_root) {
        w_ = WordNames::of(document_root);
        // The body is the usual container; some writers put a w:customXml or w:sdt around all of it.
        const auto body = document_root.child((prefix() + "body").c_str());
        blocks(body ? body : document_root, 0);
        return error_.empty();
    }

    bool read_notes(const pugi::xml_node& notes_root, bool endnotes) {
        if (!notes_root) return true;
        w_ = WordNames::of(notes_root);
        const std::string& note_name = endnotes ? w_.endnote : w_.footnote;
        for (const auto& note : notes_root.children(note_name.c_str())) {
            // Separator "notes" hold the line Word draws above the notes, not text.
            const std::string_view type = note.attribute(w_.type.c_str()).value();
            if (!type.empty() && type != "normal") continue;
            const size_t before = out_.size();
            blocks(note, 1);
            if (out_.size() != before) ++notes_read_;
            if (!error_.empty()) return false;
        }
        return true;
    }

    const std::string& text() const { return out_; }
    const std::string& error_code() const { return error_; }
    bool had_deletions() const { return deletions_; }
    bool has_text() const { return has_text_; }
    size_t pictures() const { return pictures_; }
    size_t notes_read() const { return notes_read_; }
    size_t text_boxes() const { return text_boxes_; }

private:
    std::string prefix() const { return w_.p.substr(0, w_.p.size() - 1); }

    bool too_deep(int depth) {
        if (static_cast<size_t>(depth) <= limits_.max_depth) return false;
        if (error_.empty()) error_ = "too-deep";
        return true;
    }

    void emit_line(const std::string& line) {
        if (!error_.empty()) return;
        out_ += line;
        out_ += '\n';
        if (out_.size() > limits_.max_output_bytes) error_ = "too-large";
    }

    // Paragraphs and tables of a container (body, cell, text box, note, content control), in order.
    void blocks(const pugi::xml_node& container, int depth) {
        if (too_deep(depth)) return;
        for (const auto& child : container.children()) {
            if (!error_.empty()) return;
            if (is(child, w_.p)) {
                paragraph_lines(child, depth);
            } else if (is(child, w_.tbl)) {
                table(child, depth);
            } else if (is(child, w_.sdt)) {
                blocks(child.child(w_.sdt_content.c_str()), depth + 1);
            } else if (is(child, w_.custom_xml) || is(child, w_.ins) || is(child, w_.move_to)) {
                blocks(child, depth + 1);
            } else if (is(child, w_.mc_alternate)) {
                blocks(chosen_branch(child, w_), depth + 1);
            }
        }
    }

    struct ParagraphText {
        std::string text;
        std::vector<pugi::xml_node> text_boxes;
    };

    // The visible text of one paragraph, walked without recursion (a paragraph's runs may be
    // nested arbitrarily deep in hyperlinks, fields and smart tags). Text boxes are collected, not
    // read here: they are paragraphs of their own.
    ParagraphText paragraph_text(const pugi::xml_node& p) {
        ParagraphText out;
        if (const auto p_pr = p.child(w_.p_pr.c_str()))
            out.text = numbering_.label_for(p_pr, w_.num_pr, w_.ilvl, w_.num_id, w_.p_style, w_.val);
        pugi::xml_node node = p.first_child();
        pugi::xml_node alternate, alternate_chosen;
        while (node) {
            bool descend = node.type() == pugi::node_element;
            if (descend) {
                if (is(node, w_.t)) {
                    const std::string_view value = node.child_value();
                    out.text += value;
                    has_text_ = has_text_ || has_visible_text(value);
                    descend = false;
                } else if (is(node, w_.drawing) || is(node, w_.pict) || is(node, w_.object)) {
                    const DrawingContent content = inspect_drawing(node);
                    if (!content.text_box) {
                        descend = false;
                        if (content.picture) {
                            ++pictures_;
                            out.text += content.description.empty() ? std::string("[图片]")
                                                                    : "[图片: " + content.description + "]";
                        }
                    }
                } else if (is(node, w_.tab)) {
                    out.text += '\t';
                } else if (is(node, w_.br)) {
                    const std::string_view type = node.attribute(w_.type.c_str()).value();
                    if (type != "page" && type != "column") out.text += '\n';
                } else if (is(node, w_.cr)) {
                    out.text += '\n';
                } else if (is(node, w_.no_break_hyphen)) {
                    out.text += '-';
                } else if (is(node, w_.del) || is(node, w_.move_from) || is(node, w_.del_text)) {
                    deletions_ = true;
                    descend = false;
                } else if (is(node, w_.txbx_content)) {
                    out.text_boxes.push_back(node);
                    descend = false;
                } else if (is(node, w_.p_pr) || is(node, w_.r_pr) || is(node, w_.instr_text) || is(node, w_.sdt_pr) ||
                           is(node, w_.ruby_text)) {  // ruby text: the pinyin over a character, not text
                    descend = false;
                } else if (is(node, w_.mc_choice) || is(node, w_.mc_fallback)) {
                    // Siblings are visited one after another: one lookup per AlternateContent, not per
                    // branch (a thousand Fallbacks would otherwise search a thousand times).
                    if (node.parent() != alternate) {
                        alternate = node.parent();
                        alternate_chosen = chosen_branch(alternate, w_);
                    }
                    descend = alternate_chosen == node;
                }
            }
            if (descend && node.first_child()) {
                node = node.first_child();
                continue;
            }
            while (node != p && !node.next_sibling()) node = node.parent();
            if (node == p) break;
            node = node.next_sibling();
        }
        return out;
    }

    void paragraph_lines(const pugi::xml_node& p, int depth) {
        const ParagraphText paragraph = paragraph_text(p);
        emit_line(paragraph.text);
        for (const auto& box : paragraph.text_boxes) {
            ++text_boxes_;
            blocks(box, depth + 1);
        }
    }

    // Rows of a table, looking through content controls and custom XML around rows or cells.
    template <class Visit>
    void children_named(const pugi::xml_node& parent, const std::string& name, int depth, Visit&& visit) {
        if (too_deep(depth)) return;
        for (const auto& child : parent.children()) {
            if (is(child, name)) {
                visit(child);
            } else if (is(child, w_.sdt)) {
                children_named(child.child(w_.sdt_content.c_str()), name, depth + 1, visit);
            } else if (is(child, w_.custom_xml)) {
                children_named(child, name, depth + 1, visit);
            }
        }
    }

    static size_t span_of(const pugi::xml_node& tc_pr, const WordNames& w) {
        const long span = std::strtol(tc_pr.child(w.grid_span.c_str()).attribute(w.val.c_str()).value(), nullptr, 10);
        return static_cast<size_t>(std::clamp<long>(span, 1, kMaxSpan));
    }

    // One row's cells: a merged cell's text once, then an empty cell for each further grid column
    // it covers; a cell continuing a vertical merge is empty.
    std::vector<std::string> row_cells(const pugi::xml_node& tr, int depth) {
        std::vector<std::string> cells;
        const auto before = tr.child(w_.tr_pr.c_str()).child(w_.grid_before.c_str());
        if (before) {
            const long n = std::strtol(before.attribute(w_.val.c_str()).value(), nullptr, 10);
            cells.resize(static_cast<size_t>(std::clamp<long>(n, 0, kMaxSpan)));
        }
        children_named(tr, w_.tc, depth + 1, [&](const pugi::xml_node& tc) {
            const auto tc_pr = tc.child(w_.tc_pr.c_str());
            const auto v_merge = tc_pr.child(w_.v_merge.c_str());
            const bool continues = v_merge && std::string_view(v_merge.attribute(w_.val.c_str()).value()) != "restart";
            cells.push_back(continues ? std::string() : cell_text(tc, depth + 1));
            cells.resize(cells.size() + span_of(tc_pr, w_) - 1);
        });
        while (!cells.empty() && cells.back().empty()) cells.pop_back();
        return cells;
    }

    // A table whose every row has one cell frames text (a layout table): its cells are read as
    // paragraphs and tables, not as one cell each.
    bool is_layout_table(const pugi::xml_node& tbl, int depth) {
        bool any = false, single = true;
        children_named(tbl, w_.tr, depth + 1, [&](const pugi::xml_node& tr) {
            size_t cells = 0;
            children_named(tr, w_.tc, depth + 2, [&](const pugi::xml_node& tc) {
                cells += span_of(tc.child(w_.tc_pr.c_str()), w_);
            });
            any = true;
            single = single && cells <= 1;
        });
        return any && single;
    }

    void table(const pugi::xml_node& tbl, int depth) {
        if (too_deep(depth)) return;
        if (is_layout_table(tbl, depth)) {
            children_named(tbl, w_.tr, depth + 1, [&](const pugi::xml_node& tr) {
                children_named(tr, w_.tc, depth + 2, [&](const pugi::xml_node& tc) { blocks(tc, depth + 3); });
            });
            return;
        }
        children_named(tbl, w_.tr, depth + 1, [&](const pugi::xml_node& tr) {
            const auto cells = row_cells(tr, depth + 1);
            if (cells.empty()) return;
            std::string line;
            for (size_t i = 0; i < cells.size(); ++i) {
                if (i) line += '\t';
                line += cells[i];
            }
            emit_line(line);
        });
    }

    // A cell's paragraphs (and a nested table's rows) on one line, joined as join_cell_lines says.
    std::string cell_text(const pugi::xml_node& tc, int depth) {
        if (too_deep(depth)) return "";
        std::string lines;
        const auto add_paragraph = [&](const pugi::xml_node& p, auto&& self, int d) -> void {
            const ParagraphText paragraph = paragraph_text(p);
            lines += paragraph.text;
            lines += '\n';
            for (const auto& box : paragraph.text_boxes) {
                ++text_boxes_;
                cell_blocks(box, d + 1, lines, self);
            }
        };
        cell_blocks(tc, depth, lines, add_paragraph);
        return join_cell_lines(lines);
    }

    template <class AddParagraph>
    void cell_blocks(const pugi::xml_node& container, int depth, std::string& lines, AddParagraph& add_paragraph) {
        if (too_deep(depth)) return;
        for (const auto& child : container.children()) {
            if (!error_.empty()) return;
            if (is(child, w_.p)) {
                add_paragraph(child, add_paragraph, depth);
            } else if (is(child, w_.tbl)) {
                children_named(child, w_.tr, depth + 1, [&](const pugi::xml_node& tr) {
                    const auto cells = row_cells(tr, depth + 1);
                    for (size_t i = 0; i < cells.size(); ++i) {
                        if (i) lines += '\t';
                        lines += cells[i];
                    }
                    lines += '\n';
                });
            } else if (is(child, w_.sdt)) {
                cell_blocks(child.child(w_.sdt_content.c_str()), depth + 1, lines, add_paragraph);
            } else if (is(child, w_.custom_xml) || is(child, w_.ins) || is(child, w_.move_to)) {
                cell_blocks(child, depth + 1, lines, add_paragraph);
            } else if (is(child, w_.mc_alternate)) {
                cell_blocks(chosen_branch(child, w_), depth + 1, lines, add_paragraph);
            }
            if (lines.size() > limits_.max_output_bytes && error_.empty()) error_ = "too-large";
        }
    }

    const Limits& limits_;
    ListNumbering numbering_;
    WordNames w_;
    std::string out_;
    std::string error_;
    bool deletions_ = false;
    bool has_text_ = false;  // some w:t with more than white space (list labels alone do not count)
    size_t pictures_ = 0;
    size_t notes_read_ = 0;
    size_t text_boxes_ = 0;
};

// A package part parsed in place; an absent part is an empty document, a malformed one is nullopt.
enum class PartStatus { Parsed, Absent, Failed, TooManyElements };

PartStatus read_part(ZipArchive& zip, std::string_view name, const Limits& limits, size_t& expanded,
                     std::string& storage, pugi::xml_document& doc) {
    const ZipEntry* entry = zip.find(name);
    if (!entry) return PartStatus::Absent;
    auto content = zip.read(*entry, limits, expanded);
    if (!content) return PartStatus::Failed;
    storage = std::move(*content);
    if (static_cast<size_t>(std::count(storage.begin(), storage.end(), '<')) > kMaxXmlElements) {
        return PartStatus::TooManyElements;
    }
    // parse_ws_pcdata: <w:t xml:space="preserve"> </w:t> is a real space.
    const auto parsed = doc.load_buffer_inplace(storage.data(), storage.size(),
                                                pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    return parsed ? PartStatus::Parsed : PartStatus::Failed;
}

// The main document part named by _rels/.rels (word/document.xml in every writer we know of).
std::string main_part_name(ZipArchive& zip, const Limits& limits, size_t& expanded) {
    std::string storage;
    pugi::xml_document rels;
    if (read_part(zip, "_rels/.rels", limits, expanded, storage, rels) == PartStatus::Parsed) {
        for (const auto& r : rels.document_element().children()) {
            const std::string_view type = r.attribute("Type").value();
            if (type.size() >= 15 && type.substr(type.size() - 15) == "/officeDocument") {
                std::string target = r.attribute("Target").value();
                if (!target.empty() && target[0] == '/') target.erase(0, 1);
                if (!target.empty()) return target;
            }
        }
    }
    return "word/document.xml";
}

}  // namespace

Extracted docx_to_text(std::string_view bytes, const Limits& limits) {
    if (bytes.size() > limits.max_input_bytes)
        return failure("too-large", "这个 Word 文档超过 " + std::to_string(limits.max_input_bytes >> 20) +
                                        " MB，未读取，请拆分或另存为 PDF 后再试。");
    ZipArchive zip = ZipArchive::open(bytes);
    if (zip.error() != ZipError::None) return from_zip_error(zip.error(), limits);

    size_t expanded = 0;
    const std::string main_name = main_part_name(zip, limits, expanded);
    if (zip.error() != ZipError::None) return from_zip_error(zip.error(), limits);
    if (!zip.find(main_name))
        return failure("not-docx", "这是一个 ZIP 压缩包，但不是 Word 文档（其中没有正文 document.xml），"
                                   "请确认文件，或用 Word、WPS 另存为 .docx 再试。");

    std::string numbering_bytes, styles_bytes, document_bytes, footnote_bytes, endnote_bytes;
    pugi::xml_document numbering, styles, document, footnotes, endnotes;
    // Numbering and styles only add list labels: a damaged one costs the labels, not the text.
    for (auto [name, storage, doc] : {std::tuple{"word/numbering.xml", &numbering_bytes, &numbering},
                                      std::tuple{"word/styles.xml", &styles_bytes, &styles}}) {
        const PartStatus status = read_part(zip, name, limits, expanded, *storage, *doc);
        if (status == PartStatus::TooManyElements) return too_many_elements();
        if (status == PartStatus::Failed) {
            if (zip.error() != ZipError::None && zip.error() != ZipError::Damaged)
                return from_zip_error(zip.error(), limits);
            doc->reset();
        }
    }
    const PartStatus main_status = read_part(zip, main_name, limits, expanded, document_bytes, document);
    if (main_status == PartStatus::TooManyElements) return too_many_elements();
    if (main_status != PartStatus::Parsed)
        return zip.error() != ZipError::None ? from_zip_error(zip.error(), limits) : damaged();

    DocxReader reader(limits, ListNumbering::read(numbering, styles));
    numbering.reset();
    styles.reset();
    bool ok = reader.read_body(document.document_element());
    document.reset();
    document_bytes.clear();
    for (auto [name, storage, doc, endnote] :
         {std::tuple{"word/footnotes.xml", &footnote_bytes, &footnotes, false},
          std::tuple{"word/endnotes.xml", &endnote_bytes, &endnotes, true}}) {
        if (!ok) break;
        const PartStatus status = read_part(zip, name, limits, expanded, *storage, *doc);
        if (status == PartStatus::TooManyElements) return too_many_elements();
        if (status == PartStatus::Failed && zip.error() != ZipError::None && zip.error() != ZipError::Damaged)
            return from_zip_error(zip.error(), limits);
        if (status == PartStatus::Parsed) ok = reader.read_notes(doc->document_element(), endnote);
    }

    if (!ok) {
        if (reader.error_code() == "too-deep")
            return failure("too-deep", "这个 Word 文档的结构嵌套超过 " + std::to_string(limits.max_depth) +
                                           " 层，不像正常的文档，未读取，请用 Word 或 WPS 打开后另存为 .docx 再试。");
        return failure("too-large", "这个 Word 文档的文字超过 " + std::to_string(limits.max_output_bytes >> 20) +
                                        " MB，未读取，请拆分后再试。");
    }

    if (!reader.has_text()) {
        if (reader.pictures())
            return failure("no-text-layer", "这个 Word 文档里只有图片（" + std::to_string(reader.pictures()) +
                                                " 张，可能是扫描件），没有可读取的文字，请使用原始 Word 文件或带文字的 PDF。");
        return failure("docx-empty", "这个 Word 文档里没有文字，请确认打开的是报告文件。");
    }
    Extracted result;
    result.ok = true;
    result.text = finish_text(reader.text());
    if (reader.pictures())
        result.notes.push_back("文档中的 " + std::to_string(reader.pictures()) + " 张图片以 [图片] 标出，其中的文字无法读取");
    if (reader.had_deletions()) result.notes.push_back("已忽略修订中删除的文字");
    if (reader.notes_read()) result.notes.push_back("脚注、尾注附在文末（" + std::to_string(reader.notes_read()) + " 条）");
    if (reader.text_boxes()) result.notes.push_back("文本框中的文字已读出（" + std::to_string(reader.text_boxes()) + " 个）");
    return result;
}

}  // namespace nianbao::files
