// text.garbled — garbled text: U+FFFD, "?" or private-use characters wedged between CJK, or a run of
// rare characters typical of a wrong encoding. The reader (reader/garbled.cpp) finds the runs.
#include <string>

#include "reader/hygiene_scan.h"
#include "rules/rule.h"

namespace nianbao {

namespace {

// More runs than this are reported as one finding for the rest (a wholly mis-decoded file).
constexpr size_t kMaxFindings = 10;

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_text_garbled;
const Rule rule_text_garbled{
    "text.garbled",
    Severity::Error,
    "文字乱码（无法解码的字符、汉字间的问号、编码错误造成的生僻字串）",
    {
        "找出乱码：无法解码的字符（U+FFFD）、夹在汉字之间的半角问号或私用区字符（转换编码时丢失的字），"
        "以及编码读错造成的成串乱码——GBK 文字按 Latin-1 读出的“Õþ¸®ÐÅÏ¢”，UTF-8 文字按 GBK 读出的“鏀垮簻淇℃伅”。"
        "人名中的个别生僻字不算乱码。",
        "乱码处的文字和数字已经无法辨认，公开出去的报告读者看不懂，检查也无法核对其中的内容。",
        "《中华人民共和国政府信息公开条例》第六条（公开的政府信息应当准确）",
        "2020年某区民政局政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真落实政府?息公开工作要求。\n"
        "鏀垮簻淇℃伅鍏紑宸ヤ綔骞村害鎶ュ憡\n",
        "2020年某区民政局政府信息公开工作年度报告\n\n一、总体情况\n\n2020年，我局认真落实政府信息公开工作要求。"
        "是否需要公开？经研究予以公开。联系人：王璐。\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const auto& runs = ctx.doc.garbled;
    for (size_t i = 0; i < runs.size() && i < kMaxFindings; ++i) {
        const GarbledRun& g = runs[i];
        Finding& f = out.add(rule_text_garbled, g.span,
                             "乱码“" + hygiene::shorten(ctx.doc.slice(g.span), 12) + "”：" + g.reason,
                             "《中华人民共和国政府信息公开条例》第六条");
        f.actual = std::string(ctx.doc.slice(g.span));
    }
    if (runs.size() > kMaxFindings) {
        const GarbledRun& g = runs[kMaxFindings];
        out.add(rule_text_garbled, g.span,
                "此后还有" + std::to_string(runs.size() - kMaxFindings) + "处乱码未逐一列出，原文很可能整体编码有误",
                "《中华人民共和国政府信息公开条例》第六条");
    }
}

}  // namespace

}  // namespace nianbao
