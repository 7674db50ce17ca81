// table.edition — a table follows another edition's layout (2019 labels in a report for 2021 on).
#include "edition/table_spec.h"
#include "rules/rule.h"
#include "rules/table/cells.h"

namespace nianbao {

extern const Rule rule_table_edition;

namespace {

void run(const CheckContext& ctx, Findings& out) {
    const EditionTables& own = table_specs(ctx.edition);
    for (const Table& t : ctx.doc.tables) {
        if (!t.edition_certain || t.edition.empty() || t.edition == ctx.edition.id) continue;
        const TableSpec* spec = own.find(t.topic);
        if (!spec) continue;  // the report's edition prescribes no such table (2008): nothing to compare
        const Edition* used = EditionSet::builtin().find(t.edition);
        std::string what;
        Span span = t.caption_span;
        if (!t.foreign_labels.empty()) {
            what = "“" + t.foreign_labels.front() + "”";
            span = t.foreign_label_spans.front();
            if (t.foreign_labels.size() > 1) what += "等" + std::to_string(t.foreign_labels.size()) + "处栏目";
        }
        std::string msg = table_name(spec_for(ctx, t), t) + "使用了" + t.edition + "年版格式" +
                          (what.empty() ? "" : "的" + what) + "，本报告应采用" + ctx.edition.id + "年版格式（" +
                          ctx.edition.name + "）";
        auto& f = out.add(rule_table_edition, span, std::move(msg), spec->basis);
        f.expected = ctx.edition.id;
        f.actual = used ? used->id : t.edition;
    }
}

}  // namespace

const Rule rule_table_edition{
    "table.edition",
    Severity::Error,
    "统计表沿用了其他版本的格式",
    {
        "比较统计表的栏目与报告年度适用格式的栏目：2021 年起的报告若仍用 2019 年版的栏目（本年新制作数量、本年新公开数量、"
        "对外公开总数量、上一年项目数量、本年增/减、其他对外管理服务事项、第二十条第（九）项、单独一行的“（六）其他处理”），"
        "或反之，即报告。只有栏目能分辨版本时才判断（表四两版相同，不判断）。",
        "2021 年版格式调整了统计口径，沿用旧表说明报告套用了旧模板，数据也无法与其他机关汇总比较。",
        "国办公开办函〔2021〕30号（政府信息公开工作年度报告格式，2021年9月26日）",
        "某县统计局2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n第二十条第（一）项\n"
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t1\t1\t5\n",
        "某县统计局2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n第二十条第（一）项\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t1\t0\t5\n",
        R"({"edition":"2021","assume_report":true})",
    },
    run,
};

}  // namespace nianbao
