#pragma once
// Figures of a 2008 annex statistics table (附表: 指标名称 | 单位 | 本年 | 历年累计) that prose
// restates: 主动公开信息数, 行政复议数, 行政诉讼数, in the report year's column (never 历年累计).
#include <optional>
#include <string>

#include "document/document.h"
#include "edition/table_spec.h"

namespace nianbao::narrative {

enum class AnnexRow { Proactive, Review, Litigation };

struct AnnexValue {
    long double value = 0;
    std::string row_label;  // as written in the table
    std::string col_label;
};

// The row's value in the report year's column of a generic table, when the table has both.
std::optional<AnnexValue> annex_value(const Table& table, AnnexRow row, std::optional<int> year,
                                      const GenericTableHints& hints);

}  // namespace nianbao::narrative
