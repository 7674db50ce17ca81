// Lists with a total in prose. The shape: a count, then (across at most a comma or a full stop) an
// introducer 其中 / 分别为 / a colon, then parts with the total's unit up to the end of the sentence;
// or the total inside "在…N条…中，" ("在本年主动公开的300条信息中，机构职能类120条，…"). Parts that
// state their shares ("2275条，占77%。各乡镇674条，占23%") may run on into the next sentences.
// A list is a partition (exhaustive) only when the wording says so: a last part that is the rest
// (其余/其他…, in any position), an "N类" count equal to the number of parts, 分别为, or shares
// of every part adding up to 100 %. "报送N条，其中甲网站采用a条" is a subset, not a partition.
#include "reader/prose/prose_lists.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "reader/prose/prose_shares.h"
#include "text/source.h"

namespace nianbao::prose {

namespace {

constexpr size_t kMaxListBytes = 4000;

// Asked at every byte of a paragraph: the first-byte test spares a memcmp call almost every time.
bool starts_at(std::string_view s, size_t i, std::string_view w) {
    return i <= s.size() && s.size() - i >= w.size() && (w.empty() || s[i] == w[0]) &&
           s.compare(i, w.size(), w) == 0;
}
bool contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

// Bytes that may stand between a total and its introducer: "350条。其中", "35条，其中：", "10件（其中".
bool only_joiners(std::string_view gap) {
    for (size_t i = 0; i < gap.size();) {
        if (starts_at(gap, i, "。")) { i += 3; continue; }
        const char c = gap[i];
        if (c == ',' || c == ':' || c == '(' || c == ' ') { ++i; continue; }
        return false;
    }
    return true;
}

size_t skip_separators(std::string_view s, size_t i, size_t end) {
    while (i < end) {
        if (starts_at(s, i, "、") || starts_at(s, i, "。")) { i += 3; continue; }
        const char c = s[i];
        if (c == ',' || c == ';' || c == ':' || c == ' ') { ++i; continue; }
        break;
    }
    return i;
}

bool is_clause_break(std::string_view s, size_t i) {
    const char c = s[i];
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || starts_at(s, i, "。");
}

// "在本年主动公开的300条信息中，": the total is inside 在…中 of its clause; `total` is the last
// token before 中. A few words may follow the count ("条信息", "件申请"), no clause break.
bool total_within(std::string_view s, const Token& total, size_t zhong) {
    constexpr size_t kMaxTail = 24, kMaxHead = 90;  // bytes: a few words after, a phrase before
    if (zhong - total.unit_end > kMaxTail) return false;
    for (size_t i = total.unit_end; i < zhong; ++i)
        if (is_clause_break(s, i)) return false;
    const size_t floor = total.begin > kMaxHead ? total.begin - kMaxHead : 0;
    for (size_t i = total.begin; i-- > floor;) {
        if (is_clause_break(s, i)) return false;
        if (starts_at(s, i, "在")) return true;
    }
    return false;
}

// The label of the part that ends at the catch-all: "其余信息", "其他类", "其他结果".
bool is_rest_label(std::string_view label) {
    for (std::string_view lead : {"为", "是", "有"})
        if (starts_at(label, 0, lead)) label.remove_prefix(lead.size());
    for (std::string_view w : {"其余", "剩余", "余下"})
        if (starts_at(label, 0, w)) return true;
    // 其他 names the rest only when short ("其他类", "其他结果"); "其他法律行政法规禁止公开" is a
    // category of its own.
    if (starts_at(label, 0, "其他") || starts_at(label, 0, "其它"))
        return utf8::count_code_points(label) <= 6;
    return false;
}

// Parts counted by someone else's choice (adopted, reprinted) are a subset of the total.
bool is_subset_label(std::string_view label) {
    static constexpr std::array<std::string_view, 8> words = {"采用", "采纳", "录用", "刊用", "刊发",
                                                              "刊登", "转载", "被"};
    for (std::string_view w : words)
        if (contains(label, w)) return true;
    return false;
}

// Whether no other count of the total's unit precedes it in its sentence (or semicolon clause).
bool sole_count_of_its_sentence(std::string_view s, const std::vector<Token>& tokens, size_t total_index) {
    const Token& total = tokens[total_index];
    for (size_t k = total_index; k-- > 0;) {
        const Token& t = tokens[k];
        for (size_t i = t.unit_end; i < tokens[k + 1].begin; ++i)
            if (starts_at(s, i, "。") || s[i] == ';' || s[i] == '!' || s[i] == '?') return true;
        if (t.is_count() && t.unit == total.unit) return false;
    }
    return true;
}

// "7类35条" → 7 (also "七类", "7大类").
int stated_count_before(std::string_view s, const std::vector<Token>& tokens, size_t total_index) {
    const Token& total = tokens[total_index];
    if (total_index > 0) {
        const Token& prev = tokens[total_index - 1];
        if (prev.unit == "类" && prev.unit_end == total.begin && prev.integral) return static_cast<int>(prev.value);
    }
    size_t end = total.begin;
    if (end >= 3 && s.substr(end - 3, 3) == "类") {
        end -= 3;
        if (end >= 3 && s.substr(end - 3, 3) == "大") end -= 3;
        for (size_t len = 9; len >= 3; len -= 3)
            if (end >= len)
                if (int n = small_chinese_number(s.substr(end - len, len)); n > 0) return n;
    }
    return 0;
}

}  // namespace

void find_lists(const Paragraph& p, const std::vector<Token>& tokens, const std::vector<int>& depth,
                std::vector<ProseList>& out) {
    const std::string_view s = p.text;
    if (tokens.size() < 3) return;

    // Introducers, in text order.
    struct Intro { size_t begin, end; bool respectively, within; };
    std::vector<Intro> intros;
    for (size_t i = 0; i < s.size();) {
        if (starts_at(s, i, "其中")) { intros.push_back({i, i + 6, false, false}); i += 6; continue; }
        if (starts_at(s, i, "分别为") || starts_at(s, i, "分别是") || starts_at(s, i, "分别有")) {
            intros.push_back({i, i + 9, true, false});
            i += 9;
            continue;
        }
        // "…300条信息中，": the comma (or colon) is the introducer, the total is in 在…中.
        if (starts_at(s, i, "中") && i + 3 < s.size() && (s[i + 3] == ',' || s[i + 3] == ':')) {
            intros.push_back({i, i + 4, false, true});
            i += 4;
            continue;
        }
        if (s[i] == ':') intros.push_back({i, i + 1, false, false});
        ++i;
    }

    size_t consumed_until = 0;  // a list never starts inside the previous one
    size_t next_token = 0;      // first token not ending before the introducer (intros are in order)
    for (const Intro& intro : intros) {
        while (next_token < tokens.size() && tokens[next_token].unit_end <= intro.begin) ++next_token;
        if (intro.begin < consumed_until) continue;
        // The total: the last token before the introducer, joined to it only by punctuation.
        if (next_token == 0) continue;
        const size_t ti = next_token - 1;
        const Token& total = tokens[ti];
        if (!total.is_count() || total.approximate || total.unit == "类") continue;
        if (intro.within ? !total_within(s, total, intro.begin)
                         : !only_joiners(s.substr(total.unit_end, intro.begin - total.unit_end)))
            continue;
        // "新闻发布会54场、新闻通气会14场。其中…": with two counts of the unit in the sentence, which
        // one the 其中 breaks down is anybody's guess.
        if (!sole_count_of_its_sentence(s, tokens, ti)) continue;

        size_t start = intro.end;
        bool respectively = intro.respectively;
        start = skip_separators(s, start, s.size());
        for (std::string_view w : {"分别为", "分别是", "分别有"})
            if (starts_at(s, start, w)) {
                respectively = true;
                start = skip_separators(s, start + w.size(), s.size());
            }
        const int list_depth = depth[start];

        // The end: the sentence's end, the bracket that closes the list, or a nested 其中.
        // A list in prose is a sentence, not a page: the bound keeps "1条:1条:…" linear.
        const size_t limit = std::min(s.size(), start + kMaxListBytes);
        size_t end = start;
        while (end < limit) {
            if (depth[end] < list_depth) break;
            if (depth[end] == list_depth &&
                (starts_at(s, end, "。") || s[end] == '!' || s[end] == '?' || starts_at(s, end, "其中")))
                break;
            ++end;
        }

        auto is_part = [&](const Token& t) {
            return t.begin >= start && t.depth == list_depth && t.is_count() && t.unit == total.unit;
        };
        std::vector<size_t> parts;
        for (size_t k = ti + 1; k < tokens.size() && tokens[k].begin < end; ++k)
            if (is_part(tokens[k])) parts.push_back(k);
        if (parts.empty()) continue;
        // Where a part ends as written: after its share when it states one.
        auto part_end = [&](size_t k) {
            const size_t share = share_after(s, tokens, k);
            return share == kNoShare ? tokens[k].unit_end : share_end(s, tokens[share]);
        };
        // Parts separated by commas or 、 end at a semicolon ("…尚未审结37件；政府信息公开行政诉讼46件，其中…").
        const size_t first_end = part_end(parts.front());
        if (first_end >= s.size() || s[first_end] != ';') {
            for (size_t i = first_end; i < end; ++i)
                if (s[i] == ';' && depth[i] == list_depth) {
                    end = i;
                    break;
                }
            while (!parts.empty() && tokens[parts.back()].begin >= end) parts.pop_back();
        }
        // When the parts state their shares, the first one without a share is something else
        // ("…其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件").
        if (share_after(s, tokens, parts.front()) != kNoShare)
            for (size_t n = 1; n < parts.size(); ++n)
                if (share_after(s, tokens, parts[n]) == kNoShare) {
                    parts.resize(n);
                    break;
                }
        // Parts stating their shares run on into the next sentence when it opens with one more
        // ("…2275条，占77%。各乡镇主动公开政府信息674条，占23%，…"): up to that part's share.
        bool all_shared = true;
        for (size_t k : parts) all_shared = all_shared && share_after(s, tokens, k) != kNoShare;
        while (all_shared && end < limit && starts_at(s, end, "。")) {
            size_t next = parts.back() + 1;
            while (next < tokens.size() && tokens[next].begin < end) ++next;
            if (next >= tokens.size() || !is_part(tokens[next]) || tokens[next].begin >= limit) break;
            bool same_clause = true;
            for (size_t i = end + 3; i < tokens[next].begin && same_clause; ++i) same_clause = !is_clause_break(s, i);
            if (!same_clause || share_after(s, tokens, next) == kNoShare) break;
            parts.push_back(next);
            end = part_end(next);
        }
        bool approximate_part = false;
        for (size_t k : parts) approximate_part = approximate_part || tokens[k].approximate;
        std::vector<Number> shares;
        for (size_t k : parts) {
            const size_t share = share_after(s, tokens, k);
            shares.push_back(share == kNoShare ? Number{} : to_number(p, tokens[share]));
        }
        // One part is a list only for its share ("其中网上申请60件，占8.5%").
        if (parts.size() < 2 && !(parts.size() == 1 && shares.front().valid)) continue;

        ProseList list;
        list.total = to_number(p, total);
        list.unit = total.unit;
        list.stated_count = stated_count_before(s, tokens, ti);
        bool subset = false;
        size_t label_from = start;
        for (size_t n = 0; n < parts.size(); ++n) {
            const Token& t = tokens[parts[n]];
            size_t lb = skip_separators(s, label_from, t.begin);
            std::string_view label = s.substr(lb, t.begin - lb);
            if (label.empty()) {  // "3件为自然人申请、2件为…": the label follows the number
                size_t le = t.unit_end;
                while (le < end && s[le] != ',' && s[le] != ';' && !starts_at(s, le, "、")) ++le;
                label = s.substr(t.unit_end, le - t.unit_end);
            }
            if (is_subset_label(label)) subset = true;
            list.parts.push_back(to_number(p, t));
            list.part_labels.emplace_back(label);
            label_from = part_end(parts[n]);
        }
        list.part_shares = std::move(shares);
        // The rest need not come last: table 四's order is 维持, 纠正, 其他结果, 尚未审结.
        bool rest = false;
        for (const std::string& label : list.part_labels) rest = rest || is_rest_label(label);
        const bool counted = list.stated_count > 0 && list.stated_count == static_cast<int>(parts.size());
        const bool shared = list.parts.size() >= 2 && shares_complete(list.part_shares);
        list.exhaustive = !subset && !approximate_part && (rest || counted || respectively || shared);
        list.span = p.span(total.begin, part_end(parts.back()));
        consumed_until = part_end(parts.back());
        out.push_back(std::move(list));
    }
}

}  // namespace nianbao::prose
