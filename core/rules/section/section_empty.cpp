// section.empty — a required part has no substantive text (only a heading, "无", "暂无", a placeholder).
#include "rules/rule.h"
#include "text/utf8.h"

#include <string_view>

namespace nianbao {

extern const Rule rule_section_empty;

namespace {

// Bytes of substance beyond which a body is certainly content: longer than every filler below
// ("本年度无" is 12 bytes).
constexpr size_t kLongerThanFillers = 15;

// The body without white space and punctuation, cut off once it is longer than kLongerThanFillers:
// most bodies are whole pages, and only short ones are looked at.
std::string substance(std::string_view body) {
    std::string out;
    for (size_t i = 0; i < body.size() && out.size() <= kLongerThanFillers;) {
        int len;
        const char32_t cp = utf8::decode(body, i, len);
        const bool punct = cp < 0x80 ? !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
                                     : (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
                                           (cp >= U'‘' && cp <= U'„') || cp == U'…' || cp == U'—' || cp == 0xA0;
        if (!punct) out.append(body, i, static_cast<size_t>(len));
        i += static_cast<size_t>(len);
    }
    return out;
}

constexpr std::string_view kFillers[] = {"无", "暂无", "略", "无此项", "没有", "本年度无", "待补充", "待填写", "XX", "xxx", "XXX"};
static_assert([] {
    for (std::string_view f : kFillers)
        if (f.size() >= kLongerThanFillers) return false;
    return true;
}(), "substance() must keep every filler whole");

bool is_placeholder_text(const std::string& s) {
    for (std::string_view f : kFillers)
        if (s == f) return true;
    return false;
}

void run(const CheckContext& ctx, Findings& out) {
    for (const Section& s : ctx.doc.sections) {
        if (s.level != 1 || s.topic.empty()) continue;
        const SectionSpec* spec = ctx.edition.section(s.topic);
        if (!spec || !spec->required) continue;
        const std::string body = substance(ctx.doc.slice(s.body));
        if (body.size() > 3 * 3 && !is_placeholder_text(body)) continue;  // more than three characters
        if (!body.empty() && !is_placeholder_text(body)) continue;
        // A part where the format mandates nothing in particular (2019: 其他需要报告的事项) may
        // rightly answer "无": worth knowing, not a defect. From 2021 that part must state the
        // 信息处理费, and the edition data says so by leaving the flag off.
        if (!body.empty() && spec->may_answer_none) {
            Finding& f = out.add(rule_section_empty, s.heading,
                                 "第" + spec->number + "部分“" + s.title + "”只写了“" + body +
                                     "”：" + ctx.edition.name + "未规定此部分必须报告的事项，可以如此填写",
                                 ctx.edition.basis);
            f.severity = Severity::Info;
            continue;
        }
        out.add(rule_section_empty, s.heading,
                body.empty() ? "第" + spec->number + "部分“" + s.title + "”只有标题，没有内容"
                             : "第" + spec->number + "部分“" + s.title + "”只写了“" + body + "”，没有实质内容",
                ctx.edition.basis);
    }
}

}  // namespace

const Rule rule_section_empty{
    "section.empty",
    Severity::Error,
    "必备部分没有实质内容",
    {
        "必备部分只有标题，或正文只有“无”“暂无”“略”之类的占位字样时报告。没有发生的事项应写明情况"
        "（如“本年度未发生行政复议、行政诉讼”），而不是留空。2019 年版“其他需要报告的事项”没有规定必须报告的"
        "内容，写“无”是正当的回答，只作提示（info）；2021 年版起此部分须说明信息处理费收取情况，写“无”仍是错误。",
        "空白部分等于没有报告该事项，评估时按缺项处理。",
        "《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2019〕60号、〔2021〕30号；"
        "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
        "某区财政局2021年政府信息公开工作年度报告\n\n一、总体情况\n\n本年工作有序开展，主动公开信息120条。\n\n"
        "五、存在的主要问题及改进情况\n\n无\n\n六、其他需要报告的事项\n\n本年未收取信息处理费。\n",
        "某区财政局2021年政府信息公开工作年度报告\n\n一、总体情况\n\n本年工作有序开展，主动公开信息120条。\n\n"
        "五、存在的主要问题及改进情况\n\n政策解读形式较单一，下一步丰富图解、视频解读。\n\n六、其他需要报告的事项\n\n本年未收取信息处理费。\n",
        R"({"edition":"2021"})",
    },
    run,
};

}  // namespace nianbao
