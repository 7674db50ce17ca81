// The publication date: the web page's "发布时间:2021-01-19 15:48" when present, else the date of
// the signature at the end ("环翠区残联\n\n二0一二年二月十日"). Dates in the body, and the
// "2018年 1月2日印发" line of an official document's footer, are not the signature.
#include "reader/date_scan.h"
#include "reader/meta_parts.h"

namespace nianbao::meta {
namespace {

constexpr std::string_view kPageLabels[] = {"发布时间", "发布日期", "发表时间", "公开日期"};
constexpr size_t kMaxSignatureAgency = 30;  // code points
constexpr size_t kMaxPageLine = 80;         // a page's metadata line is short

bool page_date(Document& doc) {
    const std::string_view text = doc.text->text;
    for (const Line& line : doc.lines) {  // clutter lines included: that is where the page puts it
        if (line.blank) continue;
        const std::string_view v = text.substr(line.span.begin, line.span.size());
        if (!line.clutter && code_points(v) > kMaxPageLine) continue;  // "信息发布时间…" in a paragraph
        for (std::string_view label : kPageLabels) {
            const size_t at = v.find(label);
            if (at == std::string_view::npos) continue;
            const uint32_t from = line.span.begin + static_cast<uint32_t>(at + label.size());
            for (const DateToken& tok : scan_dates(text, Span{from, line.span.end})) {
                if (tok.span.begin - from > 12) break;  // the date right after the label only
                if (auto d = complete_date(tok)) {
                    doc.meta.published = *d;
                    doc.meta.published_source = "page";
                    doc.meta.published_span = tok.span;
                    return true;
                }
            }
        }
    }
    return false;
}

bool is_footer_line(std::string_view v) {
    for (std::string_view w : {"印发", "抄送", "打印", "发布时间", "发布日期", "成文", "截至", "截止"})
        if (has(v, w)) return true;
    return false;
}

bool agency_like(std::string_view v) {
    // A name starts with a Han character: not a table's last figure, not a page number.
    return !v.empty() && static_cast<unsigned char>(v[0]) >= 0x80 && code_points(v) <= kMaxSignatureAgency &&
           !has_sentence_punctuation(v);
}

// The last line of the second half that is only a date (maybe after the agency's name).
std::string signature_date(Document& doc) {
    const std::string_view text = doc.text->text;
    const auto& lines = doc.lines;
    const uint32_t half = static_cast<uint32_t>(text.size() / 2);
    for (size_t i = lines.size(); i-- > 0;) {
        const Line& line = lines[i];
        if (line.span.begin < half) break;
        if (line.blank || line.clutter) continue;
        Span s = trim(text, line.span);
        std::string_view v = text.substr(s.begin, s.size());
        if (is_footer_line(v)) continue;
        if (starts(v, "(") && ends(v, ")")) {  // "(2021年1月20日)"
            s = trim(text, Span{s.begin + 1, s.end - 1});
            v = text.substr(s.begin, s.size());
        }
        // A signature ends with its date: a day ("…日", "…号") or an ISO date's last digit.
        if (v.empty() || !(ends(v, "日") || ends(v, "号") || (v.back() >= '0' && v.back() <= '9'))) continue;
        const auto tokens = scan_dates(text, s);
        if (tokens.empty()) continue;
        const DateToken& last = tokens.back();
        if (trim(text, Span{last.span.end, s.end}).size() != 0) continue;  // text after the date
        const auto date = complete_date(last);
        if (!date) continue;
        const Span before = trim(text, Span{s.begin, last.span.begin});
        const std::string_view bv = text.substr(before.begin, before.size());
        if (!bv.empty() && !agency_like(bv)) continue;  // a sentence ending with a date

        doc.meta.published = *date;
        doc.meta.published_source = "signature";
        doc.meta.published_span = last.span;
        if (!bv.empty()) return without_spaces(bv);
        // The agency signs on the line(s) above.
        for (size_t k = i, seen = 0; k-- > 0 && seen < 4;) {
            if (lines[k].blank || lines[k].clutter) continue;
            ++seen;
            const Span a = trim(text, lines[k].span);
            const std::string_view av = text.substr(a.begin, a.size());
            return agency_like(av) ? without_spaces(av) : std::string();
        }
        return {};
    }
    return {};
}

}  // namespace

std::string read_published(Document& doc) {
    const bool from_page = page_date(doc);
    // The signature is read in any case: its agency names the publisher.
    if (from_page) {
        const auto saved = doc.meta.published;
        const auto saved_span = doc.meta.published_span;
        std::string agency = signature_date(doc);
        doc.meta.published = saved;
        doc.meta.published_source = "page";
        doc.meta.published_span = saved_span;
        return agency;
    }
    return signature_date(doc);
}

}  // namespace nianbao::meta
