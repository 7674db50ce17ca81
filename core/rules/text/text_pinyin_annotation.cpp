// text.pinyin-annotation — pinyin readings left in the text by a web page's annotation, e.g.
// "單(dān)位". normalize() removes them (NormalizedText::pinyin); this rule reports them, one
// finding per paragraph (line) with the number of readings in it.
#include <algorithm>
#include <string>
#include <vector>

#include "rules/rule.h"

namespace nianbao {

namespace {

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_text_pinyin_annotation;
const Rule rule_text_pinyin_annotation{
    "text.pinyin-annotation",
    Severity::Warning,
    "正文夹有网页拼音注音（如“單(dān)位”）",
    {
        "找出网页“拼音注音”功能留在文字中的读音，如“單(dān)位”“處(chù)理”。检查时这些读音已被去掉，"
        "每段报告一次，并说明有几处。",
        "带读音的文字是从开启了注音的网页上复制的，不是报告原文；读音夹在词语中间，也会打断标题和表格标签的识别。",
        "无（输入整理）",
        "2020年度政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，本單(dān)位认真贯彻落实政府信息公开条例，"
        "依法处(chǔ)理政府信息公开申请。\n",
        "2020年度政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，本单位认真贯彻落实政府信息公开条例(以下简称条例)，"
        "依法处理政府信息公开申请(dan wei)。\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

namespace {

// Index of the line containing byte `pos`, or -1.
long line_of(const Document& doc, uint32_t pos) {
    auto it = std::upper_bound(doc.lines.begin(), doc.lines.end(), pos,
                               [](uint32_t p, const Line& l) { return p < l.span.begin; });
    if (it == doc.lines.begin()) return -1;
    return static_cast<long>(it - doc.lines.begin()) - 1;
}

void run(const CheckContext& ctx, Findings& out) {
    const Document& doc = ctx.doc;
    if (!doc.text) return;
    const auto& readings = doc.text->pinyin;
    for (size_t i = 0; i < readings.size();) {
        const long line = line_of(doc, readings[i].normalized_anchor.begin);
        size_t j = i;
        std::string anchors;
        while (j < readings.size() && line_of(doc, readings[j].normalized_anchor.begin) == line) {
            if (j - i < 3) {
                const Span a = readings[j].normalized_anchor;
                int len;
                utf8::decode(doc.text->text, a.begin, len);
                anchors += "“" + std::string(doc.slice({a.begin, a.begin + static_cast<uint32_t>(len)})) + "”";
            }
            ++j;
        }
        const size_t n = j - i;
        int len;
        utf8::decode(doc.text->text, readings[j - 1].normalized_anchor.begin, len);
        Finding& f = out.add(rule_text_pinyin_annotation,
                             {readings[i].normalized_anchor.begin,
                              readings[j - 1].normalized_anchor.begin + static_cast<uint32_t>(len)},
                             "本段有" + std::to_string(n) + "处网页拼音注音（在" + anchors + (n > 3 ? "等字" : "字") +
                                 "后），检查时已忽略，公开文本中应删去");
        f.original = Span{readings[i].original.begin, readings[j - 1].original.end};
        f.actual = std::to_string(n);
        i = j;
    }
}

}  // namespace

}  // namespace nianbao
