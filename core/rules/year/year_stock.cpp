// year.stock — this year's stock of documents (or of items, 2019 format) must follow from last year's.
#include "rules/rule.h"
#include "rules/year/cross_year.h"

namespace nianbao {

extern const Rule rule_year_stock;

namespace {

void run(const CheckContext& ctx, Findings& out) { check_cross_year(rule_year_stock, ctx, out); }

}  // namespace

const Rule rule_year_stock{
    "year.stock",
    Severity::Warning,
    "现行有效件数或上一年项目数量与上一年度报告接不上",
    {
        "有上一年度报告时比较表二的存量。2021 年版“第二十条第（一）项”：本年的现行有效件数应等于上一年度报告的现行有效件数"
        "加本年制发件数减本年废止件数（规章、行政规范性文件分别比较）；2019 年版第（五）（六）（八）项：本年的“上一年项目数量”"
        "应等于上一年度报告的“上一年项目数量”加其“本年增/减”。两份报告须是同一版本、相邻年度；没有上一年度报告时不检查。"
        "比较什么由版本数据（data/editions/*.json 的 cross_year）规定。",
        "存量接不上往往是统计口径或填报有误；但文件也会因有效期届满等原因失效而不经废止，所以只作提示，请核实。",
        "政府信息公开工作年度报告格式（国办公开办函〔2021〕30号、〔2019〕60号）表二",
        "某县民政局2023年政府信息公开工作年度报告\n"
        "\n"
        "二、主动公开政府信息情况\n"
        "第二十条第（一）项\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        "规章\t0\t0\t2\n"
        "行政规范性文件\t3\t2\t20\n",
        "某县民政局2023年政府信息公开工作年度报告\n"
        "\n"
        "二、主动公开政府信息情况\n"
        "第二十条第（一）项\n"
        "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
        "规章\t0\t0\t2\n"
        "行政规范性文件\t3\t2\t21\n",
        R"json({"assume_report": true, "previous": {"text": "某县民政局2022年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t2\n行政规范性文件\t5\t1\t20\n", "file": "2022年报告.txt"}})json",
    },
    run,
};

}  // namespace nianbao
