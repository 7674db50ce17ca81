// Prose figures that tables 三 and 四 also hold. A clause (between commas, semicolons, colons and
// brackets) is taken when it holds exactly one count and its words say unmistakably which figure
// it is; anything that compares, accumulates, splits or qualifies ("较上年", "累计", "其中", "当面",
// "各", "约") is left alone, and so is a sentence that names another year than the report's.
#include "reader/prose/prose_figures.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace nianbao::prose {

namespace {

bool contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }
bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (contains(s, w)) return true;
    return false;
}
template <size_t N>
bool contains_any(std::string_view s, const std::string_view (&words)[N]) {
    for (std::string_view w : words)
        if (contains(s, w)) return true;
    return false;
}
// A word that occurs in `s` before byte `pos`.
bool any_before(std::string_view s, size_t pos, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
        const size_t at = s.find(w);
        if (at != std::string_view::npos && at + w.size() <= pos) return true;
    }
    return false;
}
template <size_t N>
bool unit_in(const std::string& unit, const std::string_view (&units)[N]) {
    for (std::string_view u : units)
        if (unit == u) return true;
    return false;
}

// Words that make a figure something else than the plain count for the year.
constexpr std::string_view kQualifiers[] = {
    "各为", "各有", "分别", "占", "平均", "约", "近", "超过", "以上", "不足", "增", "减", "降", "比", "较",
    "率", "累计", "历年", "以来", "同期", "至今", "截至", "截止", "均"};
// Words that make an application count a part (a channel, an applicant kind, an outcome).
constexpr std::string_view kApplicationParts[] = {
    "其中", "当面", "网络", "网上", "网站", "信函", "传真", "邮件", "邮寄", "电话", "通过", "自然人",
    "企业", "法人", "组织", "未", "没有", "不予", "部分", "无法", "予以", "同意", "告知", "延期",
    "逾期", "按时", "当场", "补正", "重复", "转办", "撤回", "上年", "去年", "前年", "下年", "次年"};
// Application-like words of other procedures.
constexpr std::string_view kOtherProcedures[] = {
    "许可", "审批", "政务服务", "办件", "投诉", "举报", "信访", "咨询", "建议", "提案", "议案",
    "留言", "信箱", "热线", "来信", "来电", "复议", "诉讼"};
constexpr std::string_view kCaseOutcomes[] = {
    "维持", "纠正", "其他结果", "审结", "撤销", "确认违法", "驳回", "终止", "败诉", "胜诉", "调解",
    "和解", "撤诉", "责令", "其中"};

// Words that make a 主动公开 count a part (a channel, a kind of information) or another activity.
constexpr std::string_view kProactiveParts[] = {
    "其中", "网站", "网上", "公报", "微博", "微信", "新媒体", "客户端", "报刊", "报纸", "广播", "电视", "公告栏",
    "公开栏", "宣传栏", "档案馆", "图书馆", "服务中心", "通过", "方面", "涉及", "规范性", "政策", "解读",
    "回应", "发布会", "各", "上年", "去年", "其他", "其它"};

constexpr std::string_view kProactiveUnits[] = {"条", "件", "项"};
constexpr std::string_view kApplicationUnits[] = {"件", "条", "个", "份", "宗", "次"};
constexpr std::string_view kCaseUnits[] = {"件", "起", "宗", "个", "次", "例"};

// Both are asked at every byte of a paragraph; the full-width marks all start with byte E3, so the
// string compares run only there.
bool is_clause_break(std::string_view s, size_t i, size_t& len) {
    len = 1;
    const char c = s[i];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']') return true;
    if (c != '\xE3') return false;
    for (std::string_view w : {"【", "】", "〔", "〕"})
        if (s.substr(i, w.size()) == w) {
            len = w.size();
            return true;
        }
    return false;
}

bool is_sentence_end(std::string_view s, size_t i, size_t& len) {
    len = 1;
    if (s[i] == '!' || s[i] == '?') return true;
    if (s[i] == '\xE3' && s.substr(i, 3) == "。") {
        len = 3;
        return true;
    }
    return false;
}

// Which figure a clause states, or "" when it is not plainly one of them.
// What the whole sentence says, computed once per sentence.
struct SentenceWords {
    bool application = false;  // 申请
    bool disclosure = false;   // 公开
    bool carried = false;      // 结转: a received count may then include last year's
    bool own_level = false;    // 本级/市级…: a 全市 figure is then not the table's
};

// "各1件", "各 2 件": one number standing for several figures.
bool each_number(std::string_view clause) {
    for (size_t at = clause.find("各"); at != std::string_view::npos; at = clause.find("各", at + 3)) {
        size_t i = at + 3;
        while (i < clause.size() && clause[i] == ' ') ++i;
        if (i < clause.size() && clause[i] >= '0' && clause[i] <= '9') return true;
    }
    return false;
}

// "机构职能类信息117条" is one kind of information; "7类35条" counts all of them by kind.
bool names_a_kind(std::string_view clause, size_t number_at) {
    for (size_t at = clause.find("类"); at != std::string_view::npos; at = clause.find("类", at + 3)) {
        const bool counts_kinds = at + 3 == number_at && at > 0 &&
                                  ((clause[at - 1] >= '0' && clause[at - 1] <= '9') || small_chinese_number(clause.substr(at >= 3 ? at - 3 : 0, 3)) > 0);
        if (!counts_kinds) return true;
    }
    return false;
}

std::string classify(std::string_view clause, size_t number_at, const Token& number, SentenceWords sentence,
                     bool in_applications_section) {
    const bool applications_context = sentence.application && (sentence.disclosure || in_applications_section);
    // Every figure below is an application count or a 行政复议/行政诉讼 count: other clauses (most of
    // them) are dismissed before the word lists are searched.
    // (a clause that also speaks of applications, 复议 or 诉讼 is read as before)
    const bool proactive = contains(clause, "主动公开") && !contains_any(clause, {"申请", "复议", "诉讼"});
    if (!applications_context && !proactive && !contains(clause, "行政复议") && !contains(clause, "行政诉讼"))
        return {};
    if (contains_any(clause, kQualifiers) || each_number(clause)) return {};
    // Counts over several agencies ("各级行政机关共受理…") are not one agency's table; a 全市 count
    // is not either when the sentence sets it against the government's own level (本级).
    if (contains_any(clause, {"各级", "各部门", "各单位", "各行政机关", "各机关"})) return {};
    if (sentence.own_level && contains_any(clause, {"全市", "全区", "全县", "全省", "全州", "全旗"})) return {};
    // "2015年主动公开政府信息2949条": the year's count of 2008 annex tables (主动公开信息数).
    if (proactive) {
        if (!any_before(clause, number_at, {"主动公开"}) || contains_any(clause, kProactiveParts)) return {};
        if (names_a_kind(clause, number_at)) return {};
        return unit_in(number.unit, kProactiveUnits) ? "proactive.total" : "";
    }
    const bool carried_over = contains_any(clause, {"上年结转", "上年度结转", "上一年结转", "上一年度结转",
                                                    "去年结转", "结转自上年", "上年度未办结", "上年未办结",
                                                    "上年转结", "上年度转结"});
    const bool carry_forward =
        (contains_any(clause, {"结转", "顺延", "转入", "转至"})) &&
        contains_any(clause, {"下年", "下一年", "次年", "明年"});

    if (carried_over || carry_forward) {
        if (carried_over == carry_forward || !applications_context) return {};
        if (!unit_in(number.unit, kApplicationUnits)) return {};
        return carried_over ? "applications.carried_over" : "applications.carry_forward";
    }
    if (contains(clause, "结转") || contains(clause, "转结")) return {};

    if (contains(clause, "行政复议")) {
        if (contains_any(clause, {"诉讼", "起诉"}) || contains_any(clause, kCaseOutcomes)) return {};
        if (contains_any(clause, {"上年", "去年", "未", "没有"})) return {};
        return unit_in(number.unit, kCaseUnits) ? "review.total" : "";
    }
    if (contains(clause, "行政诉讼")) {
        if (contains_any(clause, {"复议", "直接"}) || contains_any(clause, kCaseOutcomes)) return {};
        if (contains_any(clause, {"上年", "去年", "未", "没有"})) return {};
        return unit_in(number.unit, kCaseUnits) ? "litigation.total" : "";
    }

    if (!applications_context || !unit_in(number.unit, kApplicationUnits)) return {};
    if (contains_any(clause, kApplicationParts) || contains_any(clause, kOtherProcedures)) return {};
    const bool answered = any_before(clause, number_at, {"答复", "办结", "办理完毕", "处理完毕"});
    const bool received = contains_any(clause, {"申请", "请求"}) &&
                          any_before(clause, number_at, {"收到", "新收", "受理", "接收", "接到"});
    if (answered && received) return {};  // "收到并答复申请N件": which of the two?
    if (answered) return "applications.answered";
    // "共受理申请37件（含上年结转2件）": with last year's in the sentence the count may be either.
    if (received) return sentence.carried ? "applications.received" : "applications.new";
    return {};
}

}  // namespace

FigureContext figure_context(const Document& doc) {
    FigureContext context;
    context.report_year = doc.meta.year;
    for (const Section& section : doc.sections)
        if (section.parent < 0 && section.topic == "applications")
            context.applications_sections.push_back({section.heading.begin, std::max(section.body.end, section.heading.end)});
    std::sort(context.applications_sections.begin(), context.applications_sections.end(),
              [](Span a, Span b) { return a.begin < b.begin; });
    return context;
}

// Binary search: a report has one section 三, a hostile text may have a million headings.
bool FigureContext::in_applications(uint32_t pos) const {
    auto after = std::upper_bound(applications_sections.begin(), applications_sections.end(), pos,
                                  [](uint32_t p, Span s) { return p < s.begin; });
    return after != applications_sections.begin() && std::prev(after)->contains(pos);
}

void find_figures(const Paragraph& p, const std::vector<Token>& tokens, const FigureContext& context,
                  std::vector<ProseFigure>& out) {
    const std::string_view s = p.text;
    size_t sentence_begin = 0;
    size_t ti = 0;  // first token not before the sentence
    for (size_t i = 0; i <= s.size();) {
        size_t len = 0;
        if (i < s.size() && !is_sentence_end(s, i, len)) {
            ++i;
            continue;
        }
        const size_t sentence_end = i;
        const std::string_view sentence = s.substr(sentence_begin, sentence_end - sentence_begin);
        while (ti < tokens.size() && tokens[ti].begin < sentence_begin) ++ti;

        // Another year than the report's (or any year when the report's is unknown): not ours.
        bool other_year = false;
        for (size_t k = ti; k < tokens.size() && tokens[k].begin < sentence_end; ++k)
            if (tokens[k].is_year() &&
                (!context.report_year || static_cast<int>(tokens[k].value) != *context.report_year))
                other_year = true;

        // Cumulative or comparative sentences ("自2008年以来累计…", "截至目前") speak of other periods.
        const bool other_period = contains_any(sentence, {"历年", "以来", "累计", "截至", "截止", "至今", "同期"});

        const SentenceWords words{contains(sentence, "申请"), contains(sentence, "公开"),
                                  contains_any(sentence, {"结转", "转结", "未办结"}),
                                  contains_any(sentence, {"本级", "市级", "区级", "县级", "本机关"})};

        if (!other_year && !other_period) {
            size_t clause_begin = sentence_begin;
            size_t ck = ti;  // first token not before the clause
            for (size_t c = sentence_begin; c <= sentence_end;) {
                size_t blen = 0;
                if (c < sentence_end && !is_clause_break(s, c, blen)) {
                    ++c;
                    continue;
                }
                const size_t clause_end = c;
                const Token* count = nullptr;
                int counts = 0;
                while (ck < tokens.size() && tokens[ck].begin < clause_begin) ++ck;
                for (size_t k = ck; k < tokens.size() && tokens[k].begin < clause_end; ++k) {
                    const Token& t = tokens[k];
                    if (t.begin < clause_begin || t.unit_end > clause_end || !t.is_count()) continue;
                    // "7类35条": the number of kinds qualifies the count that follows it.
                    if (t.unit == "类" && k + 1 < tokens.size() && tokens[k + 1].begin == t.unit_end) continue;
                    ++counts;
                    count = &t;
                }
                if (counts == 1 && !count->approximate && !count->overflow) {
                    const std::string_view clause = s.substr(clause_begin, clause_end - clause_begin);
                    const Span clause_span = p.span(clause_begin, clause_end);
                    // The section matters only for an application sentence that does not say 公开.
                    const bool in_applications = words.application && !words.disclosure &&
                                                 context.in_applications(clause_span.begin);
                    std::string key = classify(clause, count->begin - clause_begin, *count, words, in_applications);
                    if (!key.empty()) {
                        ProseFigure figure;
                        figure.key = std::move(key);
                        figure.number = to_number(p, *count);
                        figure.span = clause_span;
                        out.push_back(std::move(figure));
                    }
                }
                if (c >= sentence_end) break;
                c += blen;
                clause_begin = c;
            }
        }
        if (i >= s.size()) break;
        i += len;
        sentence_begin = i;
    }
}

}  // namespace nianbao::prose
