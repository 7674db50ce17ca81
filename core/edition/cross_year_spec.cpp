#include "edition/cross_year_spec.h"

namespace nianbao {

std::vector<CrossYearSpec> cross_year_specs(const Edition& edition) {
    std::vector<CrossYearSpec> out;
    const auto it = edition.raw.find("cross_year");
    if (it == edition.raw.end() || !it->is_array()) return out;
    for (const auto& j : *it) {
        if (!j.is_object()) continue;
        CrossYearSpec s;
        s.rule = j.value("rule", "");
        s.name = j.value("name", "");
        s.table = j.value("table", "");
        s.block = j.value("block", "");
        s.rows = json_strings(j.value("rows", nlohmann::json::array()));
        const auto cols = j.value("cols", nlohmann::json());
        s.all_cols = cols.is_string() && cols.get<std::string>() == "all";
        if (!s.all_cols) s.cols = json_strings(cols);
        for (const auto& t : j.value("terms", nlohmann::json::array())) {
            if (!t.is_object()) continue;
            CrossYearTerm term;
            term.previous = t.value("of", "this") == "previous";
            term.row = t.value("row", "");
            term.col = t.value("col", "");
            term.sign = t.value("sign", 1) < 0 ? -1 : 1;
            term.edition = t.value("edition", "");
            s.terms.push_back(std::move(term));
        }
        if (!s.rule.empty() && !s.table.empty() && !s.rows.empty() && !s.terms.empty()) out.push_back(std::move(s));
    }
    return out;
}

}  // namespace nianbao
