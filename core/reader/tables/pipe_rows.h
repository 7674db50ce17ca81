#pragma once
// Table lines as markdown and PDF→markdown converters write them: rows cut into cells at pipes
// ("| 规章 | 13 | 13 | 524 |", "规章 | 13 | 13 | 524"), rule lines under a header ("|---|:--:|"),
// and a caption heading ("## 表三：收到和处理政府信息公开申请情况") repeated before each fragment
// of a table that runs over pages. Works on one normalized line (NFKC: "｜" is "|", "：" is ":").
#include <cstdint>
#include <string_view>
#include <vector>

namespace nianbao {

struct PipeCell {
    uint32_t begin = 0, end = 0;  // bytes in the line, white space trimmed; begin == end: a blank cell
    bool blank() const { return begin == end; }
};

// The cells of a line cut at its pipes. The pipes at the edges open and close the row (no cell
// outside them); an empty cell between two pipes is a blank cell. Empty when the line has no pipe
// or holds only pipes.
std::vector<PipeCell> pipe_cells(std::string_view line);

// A markdown rule line: pipes and cells of dashes with optional alignment colons ("|---|---|",
// "| :--- | ---: |"). Not content. A row of dash cells ("| - | - |") is content: a rule cell has
// at least three dashes or a colon.
bool is_pipe_rule(std::string_view line);

// Bytes of a markdown heading marker at the start of the line ("## " → 3), 0 when there is none.
uint32_t markdown_heading_marker(std::string_view line);

// A converter's caption heading: a markdown heading that names a table ("## 表三：…", "### 附表2").
// It repeats before each fragment of the table and is neither a row nor a section heading.
bool is_table_caption_heading(std::string_view line);

}  // namespace nianbao
