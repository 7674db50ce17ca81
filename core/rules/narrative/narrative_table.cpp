// narrative.table — a figure stated in prose contradicts the same figure in table 三 or 四.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/narrative/prose_format.h"
#include "rules/rule.h"

namespace nianbao {

namespace {

constexpr const char* kBasis = "《中华人民共和国政府信息公开条例》第六条；政府信息公开工作年度报告格式 三、四";

// One cell of an edition table, by keys (never by position).
struct CellRef {
    std::string_view topic, row, col;
};

// Which table figure a prose figure restates. The keys are those of doc.prose_figures.
struct FigureSpec {
    std::string_view key;
    std::string_view prose;  // how the prose figure is named in the message
    std::string_view table;  // how the table figure is named in the message
    std::vector<CellRef> cells;  // the table figure is their sum
};

const std::vector<FigureSpec>& figure_specs() {
    static const std::vector<FigureSpec> specs = {
        {"applications.new", "本年新收政府信息公开申请", "表三“本年新收政府信息公开申请数量”的总计",
         {{"applications", "r1", "total"}}},
        {"applications.carried_over", "上年结转的政府信息公开申请", "表三“上年结转政府信息公开申请数量”的总计",
         {{"applications", "r2", "total"}}},
        {"applications.carry_forward", "结转下年度办理的申请", "表三“结转下年度继续办理”的总计",
         {{"applications", "r23", "total"}}},
        {"applications.answered", "本年答复（办结）的申请", "表三办理结果“（七）总计”",
         {{"applications", "r22", "total"}}},
        {"review.total", "政府信息公开行政复议案件", "表四行政复议“总计”",
         {{"review_litigation", "r1", "review.total"}}},
        {"litigation.total", "政府信息公开行政诉讼案件",
         "表四行政诉讼“未经复议直接起诉”与“复议后起诉”的总计之和",
         {{"review_litigation", "r1", "direct.total"}, {"review_litigation", "r1", "after_review.total"}}},
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

// The table figure in each table of the topic that holds all of its cells.
std::vector<long double> table_values(const Document& doc, const FigureSpec& spec) {
    std::vector<long double> values;
    if (spec.cells.empty()) return values;
    for (const Table& table : doc.tables) {
        if (table.topic != spec.cells.front().topic) continue;
        long double sum = 0;
        bool complete = true;
        for (const CellRef& ref : spec.cells) {
            const std::optional<long double> v = cell_value(table, ref);
            if (!v) {
                complete = false;
                break;
            }
            sum += *v;
        }
        if (complete) values.push_back(sum);
    }
    return values;
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
        "行政复议数对表四行政复议总计，行政诉讼数对两类起诉总计之和。只比较措辞无歧义的本年数字，"
        "历年累计、同比增减、某一渠道或某类申请人的数字不比较。",
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
        const std::vector<long double> values = table_values(ctx.doc, *spec);
        if (values.empty()) continue;  // no such table, or its cell is unreadable: table.* says so
        bool agrees = false;
        for (long double v : values)
            if (narrative::same_value(v, figure.number.value)) agrees = true;
        if (agrees) continue;
        const std::string prose = narrative::format_value(figure.number.value);
        const std::string table = narrative::format_value(values.front());
        Finding& f = out.add(rule_narrative_table, figure.number.span,
                             "正文称" + std::string(spec->prose) + prose + figure.number.unit + "，而" +
                                 std::string(spec->table) + "为" + table,
                             kBasis);
        f.expected = table;
        f.actual = prose;
    }
}

}  // namespace

}  // namespace nianbao
