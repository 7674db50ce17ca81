// narrative.table — a figure stated in prose contradicts the same figure in table 三 or 四.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edition/table_spec.h"
#include "rules/narrative/annex_figure.h"
#include "rules/narrative/prose_format.h"
#include "rules/number_format.h"
#include "rules/rule.h"

namespace nianbao {

namespace {

constexpr const char* kBasis = "《中华人民共和国政府信息公开条例》第六条；政府信息公开工作年度报告格式 三、四";

// One cell of an edition table, by keys (never by position).
struct CellRef {
    std::string_view topic, row, col;
};

// A table figure: the sum of some cells, and how the message names it.
struct TableFigure {
    std::string_view name;
    std::vector<CellRef> cells;
};

// Which table figure a prose figure restates; when the wording allows two readings, the prose
// figure agrees if it equals either. The keys are those of doc.prose_figures.
struct FigureSpec {
    std::string_view key;
    std::string_view prose;  // how the prose figure is named in the message
    std::vector<TableFigure> readings;
    std::optional<narrative::AnnexRow> annex;  // the same figure in a 2008 annex table (附表)
};

const std::vector<FigureSpec>& figure_specs() {
    static const TableFigure r1{"表三“本年新收政府信息公开申请数量”的总计", {{"applications", "r1", "total"}}};
    static const TableFigure r1_r2{"本年新收与上年结转之和",
                                   {{"applications", "r1", "total"}, {"applications", "r2", "total"}}};
    static const std::vector<FigureSpec> specs = {
        {"applications.new", "本年新收政府信息公开申请", {r1}},
        {"applications.received", "收到（受理）政府信息公开申请", {r1, r1_r2}},
        {"applications.carried_over", "上年结转的政府信息公开申请",
         {{"表三“上年结转政府信息公开申请数量”的总计", {{"applications", "r2", "total"}}}}},
        {"applications.carry_forward", "结转下年度办理的申请",
         {{"表三“结转下年度继续办理”的总计", {{"applications", "r23", "total"}}}}},
        {"applications.answered", "本年答复（办结）的申请",
         {{"表三办理结果“（七）总计”", {{"applications", "r22", "total"}}}}},
        {"review.total", "政府信息公开行政复议案件",
         {{"表四行政复议“总计”", {{"review_litigation", "r1", "review.total"}}}},
         narrative::AnnexRow::Review},
        {"litigation.total", "政府信息公开行政诉讼案件",
         {{"表四行政诉讼“未经复议直接起诉”与“复议后起诉”的总计之和",
           {{"review_litigation", "r1", "direct.total"}, {"review_litigation", "r1", "after_review.total"}}}},
         narrative::AnnexRow::Litigation},
        {"proactive.total", "本年主动公开政府信息", {}, narrative::AnnexRow::Proactive},
    };
    return specs;
}

int index_of(const std::vector<std::string>& keys, std::string_view key) {
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<int>(i);
    return -1;
}

std::optional<long double> cell_value(const Table& table, const CellRef& ref) {
    const int r = index_of(table.row_keys, ref.row), c = index_of(table.col_keys, ref.col);
    if (r < 0 || c < 0 || static_cast<size_t>(r) >= table.cells.size()) return std::nullopt;
    const std::vector<Cell>& row = table.cells[static_cast<size_t>(r)];
    if (static_cast<size_t>(c) >= row.size() || !row[static_cast<size_t>(c)].number.valid) return std::nullopt;
    return row[static_cast<size_t>(c)].number.value;
}

// The figure in one table, when the table holds all of its cells.
std::optional<long double> figure_value(const Table& table, const TableFigure& figure) {
    if (figure.cells.empty() || table.topic != figure.cells.front().topic) return std::nullopt;
    long double sum = 0;
    for (const CellRef& ref : figure.cells) {
        const std::optional<long double> v = cell_value(table, ref);
        if (!v) return std::nullopt;
        sum += *v;
    }
    return sum;
}

void run(const CheckContext& ctx, Findings& out);

}  // namespace

extern const Rule rule_narrative_table;
const Rule rule_narrative_table{
    "narrative.table",
    Severity::Warning,
    "正文所述数字与统计表不一致",
    {
        "把正文中明确说到的本年度数字与表三、表四中的同一数字对照：收到（受理、新收）申请数对“本年新收”总计，"
        "上年结转数对“上年结转”总计，结转（顺延）下年度数对“结转下年度继续办理”总计，答复（办结）数对“（七）总计”，"
        "行政复议数对表四行政复议总计，行政诉讼数对两类起诉总计之和；同一句还说到上年结转时，收到申请数与"
        "“本年新收”或“本年新收加上年结转”之一相符即可。2008年格式的附表（统计表）中，本年主动公开信息数、"
        "行政复议数、行政诉讼数与附表“主动公开信息数（文件数）”“行政复议数”“行政诉讼数”的本年栏对照，不与历年累计栏比较。"
        "只比较措辞无歧义的本年数字，历年累计、同比增减、"
        "某一渠道或某类申请人的数字、各级机关合计数不比较。",
        "同一份年报中正文与表格说法不一，读者无从判断哪个数字可信；通常是表格改过而正文没有跟着改，或者相反。",
        kBasis,
        "三、收到和处理政府信息公开申请情况\n\n2020年，我局共收到政府信息公开申请3件。\n\n"
        "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
        "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
        "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n",
        "三、收到和处理政府信息公开申请情况\n\n2020年，我局共收到政府信息公开申请1件。\n\n"
        "申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
        "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n"
        "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n",
        R"({"edition":"2019","assume_report":true})",
    },
    run,
};

namespace {

void run(const CheckContext& ctx, Findings& out) {
    for (const ProseFigure& figure : ctx.doc.prose_figures) {
        if (!figure.number.valid) continue;
        const FigureSpec* spec = nullptr;
        for (const FigureSpec& s : figure_specs())
            if (s.key == figure.key) spec = &s;
        if (spec == nullptr) continue;
        // Every reading in every table of the topic; quiet when none can be read (table.* says
        // why) or when any of them agrees.
        // (how the table figure is named, its value)
        std::vector<std::pair<std::string, long double>> values;
        for (const Table& table : ctx.doc.tables) {
            if (!table.numbers_readable()) continue;
            for (const TableFigure& reading : spec->readings)
                if (const std::optional<long double> v = figure_value(table, reading))
                    values.emplace_back(std::string(reading.name), *v);
            if (spec->annex)
                if (const auto v = narrative::annex_value(table, *spec->annex, ctx.year, table_specs(ctx.edition).generic))
                    values.emplace_back("附表“" + v->row_label + "”" + v->col_label + "栏", v->value);
        }
        if (values.empty()) continue;
        bool agrees = false;
        for (const auto& [name, v] : values)
            if (narrative::same_value(v, figure.number.value)) agrees = true;
        if (agrees) continue;
        const std::string prose = format_number(figure.number.value);
        const std::string table = format_number(values.front().second);
        std::string stated;
        for (const auto& [name, v] : values) {
            if (!stated.empty()) stated += "，";
            stated += name + "为" + format_number(v);
        }
        Finding& f = out.add(rule_narrative_table, figure.number.span,
                             "正文称" + std::string(spec->prose) + prose + figure.number.unit + "，而" + stated,
                             kBasis);
        f.expected = table;
        f.actual = prose;
    }
}

}  // namespace

}  // namespace nianbao
