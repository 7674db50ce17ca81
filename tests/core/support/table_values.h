#pragma once
// A table's numbers row by row, blank cells as -1: what the table tests compare with expected values.
#include <vector>

#include "document/document.h"

inline std::vector<std::vector<long long>> table_values(const nianbao::Table& t) {
    std::vector<std::vector<long long>> out;
    for (const auto& row : t.cells) {
        out.emplace_back();
        for (const nianbao::Cell& c : row) out.back().push_back(c.blank ? -1 : static_cast<long long>(c.number.value));
    }
    return out;
}
