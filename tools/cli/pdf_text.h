#pragma once
// A PDF in the CLI: poppler reads the text layer (its words with their boxes), the core's one layout
// reconstruction (layout/reconstruct.h) turns it into the text the rules read — the same text the
// page gets from pdf.js. Encrypted, scanned (no text layer), damaged or cut-off files are refused with
// the core's clear message (files/unsupported.h).
#include <cstddef>
#include <string>
#include <string_view>

#include "files/extracted.h"
#include "layout/reconstruct.h"
#include "layout/text_item.h"

namespace nianbao::cli {

// The text layer as positioned text, or an error code ("pdf-encrypted", "pdf-damaged",
// "pdf-no-text-layer"). Bounded: at most `max_items` items are kept; reading stops at the page where
// the cap is reached and `pages_not_read` says how many pages were left.
struct PdfTextLayer {
    layout::PositionedText text;
    std::string error_code;
    size_t pages_total = 0;
    size_t pages_not_read = 0;
    bool capped = false;
};
PdfTextLayer read_pdf_text_layer(std::string_view bytes, size_t max_items = layout::kMaxItems);

// Bytes of a PDF → the reconstructed text (ok) or the refusal; notes say what was left out. poppler
// runs in a child process (isolated.h): a PDF that takes longer than kPdfReadSeconds (environment
// NIANBAO_PDF_SECONDS overrides) is refused as "pdf-too-slow", one that crashes it or needs more than
// kPdfReadMemory as "pdf-damaged".
constexpr double kPdfReadSeconds = 60;
constexpr size_t kPdfReadMemory = size_t{4} << 30;  // address space of the child: 4 GiB
files::Extracted pdf_to_text(std::string_view bytes, const files::Limits& limits = {});

}  // namespace nianbao::cli
