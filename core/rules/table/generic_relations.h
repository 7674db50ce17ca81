#pragma once
// Relations every table obeys whatever the edition (2008 annexes, generic tables): a 合计/总计/共计
// row or column equals the sum of its siblings; an exhaustive 其中 breakdown sums to its parent and
// no part exceeds its parent; 历年累计 is never below 本年.
#include <string>
#include <vector>

#include "document/document.h"
#include "edition/table_spec.h"

namespace nianbao {

struct GenericIssue {
    int row = -1, col = -1;
    long double expected = 0, actual = 0;
    bool has_expected = true;
    std::string message;  // Chinese, one sentence
};

std::vector<GenericIssue> generic_relation_issues(const Table& t, const GenericTableHints& hints);

}  // namespace nianbao
