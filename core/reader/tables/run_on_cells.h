#pragma once
// Table cells that lost their separators, as web archives and copy-paste leave them:
//   "一、本年新收政府信息公开申请数量640020470"  a row's values glued to its label (and together);
//   "规章 000行政规范性文件693665"               several rows of a block on one line;
//   "1.属于国家秘密00000002.其他法律…"           the next row's ordinal glued to the values;
//   "行政复议行政诉讼结果维持结果纠正…总计"       a header's cells strung together.
// The chunk is cut into label and value pieces; how a value piece divides into cells is decided
// later, by the table reader, with what the format knows (fused_digits.h).
#include <string_view>
#include <vector>

#include "reader/tables/table_vocabulary.h"

namespace nianbao {

struct RunOnPiece {
    size_t begin = 0, end = 0;  // bytes of the chunk
    bool value = false;         // digits (groups separated by single spaces), else a label
};

// One label piece for a chunk that runs nothing together (or is a sentence). Values are cut off
// only after a label the tables know, so "邮编：350400" or "2021年" stay what they are.
std::vector<RunOnPiece> cut_run_on_cells(std::string_view chunk, const TableVocabulary& vocabulary);

}  // namespace nianbao
