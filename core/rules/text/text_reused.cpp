// text.reused — sentences copied word for word from last year's report; problems never fixed.
#include <unordered_set>

#include "rules/rule.h"
#include "rules/text/comparable_sentences.h"
#include "rules/year/cross_year.h"
#include "text/utf8.h"

namespace nianbao {

extern const Rule rule_text_reused;

namespace {

constexpr double kReportShare = 0.2;     // the whole report: from this share of sentences on, say how much
constexpr double kProblemsShare = 0.5;   // 存在的主要问题: a warning from this share of its sentences on…
constexpr size_t kProblemsCount = 2;     // …or from this many sentences
constexpr size_t kQuoteChars = 30;

Span whole(const Document& doc) { return Span{0, static_cast<uint32_t>(doc.text->text.size())}; }

const Section* problems_section(const Document& doc) {
    for (const Section& s : doc.sections)
        if (s.level == 1 && s.topic == "problems") return &s;
    return nullptr;
}

std::unordered_set<std::string> keys_of(const std::vector<ComparableSentence>& sentences) {
    std::unordered_set<std::string> keys;
    for (const auto& s : sentences) keys.insert(s.key);
    return keys;
}

std::string percent(size_t part, size_t total) { return std::to_string((part * 100 + total / 2) / total) + "%"; }

void run(const CheckContext& ctx, Findings& out) {
    const PreviousReport* prev = ctx.previous;
    if (!prev || (ctx.year && prev->year && *prev->year >= *ctx.year)) return;
    const std::string last = previous_report_name(*prev);

    // The whole report.
    const auto mine = comparable_sentences(ctx.doc, whole(ctx.doc));
    const auto theirs = keys_of(comparable_sentences(prev->doc, whole(prev->doc)));
    size_t same = 0;
    for (const auto& s : mine) same += theirs.count(s.key);
    if (!mine.empty() && static_cast<double>(same) >= kReportShare * static_cast<double>(mine.size())) {
        Finding& f = out.add(rule_text_reused, Span{},
                             "与" + last + "相比，本报告 " + std::to_string(mine.size()) + " 句中有 " + std::to_string(same) +
                                 " 句（" + percent(same, mine.size()) + "）逐字相同（数字不计）",
                             "《中华人民共和国政府信息公开条例》第五十条");
        f.severity = Severity::Info;
        f.actual = percent(same, mine.size());
    }

    // 存在的主要问题及改进情况: last year's problems, word for word.
    const Section* here = problems_section(ctx.doc);
    const Section* there = problems_section(prev->doc);
    if (!here || !there) return;
    const auto problems = comparable_sentences(ctx.doc, here->body);
    const auto old_problems = keys_of(comparable_sentences(prev->doc, there->body));
    std::vector<const ComparableSentence*> repeated;
    for (const auto& s : problems)
        if (old_problems.count(s.key)) repeated.push_back(&s);
    if (repeated.empty() || (repeated.size() < kProblemsCount &&
                             static_cast<double>(repeated.size()) < kProblemsShare * static_cast<double>(problems.size())))
        return;
    const std::string first(ctx.doc.slice(repeated.front()->span));
    const std::string quote = utf8::count_code_points(first) > kQuoteChars
                                  ? std::string(utf8::head(first, 3 * kQuoteChars)) + "……"
                                  : first;
    Finding& f = out.add(rule_text_reused, repeated.front()->span,
                         "“存在的主要问题及改进情况”有 " + std::to_string(repeated.size()) + " 句（共 " +
                             std::to_string(problems.size()) + " 句）与" + last + "逐字相同（数字不计），所提问题可能一年来没有改进：“" +
                             quote + "”",
                         "政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）五、存在的主要问题及改进情况");
    f.actual = std::to_string(repeated.size());
}

}  // namespace

const Rule rule_text_reused{
    "text.reused",
    Severity::Warning,
    "与上一年度报告逐字相同：问题部分照搬上年（警告）、全文重复比例（提示）",
    {
        "有上一年度报告时，把两份报告的正文分成句子（以。！？；分句，去掉空白和换行，数字不计：只有数字不同的句子算相同；"
        "标题、表格和不足12个字的句子不比较），统计本年句子在上一年度报告中逐字出现的比例，达到20%时作为提示给出比例；"
        "“存在的主要问题及改进情况”中有2句以上、或一半以上的句子与上一年度报告的同一部分逐字相同时给出警告，指向第一句。"
        "没有上一年度报告时不检查。",
        "年度报告应如实反映当年情况；问题部分年年照抄，说明问题没有整改，也是评估通报中常见的“照搬照抄”。",
        "《中华人民共和国政府信息公开条例》第五十条；政府信息公开工作年度报告格式 五、存在的主要问题及改进情况",
        "某县民政局2023年政府信息公开工作年度报告\n"
        "\n"
        "一、总体情况\n"
        "2023年，我局主动公开政府信息135条，依法答复政府信息公开申请。\n"
        "\n"
        "五、存在的主要问题及改进情况\n"
        "一是政务公开工作人员业务能力有待进一步提高。二是政策解读形式较为单一，解读质量有待提升。\n",
        "某县民政局2023年政府信息公开工作年度报告\n"
        "\n"
        "一、总体情况\n"
        "2023年，我局主动公开政府信息135条，依法答复政府信息公开申请。\n"
        "\n"
        "五、存在的主要问题及改进情况\n"
        "一是基层政务公开标准化规范化建设仍不平衡。二是政务新媒体的互动回应还不够及时。针对上一年度报告所提问题，已通过集中培训完成整改。\n",
        R"json({"assume_report": true, "previous": {"text": "某县民政局2022年政府信息公开工作年度报告\n\n一、总体情况\n2022年，我局主动公开政府信息120条，及时更新政府信息公开指南和目录。\n\n五、存在的主要问题及改进情况\n一是政务公开工作人员业务能力有待进一步提高。二是政策解读形式较为单一，解读质量有待提升。\n", "file": "2022年报告.txt"}})json",
    },
    run,
};

}  // namespace nianbao
