#include "pdf_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <cmath>
#include <memory>
#include <string>

#include "files/pdf_complete.h"
#include "files/unsupported.h"
#include "text/utf8.h"

namespace nianbao::cli {

namespace {

// poppler prints syntax complaints about damaged files to stderr; the user gets our one sentence.
void silence_poppler() {
    static const bool once = [] {
        poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
        return true;
    }();
    (void)once;
}

bool usable(const poppler::rectf& r) {
    return std::isfinite(r.x()) && std::isfinite(r.y()) && std::isfinite(r.width()) && std::isfinite(r.height()) &&
           (r.width() > 0 || r.height() > 0);
}

layout::TextItem item(int page, const poppler::rectf& r, std::string text) {
    return layout::TextItem{page, r.x(), r.y(), std::max(0.0, r.width()), std::max(0.0, r.height()), std::move(text)};
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || c == '\r' || c == '\n'; }

// One item per glyph: poppler knows each glyph's box, so the reconstruction need not spread a word's
// width evenly over characters of different widths (digits beside ideographs). A word whose glyph
// boxes poppler cannot give (it returns an empty box past the last glyph it knows) goes as one item.
void add_word(const poppler::text_box& box, int page, std::vector<layout::TextItem>& out) {
    const auto bytes = box.text().to_utf8();
    const std::string text(bytes.begin(), bytes.end());
    std::vector<layout::TextItem> glyphs;
    size_t glyph = 0;
    for (size_t i = 0; i < text.size(); ++glyph) {
        int len = 1;
        const char32_t cp = utf8::decode(text, i, len);
        const poppler::rectf r = box.char_bbox(glyph);
        if (!usable(r)) {
            glyphs.clear();
            break;
        }
        if (!is_space(cp)) glyphs.push_back(item(page, r, text.substr(i, static_cast<size_t>(len))));
        i += static_cast<size_t>(len);
    }
    if (!glyphs.empty()) {
        for (auto& g : glyphs) out.push_back(std::move(g));
    } else if (usable(box.bbox()) && text.find_first_not_of(" \t\r\n") != std::string::npos) {
        out.push_back(item(page, box.bbox(), text));
    }
}

std::string megabytes(size_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20); }

}  // namespace

PdfTextLayer read_pdf_text_layer(std::string_view bytes, size_t max_items) {
    silence_poppler();
    PdfTextLayer layer;
    if (bytes.size() > static_cast<size_t>(INT_MAX) || !files::pdf_reaches_end(bytes)) {
        layer.error_code = "pdf-damaged";
        return layer;
    }
    // poppler reads from our buffer without copying it; `bytes` outlives the document.
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) {
        layer.error_code = "pdf-damaged";
        return layer;
    }
    if (doc->is_locked()) {
        layer.error_code = "pdf-encrypted";
        return layer;
    }
    const int pages = doc->pages();
    if (pages <= 0) {
        layer.error_code = "pdf-damaged";
        return layer;
    }
    layer.pages_total = static_cast<size_t>(pages);
    auto& items = layer.text.items;
    for (int p = 0; p < pages; ++p) {
        std::unique_ptr<poppler::page> page(doc->create_page(p));
        layout::PageBox box;
        if (page) {
            const poppler::rectf r = page->page_rect(poppler::crop_box);
            box = {r.width(), r.height()};
            // Text boxes come in the page's displayed orientation (its /Rotate applied).
            if (page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape)
                box = {r.height(), r.width()};
        }
        layer.text.pages.push_back(box);
        if (!page || layer.capped) {
            if (layer.capped) ++layer.pages_not_read;
            continue;
        }
        for (const poppler::text_box& word : page->text_list()) {
            add_word(word, p, items);
            if (items.size() > max_items) {  // something is left out only once an item past the cap exists
                items.resize(max_items);
                layer.capped = true;
                break;
            }
        }
    }
    if (items.empty()) layer.error_code = "pdf-no-text-layer";
    return layer;
}

files::Extracted pdf_to_text(std::string_view bytes, const files::Limits& limits) {
    if (bytes.size() > limits.max_input_bytes) {
        files::Extracted e;
        e.error_code = "too-large";
        e.error = "PDF 文件过大（" + megabytes(bytes.size()) + " MB），超过 " + megabytes(limits.max_input_bytes) +
                  " MB 的上限，未读取";
        return e;
    }
    PdfTextLayer layer = read_pdf_text_layer(bytes);
    if (!layer.error_code.empty()) return files::unsupported_pdf(layer.error_code);
    layout::Reconstructed r = layout::reconstruct(layer.text);
    if (r.text.find_first_not_of(" \t\r\n") == std::string::npos) return files::unsupported_pdf("pdf-no-text-layer");
    files::Extracted e;
    if (r.text.size() > limits.max_output_bytes) {
        e.error_code = "too-large";
        e.error = "PDF 中的文字过多（" + megabytes(r.text.size()) + " MB），超过 " + megabytes(limits.max_output_bytes) +
                  " MB 的上限，未检查";
        return e;
    }
    e.ok = true;
    e.text = std::move(r.text);
    if (layer.capped)
        e.notes.push_back("PDF 中的文字块过多：只读取了前 " + std::to_string(layer.text.items.size()) + " 个字符" +
                          (layer.pages_not_read ? "，其后 " + std::to_string(layer.pages_not_read) + " 页未读取" : "") +
                          "，检查结果可能不完整");
    return e;
}

}  // namespace nianbao::cli
