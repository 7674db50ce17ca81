#pragma once
// Every label the edition tables know, as table match keys (text/label_key.h, ordinals stripped):
//   - row labels ("本年新收政府信息公开申请数量", "属于国家秘密", "规章") and whole column labels: a
//     line whose words start with one is a table row, not a heading;
//   - every cell a header can hold (captions "第二十条第(一)项", the parts of grouped column labels
//     "行政复议·结果维持", header cells "申请人情况"): used to cut apart cells that lost their
//     separators ("行政复议行政诉讼结果维持结果纠正…", "规章 000行政规范性文件693665").
#include <string>
#include <unordered_map>
#include <utility>
#include <string_view>
#include <vector>

#include "edition/edition.h"

namespace nianbao {

class TableVocabulary {
public:
    explicit TableVocabulary(const EditionSet& editions);
    // Built once per edition set.
    static const TableVocabulary& of(const EditionSet& editions);

    // Does the text (a row's words, its ordinal removed) start with a row or column label of at
    // least three characters?
    bool starts_with_row_label(std::string_view text) const;
    // Does `text` end with a known cell label (trailing white space ignored)?
    bool ends_with_cell_label(std::string_view text) const;
    // The known cell labels in `text`, left to right, each the longest one starting where the
    // previous ended (byte spans of `text`; white space inside a label is skipped: "社会公益 组织").
    std::vector<std::pair<size_t, size_t>> cell_labels_in(std::string_view text) const;

private:
    // Index of the longest key matching `key` at `pos` at a code point boundary, or -1.
    int longest_at(const std::string& key, size_t pos, const std::vector<bool>& boundary) const;

    std::vector<std::string> row_keys_;   // longest first
    std::vector<std::string> cell_keys_;  // longest first
    std::unordered_map<std::string, std::vector<int>> by_first_;  // first code point → cell keys
};

// Shorthand for the outline and the line stage.
inline bool is_table_row_label(std::string_view title, const EditionSet& editions) {
    return TableVocabulary::of(editions).starts_with_row_label(title);
}

}  // namespace nianbao
