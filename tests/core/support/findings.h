#pragma once
// The findings of one rule in a check() result, for tests that look at a rule's findings.
#include <string_view>
#include <vector>

#include "check/check.h"

inline std::vector<const nianbao::Finding*> findings_of(const nianbao::Result& r, std::string_view rule) {
    std::vector<const nianbao::Finding*> out;
    for (const nianbao::Finding& f : r.findings)
        if (f.rule == rule) out.push_back(&f);
    return out;
}
