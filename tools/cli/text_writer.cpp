#include "text_writer.h"

#include <unicode/uchar.h>

#include "output/location.h"

namespace nianbao::cli {

namespace {

bool is_wide(char32_t cp) {
    const int w = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
    return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

// Padding that puts the caret under the character at byte `col_byte` of `line`.
std::string caret_line(std::string_view line, size_t from_byte, size_t to_byte) {
    std::string out;
    size_t i = 0;
    for (; i < line.size() && i < from_byte;) {
        int len;
        char32_t cp = utf8::decode(line, i, len);
        out += cp == '\t' ? "\t" : is_wide(cp) ? "\u3000" : " ";
        i += len;
    }
    size_t marks = 0;
    for (; i < line.size() && i < to_byte && marks < 60; ++marks) {
        int len;
        char32_t cp = utf8::decode(line, i, len);
        out += is_wide(cp) ? "＾" : "^";
        i += len;
    }
    if (marks == 0) out += "^";
    return out;
}

const char* color_of(Severity s) {
    return s == Severity::Error ? "\x1b[31m" : s == Severity::Warning ? "\x1b[33m" : "\x1b[36m";
}

}  // namespace

void TextWriter::add(const Result& result) {
    const Result* r = &result;
    ++reports_;
    const std::string name = r->file ? *r->file : "<stdin>";
    if (r->error) {
        out_ << name << ": " << *r->error << "\n";
        return;
    }
    for (const Finding& f : r->findings) {
        const Location loc = locate(*r, f);
        const bool dismissed = f.decision == "dismissed";
        if (dismissed) ++dismissed_;
        else ++totals_[static_cast<int>(f.severity)];
        out_ << name << ':' << loc.line << ':' << loc.column << ": " << (color_ ? color_of(f.severity) : "")
             << severity_key(f.severity) << (color_ ? "\x1b[0m" : "") << ' ' << f.rule << ' ' << f.message;
        // A reviewer's decision from --baseline.
        if (dismissed) out_ << " [已忽略" << (f.decision_note.empty() ? "" : "：" + f.decision_note) << "]";
        else if (f.decision == "confirmed") out_ << " [已确认" << (f.decision_note.empty() ? "" : "：" + f.decision_note) << "]";
        out_ << '\n';
        const Span line = r->source.line_span(loc.line);
        const std::string_view text = r->source.line_text(loc.line);
        if (!text.empty() && text.size() < 400) {
            const size_t from = loc.original.begin - line.begin;
            const size_t to = loc.original.end > line.end ? text.size() : loc.original.end - line.begin;
            out_ << "    " << text << '\n' << "    " << caret_line(text, from, to) << '\n';
        }
    }
}

void TextWriter::finish() {
    out_ << "共 " << reports_ << " 份报告：" << totals_[2] << " 个错误，" << totals_[1] << " 个警告，" << totals_[0]
         << " 条提示";
    if (dismissed_ > 0) out_ << "（另有 " << dismissed_ << " 条已忽略）";
    out_ << "\n";
}

}  // namespace nianbao::cli
