// section.numbering — heading numbers at one level are duplicated, skipped, out of order or malformed.
#include <algorithm>
#include <map>
#include <set>

#include "rules/rule.h"

namespace nianbao {

extern const Rule rule_section_numbering;

namespace {

std::string chinese_ordinal(int n) {
    static const char* digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (n <= 0) return "?";
    if (n <= 10) return digits[n];
    if (n < 20) return std::string("十") + digits[n - 10];
    if (n < 100) return std::string(digits[n / 10]) + "十" + (n % 10 ? digits[n % 10] : "");
    return std::to_string(n);
}

std::string number_as_written(int level, int n) {
    switch (level) {
        case 1: return chinese_ordinal(n) + "、";
        case 2: return "（" + chinese_ordinal(n) + "）";
        case 3: return std::to_string(n) + ".";
        default: return "（" + std::to_string(n) + "）";
    }
}

void run(const CheckContext& ctx, Findings& out) {
    // The last ordinal seen per (parent, level): numbering restarts under each parent.
    std::map<std::pair<int, int>, int> last;
    std::map<std::pair<int, int>, std::set<int>> used;  // ordinals already seen, for "重复"
    for (const Section& s : ctx.doc.sections) {
        const auto key = std::make_pair(s.parent, s.level);
        const int prev = last.count(key) ? last[key] : 0;
        const int expected = prev + 1;
        if (s.number_lost) {
            auto& f = out.add(rule_section_numbering, s.heading,
                              "标题“" + s.title + "”前的序号残缺（缺少开头的“（" + chinese_ordinal(expected) + "”），应为“" +
                                  number_as_written(s.level, expected) + s.title + "”");
            f.expected = number_as_written(s.level, expected);
            last[key] = expected;  // it probably was the next number
            used[key].insert(expected);
            continue;
        }
        const bool repeated = !used[key].insert(s.ordinal).second;
        if (s.ordinal == expected) {
            last[key] = s.ordinal;
            continue;
        }
        std::string what;
        if (s.ordinal <= prev) {
            what = repeated ? "序号重复" : "序号倒退";
            what += "：“" + number_as_written(s.level, s.ordinal) + s.title + "”出现在第" + chinese_ordinal(prev) +
                    "项之后，应为“" + number_as_written(s.level, expected) + "”";
        } else {
            what = "序号跳号：“" + number_as_written(s.level, s.ordinal) + s.title + "”之前缺少“" +
                   number_as_written(s.level, expected) + "”";
        }
        auto& f = out.add(rule_section_numbering, s.heading, what);
        f.expected = number_as_written(s.level, expected);
        f.actual = number_as_written(s.level, s.ordinal);
        last[key] = std::max(prev, s.ordinal);
    }
}

}  // namespace

const Rule rule_section_numbering{
    "section.numbering",
    Severity::Warning,
    "标题序号重复、跳号、倒序或残缺",
    {
        "逐级检查标题序号（一、／（一）／1.／（1））：同一级下序号应从一开始连续递增。重复、跳号、倒序，"
        "以及丢了开头括号和序号的标题（“)政府信息管理情况”）都会报告，位置指向出问题的标题。",
        "序号错乱说明报告由多份材料拼接或从网页复制时丢了内容，读者无法据序号引用条目。",
        "《党政机关公文格式》（GB/T 9704-2012）7.3.3 结构层次序数",
        "区残联政府信息公开工作年度报告\n\n一、概述\n\n本年工作有序开展。\n\n二、主动公开情况\n\n主动公开信息34条。\n\n"
        "三、存在的主要问题及改进措施\n\n信息更新不够及时。\n\n二、2012年度政府信息公开工作要点\n\n加强培训。\n",
        "区残联政府信息公开工作年度报告\n\n一、概述\n\n本年工作有序开展。\n\n二、主动公开情况\n\n主动公开信息34条。\n\n"
        "三、存在的主要问题及改进措施\n\n信息更新不够及时。\n\n四、2012年度政府信息公开工作要点\n\n加强培训。\n",
        R"({"edition":"2008","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
