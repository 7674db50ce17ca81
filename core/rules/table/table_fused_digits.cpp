// table.fused-digits — a table's cells lost their separators and their digits ran together
// ("一、本年新收政府信息公开申请数量640020470"). Says whether the reader could divide them the only
// way the format allows (then the table is checked, and the reviewer should confirm against the
// original), or could not (then nothing on the table is checked: a sum on a guess is no check).
#include "rules/rule.h"
#include "rules/table/cells.h"

namespace nianbao {

extern const Rule rule_table_fused_digits;

namespace {

Span row_span(const Table& t, int row) {
    const auto& cells = t.cells[static_cast<size_t>(row)];
    if (cells.empty()) return {};
    return {cells.front().span.begin, std::max(cells.front().span.end, cells.back().span.end)};
}

void run(const CheckContext& ctx, Findings& out) {
    for (const Table& t : ctx.doc.tables) {
        if (t.fused_digits == Table::FusedDigits::None || t.fused_rows.empty()) continue;
        const std::string name = table_name(spec_for(ctx, t), t);
        const int first = t.fused_rows.front();
        const std::string rows = std::to_string(t.fused_rows.size());
        if (t.fused_digits == Table::FusedDigits::Unsplit) {
            auto& f = out.add(rule_table_fused_digits, row_span(t, first),
                              name + "有" + rows + "行的数字粘连（单元格之间的分隔丢失），无法按列数和勾稽关系唯一拆分，"
                                     "未核对该表的数字；请在原表中核对或重新粘贴带表格分隔的文本");
            f.actual = t.cells[static_cast<size_t>(first)].front().text;
            continue;
        }
        std::string example;
        for (const Cell& c : t.cells[static_cast<size_t>(first)])
            example += (example.empty() ? "" : "、") + format_number(c.number.value);
        auto& f = out.add(rule_table_fused_digits, row_span(t, first),
                          name + "有" + rows + "行的数字粘连（单元格之间的分隔丢失），已按列数和勾稽关系唯一拆分（如本行为 " +
                              example + "），请对照原表确认");
        f.expected = example;
    }
}

}  // namespace

const Rule rule_table_fused_digits{
    "table.fused-digits",
    Severity::Info,
    "统计表的数字粘连在一起",
    {
        "网页存档或复制粘贴丢失了表格单元格之间的分隔，一行的数字连成一串（如“本年新收政府信息公开申请数量640020470”）。"
        "阅读器只在数字串只有一种拆法同时满足列数、每行的总计等于各列之和（表四每组五个数）和各列的勾稽关系（E1、E2）时才拆分，"
        "并提示核对；拆法不唯一或无一满足时，提示无法拆分，该表不作数字核对，以免误报。",
        "表格数字粘连后，人和机器都无法可靠读出每个单元格；据猜测的拆分去核对勾稽关系只会产生误报。",
        "国办公开办函〔2021〕30号（政府信息公开工作年度报告格式）：统计表须按格式逐项填报",
        "某县统计局2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n第二十条第（一）项\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章 000行政规范性文件693665\n",
        "某县统计局2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n第二十条第（一）项\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t69\t3\t665\n",
        R"({"edition":"2021","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
