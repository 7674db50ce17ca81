// Rows of 2008 annex tables by their label (see annex_figure.h). Labels are compared by key and
// must name the row as a whole: "接受行政诉讼、举报数" is not 行政诉讼数, "其中:1.政府网站公开数" is a part.
#include "rules/narrative/annex_figure.h"

#include <array>
#include <string_view>

namespace nianbao::narrative {

namespace {

constexpr std::array<std::string_view, 8> kProactiveLabels = {
    "主动公开文件数", "主动公开信息数", "主动公开政府信息数", "主动公开信息总数", "主动公开政府信息总数",
    "主动公开信息条数", "主动公开政府信息条数", "主动公开文件总数"};
constexpr std::array<std::string_view, 4> kReviewLabels = {"行政复议数", "行政复议案件数", "申请行政复议数",
                                                           "因政府信息公开申请行政复议数"};
constexpr std::array<std::string_view, 4> kLitigationLabels = {"行政诉讼数", "行政诉讼案件数", "提起行政诉讼数",
                                                               "因政府信息公开提起行政诉讼数"};

template <size_t N>
bool one_of(std::string_view key, const std::array<std::string_view, N>& labels) {
    for (std::string_view l : labels)
        if (key == l) return true;
    return false;
}

bool names_row(std::string_view label, AnnexRow row) {
    const std::string full = table_label_key(label);
    const std::string_view key = strip_ordinal(full);
    switch (row) {
        case AnnexRow::Proactive: return one_of(key, kProactiveLabels);
        case AnnexRow::Review: return one_of(key, kReviewLabels);
        case AnnexRow::Litigation: return one_of(key, kLitigationLabels);
    }
    return false;
}

// "本年", "本年度", "2017年", "2017年度", "2017".
bool names_report_year(std::string_view label, std::optional<int> year, const GenericTableHints& hints) {
    const std::string key = table_label_key(label);
    for (const std::string& current : hints.current_labels)
        if (key == table_label_key(current)) return true;
    if (!year) return false;
    const std::string y = std::to_string(*year);
    return key == y || key == y + "年" || key == y + "年度";
}

}  // namespace

std::optional<AnnexValue> annex_value(const Table& table, AnnexRow row, std::optional<int> year,
                                      const GenericTableHints& hints) {
    if (!table.edition.empty()) return std::nullopt;  // edition tables have keys, not annex rows
    int col = -1;
    for (size_t c = 0; c < table.col_labels.size() && col < 0; ++c)
        if (names_report_year(table.col_labels[c], year, hints)) col = static_cast<int>(c);
    if (col < 0) return std::nullopt;
    for (size_t r = 0; r < table.row_labels.size() && r < table.cells.size(); ++r) {
        if (r < table.row_parent.size() && table.row_parent[r] >= 0) continue;  // a 其中 part
        if (!names_row(table.row_labels[r], row)) continue;
        const std::vector<Cell>& cells = table.cells[r];
        if (static_cast<size_t>(col) >= cells.size() || !cells[static_cast<size_t>(col)].number.valid)
            return std::nullopt;
        return AnnexValue{cells[static_cast<size_t>(col)].number.value, table.row_labels[r],
                          table.col_labels[static_cast<size_t>(col)]};
    }
    return std::nullopt;
}

}  // namespace nianbao::narrative
