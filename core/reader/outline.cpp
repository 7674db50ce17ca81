// The outline: headings at four levels and the sections they open.
//   level 1 "一、"  level 2 "(一)"  level 3 "1." / "1、"  level 4 "(1)"
// A heading is a short line, or the first clause of a line ("(一)精心部署。将政务公开…"); a numeral
// inside a paragraph ("一是…") is not. Lines inside tables and table row labels are not headings.
// A line that lost its opening bracket and number (")政府信息管理情况") is a level-2 heading with a defect.
#include <algorithm>
#include <functional>
#include <unordered_set>

#include "reader/heading_marker.h"
#include "reader/read_document.h"
#include "reader/tables/table_vocabulary.h"
#include "text/label_key.h"
#include "text/span_set.h"

namespace nianbao {

namespace {

constexpr size_t kMaxTitleBytes = 40 * 3;  // about 40 CJK characters

// Title of a heading: up to the first sentence end or colon, or the whole (short) rest of the line.
// A numbered line that runs on as a paragraph ("2.切实加强…建设,加大“真公开”的力度,…") is still a
// numbered item: its title is cut at the first comma after a few characters, or at a length limit.
void heading_title(std::string_view rest, std::string_view& title) {
    static const std::string_view stops[] = {"。", ":", "：", ";", "；"};
    size_t cut = std::string_view::npos;
    for (auto st : stops) cut = std::min(cut, rest.find(st));
    if (cut != std::string_view::npos && cut <= kMaxTitleBytes) {
        title = rest.substr(0, cut);
        return;
    }
    if (rest.size() <= kMaxTitleBytes + 30) {
        title = rest;
        return;
    }
    for (std::string_view comma : {",", "，"}) {
        const size_t c = rest.find(comma, 4 * 3);
        if (c != std::string_view::npos && c <= kMaxTitleBytes) cut = std::min(cut, c);
    }
    if (cut == std::string_view::npos || cut > kMaxTitleBytes) {
        cut = kMaxTitleBytes;
        while (cut > 0 && (static_cast<unsigned char>(rest[cut]) & 0xC0) == 0x80) --cut;  // code point start
    }
    title = rest.substr(0, cut);
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

void read_outline(Document& doc, const EditionSet& editions) {
    const std::string& text = doc.text->text;
    const SpanSet tables(doc.tables, [](const Table& t) { return t.span; });
    auto in_table = [&](Span s) { return tables.overlaps(s); };
    for (const Line& line : doc.lines) {
        if (line.blank || line.clutter || in_table(line.span)) continue;
        std::string_view whole = std::string_view(text).substr(line.span.begin, line.span.size());
        const size_t lead = whole.find_first_not_of(" \t");
        std::string_view s = whole.substr(lead);
        HeadingMarker m = match_heading_marker(s);
        if (!m.level) continue;
        std::string_view title;
        heading_title(trim(s.substr(m.length)), title);
        title = trim(title);
        if (title.empty()) continue;
        if (is_table_row_label(title, editions)) continue;
        // A level-3/4 item that is a whole long sentence list entry is still an item; keep it.
        Section sec;
        sec.level = m.level;
        sec.ordinal = m.ordinal;
        sec.number = m.number;
        sec.number_lost = m.lost;
        sec.title = std::string(title);
        const uint32_t begin = line.span.begin + static_cast<uint32_t>(lead);
        const uint32_t title_end =
            static_cast<uint32_t>(title.data() - text.data()) + static_cast<uint32_t>(title.size());
        sec.heading = {begin, title_end};
        doc.sections.push_back(std::move(sec));
    }
    // Bodies and parents in one pass with a stack of open sections (linear: a million headings
    // must not scan back to the start for each one).
    const auto end_of_text = static_cast<uint32_t>(text.size());
    std::vector<size_t> open;
    for (size_t i = 0; i < doc.sections.size(); ++i) {
        Section& s = doc.sections[i];
        while (!open.empty() && doc.sections[open.back()].level >= s.level) {
            Section& closed = doc.sections[open.back()];
            closed.body = {std::min(closed.heading.end, s.heading.begin), s.heading.begin};
            open.pop_back();
        }
        s.parent = open.empty() ? -1 : static_cast<int>(open.back());
        open.push_back(i);
    }
    for (size_t i : open) {
        Section& s = doc.sections[i];
        s.body = {std::min(s.heading.end, end_of_text), end_of_text};
    }
    // Trim each body over leading and trailing white space.
    for (Section& s : doc.sections) {
        while (s.body.begin < s.body.end && (text[s.body.begin] == '\n' || text[s.body.begin] == ' ' || text[s.body.begin] == '\t'))
            ++s.body.begin;
        while (s.body.end > s.body.begin && (text[s.body.end - 1] == '\n' || text[s.body.end - 1] == ' '))
            --s.body.end;
    }
    const Edition* edition = doc.meta.year ? editions.for_year(*doc.meta.year)
                                           : (editions.all().empty() ? nullptr : &editions.all().back());
    if (edition) assign_topics(doc, *edition);
}

}  // namespace nianbao
