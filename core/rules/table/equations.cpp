#include "rules/table/equations.h"

#include <algorithm>
#include <cmath>

#include "rules/table/cells.h"

namespace nianbao {

namespace {

int index_of(const std::vector<std::string>& keys, const std::string& key) {
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return static_cast<int>(i);
    return -1;
}

bool close(long double a, long double b) { return std::fabs(static_cast<double>(a - b)) < 1e-6; }

long double value_at(const Table& t, CellRef c) {
    long double v = 0;
    cell_value(t.cells[static_cast<size_t>(c.row)][static_cast<size_t>(c.col)], v);
    return v;
}

}  // namespace

bool EquationInstance::holds() const { return close(lhs_sum, rhs_sum); }

std::vector<EquationInstance> equation_instances(const TableSpec& spec, const Table& t) {
    std::vector<EquationInstance> out;
    for (const auto& eq : spec.equations) {
        const bool by_column = eq.axis != "row";
        const std::vector<std::string>& along = by_column ? t.row_keys : t.col_keys;
        const size_t count = by_column ? t.col_keys.size() : t.row_keys.size();
        std::vector<int> lhs, rhs;
        bool complete = true;
        for (const auto& k : eq.lhs) {
            int i = index_of(along, k);
            if (i < 0) complete = false;
            lhs.push_back(i);
        }
        for (const auto& k : eq.rhs) {
            int i = index_of(along, k);
            if (i < 0) complete = false;
            rhs.push_back(i);
        }
        if (!complete) continue;
        const int blame = index_of(along, eq.blame);
        for (size_t x = 0; x < count; ++x) {
            EquationInstance inst;
            inst.eq = &eq;
            inst.index = static_cast<int>(x);
            auto ref = [&](int i) {
                return by_column ? CellRef{i, static_cast<int>(x)} : CellRef{static_cast<int>(x), i};
            };
            bool readable = true;
            for (int i : lhs) inst.lhs.push_back(ref(i));
            for (int i : rhs) inst.rhs.push_back(ref(i));
            for (const auto* side : {&inst.lhs, &inst.rhs})
                for (CellRef c : *side) {
                    if (static_cast<size_t>(c.row) >= t.cells.size() ||
                        static_cast<size_t>(c.col) >= t.cells[static_cast<size_t>(c.row)].size()) {
                        readable = false;
                        continue;
                    }
                    long double v = 0;
                    if (!cell_value(t.cells[static_cast<size_t>(c.row)][static_cast<size_t>(c.col)], v)) readable = false;
                }
            // A row with too few or too many numbers has cells in doubtful places (table.shape).
            for (const auto& [row, count] : t.ragged_rows)
                for (const auto* side : {&inst.lhs, &inst.rhs})
                    for (CellRef c : *side) readable = readable && c.row != row;
            if (!readable) continue;
            inst.total = blame >= 0 ? ref(blame) : inst.lhs.front();
            if (t.cells[static_cast<size_t>(inst.total.row)][static_cast<size_t>(inst.total.col)].blank) continue;
            for (CellRef c : inst.lhs) inst.lhs_sum += value_at(t, c);
            for (CellRef c : inst.rhs) inst.rhs_sum += value_at(t, c);
            out.push_back(std::move(inst));
        }
    }
    return out;
}

std::vector<TableBlame> blame_failures(const Table& t, const std::vector<EquationInstance>& instances) {
    std::vector<const EquationInstance*> failing;
    for (const auto& inst : instances)
        if (!inst.holds()) failing.push_back(&inst);
    std::vector<TableBlame> out;
    // The value `c` must take for `inst` to hold, or false when `c` is not in it.
    auto fix_for = [&](const EquationInstance& inst, CellRef c, long double& fix) {
        const long double diff = inst.lhs_sum - inst.rhs_sum;
        const long double v = value_at(t, c);
        int in_lhs = 0, in_rhs = 0;
        for (CellRef x : inst.lhs) in_lhs += x == c;
        for (CellRef x : inst.rhs) in_rhs += x == c;
        if (in_lhs == in_rhs) return false;
        fix = v - diff / static_cast<long double>(in_lhs - in_rhs);
        return true;
    };
    std::vector<bool> explained(failing.size(), false);
    while (true) {
        // Candidate cells: those of unexplained failing instances.
        std::vector<CellRef> cands;
        for (size_t f = 0; f < failing.size(); ++f)
            if (!explained[f]) {
                for (CellRef c : failing[f]->lhs) cands.push_back(c);
                for (CellRef c : failing[f]->rhs) cands.push_back(c);
            }
        if (cands.empty()) break;
        TableBlame best;
        size_t best_count = 0;
        bool best_unique = false;
        std::vector<CellRef> seen;
        for (CellRef c : cands) {
            if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
            seen.push_back(c);
            long double fix = 0;
            bool consistent = true, have = false;
            std::vector<const EquationInstance*> explains;
            for (const auto& inst : instances) {
                long double f = 0;
                if (!fix_for(inst, c, f)) continue;
                if (inst.holds()) {
                    consistent = false;  // changing it would break an equation that holds
                    break;
                }
                if (have && !close(f, fix)) {
                    consistent = false;
                    break;
                }
                fix = f;
                have = true;
                explains.push_back(&inst);
            }
            if (!consistent || explains.size() < 2) continue;
            bool all_unexplained = true;
            for (const auto* e : explains)
                for (size_t f = 0; f < failing.size(); ++f)
                    if (failing[f] == e && explained[f]) all_unexplained = false;
            if (!all_unexplained) continue;
            if (explains.size() > best_count) {
                best_count = explains.size();
                best_unique = true;
                best.cell = c;
                best.expected = fix;
                best.actual = value_at(t, c);
                best.failing = explains;
            } else if (explains.size() == best_count) {
                best_unique = false;
            }
        }
        if (best_count < 2 || !best_unique) break;
        for (const auto* e : best.failing)
            for (size_t f = 0; f < failing.size(); ++f)
                if (failing[f] == e) explained[f] = true;
        out.push_back(std::move(best));
    }
    // What is left blames its total.
    for (size_t f = 0; f < failing.size(); ++f) {
        if (explained[f]) continue;
        const EquationInstance& inst = *failing[f];
        TableBlame b;
        b.cell = inst.total;
        long double fix = 0;
        if (!fix_for(inst, inst.total, fix)) continue;
        b.expected = fix;
        b.actual = value_at(t, inst.total);
        b.failing = {&inst};
        out.push_back(std::move(b));
    }
    return out;
}

}  // namespace nianbao
