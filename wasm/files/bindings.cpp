// The file-reader module's C surface (same conventions as wasm/bindings.cpp): bytes go in through
// memory from nianbao_files_alloc; results come out as NUL-terminated UTF-8 JSON the caller copies and
// hands back to nianbao_files_free, or {"error":{"code":"…","message":"…"}}. No C++ exception
// crosses this boundary.
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "files/docx_to_text.h"
#include "files/file_kind.h"
#include "files/html_charset.h"
#include "files/html_to_text.h"
#include "files/unsupported.h"
#include "layout/items_json.h"
#include "layout/reconstruct.h"

namespace {

using nianbao::files::Extracted;

char* to_c_string(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.data(), s.size() + 1);
    return p;
}

std::string dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

std::string error_json(std::string_view code, std::string_view message) {
    return dump({{"error", {{"code", code}, {"message", message}}}});
}

std::string extracted_json(const Extracted& e) {
    if (!e.ok) return error_json(e.error_code, e.error);
    return dump({{"text", e.text}, {"notes", e.notes}});
}

std::string_view input(const char* bytes, int len) {
    return len > 0 && bytes ? std::string_view(bytes, static_cast<size_t>(len)) : std::string_view();
}

// Runs `make` and turns any escaping exception into an error result.
template <class Make>
const char* guarded(Make&& make) {
    try {
        return to_c_string(make());
    } catch (const std::bad_alloc&) {
        return to_c_string(error_json("out-of-memory", "内存不足，无法读取这个文件，请关闭其他页面后再试。"));
    } catch (const std::exception& e) {
        return to_c_string(error_json("internal", std::string("内部错误：") + e.what()));
    } catch (...) {
        return to_c_string(error_json("internal", "内部错误"));
    }
}

}  // namespace

extern "C" {

void* nianbao_files_alloc(int size) { return size < 0 ? nullptr : std::malloc(static_cast<size_t>(size) + 1); }

void nianbao_files_free(void* p) { std::free(p); }

// The file's kind by content: "empty","text","html","docx","pdf","legacy-word","zip","image","binary"
// (static storage: not to be freed).
const char* nianbao_files_sniff(const char* bytes, int len) {
    try {
        return nianbao::files::file_kind_key(nianbao::files::sniff(input(bytes, len)));
    } catch (...) {
        return "binary";
    }
}

// A .docx or a UTF-8 web page → {"text","notes"}. Text and PDF are the caller's to decode / lay out
// ("needs-decoding", "needs-layout"), as is a page in another encoding; the rest gets the core's
// sentence for what the file is and what to do.
const char* nianbao_files_extract(const char* bytes, int len) {
    return guarded([&] {
        const std::string_view b = input(bytes, len);
        using nianbao::files::FileKind;
        const FileKind kind = nianbao::files::sniff(b);
        switch (kind) {
            case FileKind::Docx:
                return extracted_json(nianbao::files::docx_to_text(b));
            case FileKind::Html:
                if (nianbao::files::html_needs_decoding(b))
                    return error_json("needs-decoding", "这个网页不是 UTF-8 编码（声明为 " +
                                                            nianbao::files::declared_html_charset(b) +
                                                            "），需先按其编码解码");
                return extracted_json(nianbao::files::html_to_text(b));
            case FileKind::Text:
                return error_json("needs-decoding", "这是文本文件，由调用方按其编码解码");
            case FileKind::Pdf:
                return error_json("needs-layout", "这是 PDF 文件，需先取出带位置的文字再还原版面");
            default:
                return extracted_json(nianbao::files::unsupported_file(kind));
        }
    });
}

// HTML already decoded to UTF-8 (a clipboard's text/html, a page the caller decoded) → {"text","notes"}.
const char* nianbao_files_html(const char* utf8, int len) {
    return guarded([&] { return extracted_json(nianbao::files::html_to_text(input(utf8, len))); });
}

// Positioned text as JSON (layout/items_json.h) → {"text","pages","text_items","table_rows","dropped_lines"}.
const char* nianbao_files_layout(const char* json, int len) {
    return guarded([&] {
        std::string reason;
        const auto positioned = nianbao::layout::positioned_text_from_json(input(json, len), reason);
        if (!positioned) return error_json("layout-bad-input", reason);
        const auto r = nianbao::layout::reconstruct(*positioned);
        return dump({{"text", r.text},
                     {"pages", r.pages},
                     {"text_items", r.text_items},
                     {"table_rows", r.table_rows},
                     {"dropped_lines", r.dropped_lines}});
    });
}

// Test hook (as nianbao_test_trap): traps on purpose so the wrapper's recovery can be tested.
void nianbao_files_test_trap() { __builtin_trap(); }

}  // extern "C"
