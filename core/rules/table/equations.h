#pragma once
// Reconciliation equations (勾稽关系) of an edition table, evaluated cell by cell, and which cell to
// blame when they fail: a cell that alone explains two or more failing equations (its row total and
// its column total off by the same amount) is blamed with the value that fixes all of them;
// otherwise each failing equation blames its total.
#include <string>
#include <vector>

#include "document/document.h"
#include "edition/table_spec.h"

namespace nianbao {

struct CellRef {
    int row = -1, col = -1;
    friend bool operator==(CellRef a, CellRef b) { return a.row == b.row && a.col == b.col; }
};

struct EquationInstance {
    const TableEquationSpec* eq = nullptr;
    int index = -1;                    // the column (axis column) or row (axis row) it holds in
    std::vector<CellRef> lhs, rhs;
    long double lhs_sum = 0, rhs_sum = 0;
    CellRef total;                     // the cell blamed when nothing better explains a failure
    bool holds() const;
};

struct TableBlame {
    CellRef cell;
    long double expected = 0, actual = 0;
    std::vector<const EquationInstance*> failing;  // what it explains
};

// Every instance whose cells are all present and readable. Instances whose total cell is blank are
// left out (a blank total is table.cell).
std::vector<EquationInstance> equation_instances(const TableSpec& spec, const Table& t);
std::vector<TableBlame> blame_failures(const Table& t, const std::vector<EquationInstance>& instances);

}  // namespace nianbao
