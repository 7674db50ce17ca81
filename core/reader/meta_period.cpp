// The statistics period: "统计期限自2024年1月1日至2024年12月31日", "所列数据的统计期限从2017年1月1日
// 到12月31日止" (the second date inherits the first one's year), "统计期限为2020年度". A fused date
// ("自20201月1日起至202012月31日止") counts as the date it was meant to be; date.malformed reports it.
#include <algorithm>

#include "reader/date_scan.h"
#include "reader/meta_parts.h"
#include "text/find_word.h"

namespace nianbao::meta {
namespace {

constexpr std::string_view kKeywords[] = {"统计期限", "统计时限", "统计期间", "统计时段", "统计区间",
                                          "统计周期", "统计时间", "所列数据", "数据时限", "时间范围"};
constexpr uint32_t kWindow = 240;  // bytes after the keyword: one sentence

// End of the sentence starting at `from` (。 or ; or the window's end).
uint32_t sentence_end(std::string_view text, uint32_t from) {
    const uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(text.size()), from + kWindow);
    const std::string_view w = text.substr(from, limit - from);
    size_t e = w.size();
    for (std::string_view stop : {"。", ";"}) e = std::min(e, w.find(stop));  // npos is the largest size_t
    return from + static_cast<uint32_t>(e);
}

// "2020年度" / "2020年全年" right after the keyword (and 为/是/:).
bool whole_year(std::string_view text, uint32_t from, uint32_t end, Period& p) {
    std::string_view w = text.substr(from, end - from);
    size_t i = 0;
    auto skip = [&] {
        for (bool moved = true; moved;) {
            moved = false;
            for (std::string_view s : {" ", "\t", "\n", "为", "是", ":", "的"})
                if (w.substr(i, s.size()) == s) {
                    i += s.size();
                    moved = true;
                }
        }
    };
    skip();
    size_t j = i;
    while (j < w.size() && j - i < 4 && w[j] >= '0' && w[j] <= '9') ++j;
    if (j - i != 4) return false;
    const int year = std::stoi(std::string(w.substr(i, 4)));
    size_t k = j;
    while (k < w.size() && w[k] == ' ') ++k;
    for (std::string_view tail : {"年度", "年全年", "全年"}) {
        if (w.substr(k, tail.size()) == tail && year >= 1900 && year <= 2099) {
            p.from = Date{year, 1, 1, Span{from + uint32_t(i), from + uint32_t(j)}};
            p.to = Date{year, 12, 31, Span{from + uint32_t(i), from + uint32_t(j)}};
            p.span.end = from + static_cast<uint32_t>(k + tail.size());
            return true;
        }
    }
    return false;
}

bool period_at(Document& doc, uint32_t keyword, uint32_t after) {
    const std::string_view text = doc.text->text;
    const uint32_t end = sentence_end(text, after);
    Period p;
    p.span.begin = keyword;
    std::vector<Date> dates;
    for (const DateToken& tok : scan_dates(text, Span{after, end})) {
        if (auto d = intended_date(tok)) dates.push_back(*d);
        else if (tok.has_day() && tok.month >= 1) dates.push_back(Date{tok.year, tok.month, tok.day, tok.span});
        if (dates.size() == 2) break;
    }
    if (dates.size() == 2) {
        p.from = dates[0];
        p.to = dates[1];
        if (p.to.year == 0) p.to.year = p.from.year;  // "从2017年1月1日到12月31日"
        if (p.from.year == 0) p.from.year = p.to.year;
        if (p.from.year == 0) return false;
        p.span.end = p.to.span.end;
        const std::string_view rest = text.substr(p.span.end, end - p.span.end);
        for (std::string_view tail : {"止", " 止"})
            if (starts(rest, tail)) p.span.end += static_cast<uint32_t>(tail.size());
        doc.meta.period = p;
        return true;
    }
    if (dates.empty() && whole_year(text, after, end, p)) {
        doc.meta.period = p;
        return true;
    }
    return false;
}

}  // namespace

void read_period(Document& doc) {
    const std::string_view text = doc.text->text;
    std::vector<std::pair<uint32_t, uint32_t>> hits;  // keyword begin, end
    for (std::string_view k : kKeywords)
        for (size_t at = find_word(text, k); at != std::string_view::npos; at = find_word(text, k, at + k.size()))
            hits.emplace_back(static_cast<uint32_t>(at), static_cast<uint32_t>(at + k.size()));
    std::sort(hits.begin(), hits.end());
    uint32_t covered = 0;  // "所列数据的统计期限": one statement, tried once
    for (const auto& [begin, end] : hits) {
        if (begin < covered) continue;
        if (period_at(doc, begin, end)) return;
        covered = end;
    }
}

}  // namespace nianbao::meta
