// The report year: the title's year, else the statistics period's, else the year the body speaks
// of most ("2011年度…", "2020年,我部门…"), else the publication year − 1. The body evidence is
// kept in meta.body_years for year.inconsistent. Next year's plans ("2012年度政府信息公开工作要点")
// and past years are mentioned too: a majority decides, never a single mention.
#include <map>

#include "reader/meta_parts.h"

namespace nianbao::meta {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool inside(Span outer, Span s) { return !outer.empty() && s.begin >= outer.begin && s.end <= outer.end; }

// "2020年度" or "2020年," (the year opening a clause) in one line.
void body_years_in(const Document& doc, Span line, std::vector<std::pair<int, Span>>& out) {
    const std::string_view t = doc.text->text;
    for (uint32_t i = line.begin; i + 4 <= line.end; ++i) {
        if (!is_digit(t[i]) || (i > line.begin && is_ascii_alnum(t[i - 1]))) continue;
        uint32_t j = i;
        while (j < line.end && is_digit(t[j])) ++j;
        if (j - i != 4) {
            i = j;
            continue;
        }
        const int year = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
        uint32_t k = j;
        while (k < line.end && t[k] == ' ') ++k;
        const std::string_view rest = t.substr(k, line.end - k);
        uint32_t end = 0;
        if (starts(rest, "年度")) {
            end = k + 6;
        } else if (starts(rest, "年")) {
            uint32_t c = k + 3;
            while (c < line.end && t[c] == ' ') ++c;
            if (c < line.end && t[c] == ',') end = k + 3;
        }
        if (end && year >= 2000 && year <= 2099) out.emplace_back(year, Span{i, end});
        i = j;
    }
}

}  // namespace

void read_report_year(Document& doc) {
    Meta& m = doc.meta;
    const Span period_span = m.period ? m.period->span : Span{};
    std::vector<std::pair<int, Span>> found;
    for (const Line& line : doc.lines) {
        if (line.blank || line.clutter) continue;
        body_years_in(doc, line.span, found);
    }
    for (const auto& [year, span] : found)
        if (!inside(m.title_span, span) && !inside(period_span, span)) m.body_years.emplace_back(year, span);

    if (m.title_year) {
        m.year = m.title_year;
        m.year_source = "title";
    } else if (m.period && m.period->from.year == m.period->to.year) {
        m.year = m.period->from.year;
        m.year_source = "period";
    } else if (!m.body_years.empty()) {
        std::map<int, int> count;
        for (const auto& [year, span] : m.body_years) ++count[year];
        int best = 0, best_count = 0;
        for (const auto& [year, n] : count)
            if (n > best_count) {  // ties go to the earlier year: plans name the next one
                best = year;
                best_count = n;
            }
        m.year = best;
        m.year_source = "body";
    } else if (m.published) {
        m.year = m.published->year - 1;
        m.year_source = "published";
    }
    // A signature dated before the report year ends is not the publication (a date in an annex).
    if (m.year && m.published && m.published_source == "signature" && *m.published < Date{*m.year, 12, 1, {}}) {
        m.published.reset();
        m.published_source.clear();
        m.published_span = {};
    }
}

}  // namespace nianbao::meta
