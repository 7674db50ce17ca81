#include "pdf_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "files/pdf_complete.h"
#include "files/unsupported.h"
#include "isolated.h"
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

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || c == '\r' || c == '\n'; }

// A page turned so that most of its text reads left to right. poppler gives boxes in the page as
// displayed (its /Rotate applied) and each word's direction in quarter turns clockwise. A page a viewer
// rotated and saved (/Rotate 90 over upright content) shows its text running down the page, and a
// landscape table is often drawn turned on a portrait page; the reconstruction reads lines across, so
// the frame is turned back by the direction most of the page's text has.
struct UprightFrame {
    int turns = 0;  // quarter turns clockwise of the page's main text direction
    double width = 0, height = 0;  // the page as displayed

    layout::PageBox page() const { return turns % 2 ? layout::PageBox{height, width} : layout::PageBox{width, height}; }

    // (x, y) on the displayed page → the upright page (top-left origin, y down).
    std::pair<double, double> map(double x, double y) const {
        switch (turns) {
            case 1: return {y, width - x};
            case 2: return {width - x, height - y};
            case 3: return {height - y, x};
            default: return {x, y};
        }
    }
    layout::TextItem item(int page, const poppler::rectf& r, std::string text) const {
        const auto [x1, y1] = map(r.x(), r.y());
        const auto [x2, y2] = map(r.x() + r.width(), r.y() + r.height());
        return layout::TextItem{page, std::min(x1, x2), std::min(y1, y2), std::abs(x2 - x1), std::abs(y2 - y1),
                                std::move(text)};
    }
};

std::string utf8_text(const poppler::text_box& box) {
    const auto bytes = box.text().to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// The direction most of a page's characters run in (quarter turns clockwise).
int main_direction(const std::vector<poppler::text_box>& words) {
    size_t weight[4] = {0, 0, 0, 0};
    for (const auto& w : words) weight[static_cast<unsigned>(w.rotation()) & 3u] += w.text().size();
    return static_cast<int>(std::max_element(weight, weight + 4) - weight);
}

// A word running in the page's main direction as one item, as poppler cut it (the reconstruction
// splits it into characters by their advance, as it does pdf.js's runs; its tests use these very
// boxes, from pdftotext -bbox). A word in another direction, or set vertically, goes one item per
// glyph with poppler's box for each: the contract asks for vertical runs character by character. A
// word whose glyph boxes poppler cannot give (an empty box past the last glyph it knows) goes whole.
void add_word(const poppler::text_box& box, int page, const UprightFrame& frame, std::vector<layout::TextItem>& out) {
    const std::string text = utf8_text(box);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos || !usable(box.bbox())) return;
    if ((box.rotation() & 3) == frame.turns && box.get_wmode(0) != poppler::text_box::vertical_wmode) {
        out.push_back(frame.item(page, box.bbox(), text));
        return;
    }
    std::vector<layout::TextItem> glyphs;
    size_t glyph = 0;
    for (size_t i = 0; i < text.size(); ++glyph) {
        int len = 1;
        const char32_t cp = utf8::decode(text, i, len);
        const poppler::rectf r = box.char_bbox(glyph);
        if (!usable(r)) {
            out.push_back(frame.item(page, box.bbox(), text));
            return;
        }
        if (!is_space(cp)) glyphs.push_back(frame.item(page, r, text.substr(i, static_cast<size_t>(len))));
        i += static_cast<size_t>(len);
    }
    for (auto& g : glyphs) out.push_back(std::move(g));
}

// The text layer crosses from the child process to the parent as plain bytes.
class Wire {
public:
    explicit Wire(std::string_view in = {}) : in_(in) {}
    template <class T> void put(T v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void put_string(std::string_view s) {
        put<uint64_t>(s.size());
        out_.append(s);
    }
    template <class T> bool get(T& v) {
        if (in_.size() - at_ < sizeof v) return false;
        std::memcpy(&v, in_.data() + at_, sizeof v);
        at_ += sizeof v;
        return true;
    }
    bool get_string(std::string& s) {
        uint64_t n = 0;
        if (!get(n) || in_.size() - at_ < n) return false;
        s.assign(in_.substr(at_, n));
        at_ += n;
        return true;
    }
    std::string take() { return std::move(out_); }

private:
    std::string_view in_;
    size_t at_ = 0;
    std::string out_;
};

std::string to_wire(const PdfTextLayer& layer) {
    Wire w;
    w.put_string(layer.error_code);
    w.put<uint64_t>(layer.pages_total);
    w.put<uint64_t>(layer.pages_not_read);
    w.put<uint8_t>(layer.capped);
    w.put<uint64_t>(layer.text.pages.size());
    for (const auto& p : layer.text.pages) w.put(p.width), w.put(p.height);
    w.put<uint64_t>(layer.text.items.size());
    for (const auto& it : layer.text.items) {
        w.put<int32_t>(it.page);
        w.put(it.x), w.put(it.y), w.put(it.width), w.put(it.height);
        w.put_string(it.text);
    }
    return w.take();
}

std::optional<PdfTextLayer> from_wire(std::string_view bytes) {
    Wire r(bytes);
    PdfTextLayer layer;
    uint64_t pages_total = 0, pages_not_read = 0, pages = 0, items = 0;
    uint8_t capped = 0;
    if (!r.get_string(layer.error_code) || !r.get(pages_total) || !r.get(pages_not_read) || !r.get(capped) ||
        !r.get(pages))
        return std::nullopt;
    layer.pages_total = pages_total;
    layer.pages_not_read = pages_not_read;
    layer.capped = capped != 0;
    for (uint64_t i = 0; i < pages; ++i) {
        layout::PageBox box;
        if (!r.get(box.width) || !r.get(box.height)) return std::nullopt;
        layer.text.pages.push_back(box);
    }
    if (!r.get(items)) return std::nullopt;
    for (uint64_t i = 0; i < items; ++i) {
        layout::TextItem it;
        int32_t page = 0;
        if (!r.get(page) || !r.get(it.x) || !r.get(it.y) || !r.get(it.width) || !r.get(it.height) ||
            !r.get_string(it.text))
            return std::nullopt;
        it.page = page;
        layer.text.items.push_back(std::move(it));
    }
    return layer;
}

// How long poppler may take on one PDF. NIANBAO_PDF_SECONDS overrides it (tests use a short limit).
double pdf_seconds() {
    if (const char* env = std::getenv("NIANBAO_PDF_SECONDS"))
        if (const double s = std::atof(env); s > 0) return s;
    return kPdfReadSeconds;
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
        UprightFrame frame;
        if (page) {
            const poppler::rectf r = page->page_rect(poppler::crop_box);
            frame.width = r.width();
            frame.height = r.height();
            // Text boxes come in the page's displayed orientation (its /Rotate applied).
            if (page->orientation() == poppler::page::landscape || page->orientation() == poppler::page::seascape)
                std::swap(frame.width, frame.height);
        }
        if (!page || layer.capped) {
            layer.text.pages.push_back(frame.page());
            if (layer.capped) ++layer.pages_not_read;
            continue;
        }
        const std::vector<poppler::text_box> words = page->text_list();
        frame.turns = main_direction(words);
        layer.text.pages.push_back(frame.page());
        for (const poppler::text_box& word : words) {
            add_word(word, p, frame, items);
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
    const double seconds = pdf_seconds();
    IsolatedFailure failure;
    const auto wire = run_isolated([&] { return to_wire(read_pdf_text_layer(bytes)); }, seconds, kPdfReadMemory, failure);
    std::optional<PdfTextLayer> read = wire ? from_wire(*wire) : std::nullopt;
    if (failure == IsolatedFailure::TimedOut) {
        files::Extracted e;
        e.error_code = "pdf-too-slow";
        e.error = "读取这个 PDF 超过 " + std::to_string(static_cast<int>(std::ceil(seconds))) +
                  " 秒仍未完成（内容异常庞大或复杂），已停止：请确认文件无误，或另存为 PDF 或 .docx 后再检查";
        return e;
    }
    if (!read) return files::unsupported_pdf("pdf-damaged");  // the parser crashed on it
    PdfTextLayer& layer = *read;
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
        e.notes.push_back("PDF 中的文字块过多：只读取了前 " + std::to_string(layer.text.items.size()) + " 个文字块" +
                          (layer.pages_not_read ? "，其后 " + std::to_string(layer.pages_not_read) + " 页未读取" : "") +
                          "，检查结果可能不完整");
    return e;
}

}  // namespace nianbao::cli
