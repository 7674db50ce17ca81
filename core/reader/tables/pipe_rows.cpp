#include "reader/tables/pipe_rows.h"

namespace nianbao {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// [begin, end) without the white space at its edges.
PipeCell trimmed(std::string_view line, size_t begin, size_t end) {
    while (begin < end && is_space(line[begin])) ++begin;
    while (end > begin && is_space(line[end - 1])) --end;
    return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// ":---", "---:", ":-:", "---": a cell of a rule line.
bool is_rule_cell(std::string_view cell) {
    bool colon = false;
    if (!cell.empty() && cell.front() == ':') {
        colon = true;
        cell.remove_prefix(1);
    }
    if (!cell.empty() && cell.back() == ':') {
        colon = true;
        cell.remove_suffix(1);
    }
    if (cell.empty()) return false;
    for (char c : cell)
        if (c != '-') return false;
    return colon || cell.size() >= 3;
}

}  // namespace

std::vector<PipeCell> pipe_cells(std::string_view line) {
    std::vector<PipeCell> cells;
    if (line.find('|') == std::string_view::npos) return cells;
    bool content = false;
    for (char c : line) content = content || !(is_space(c) || c == '|');
    if (!content) return cells;
    size_t begin = 0;
    bool first = true;
    while (true) {
        size_t end = line.find('|', begin);
        const bool last = end == std::string_view::npos;
        if (last) end = line.size();
        PipeCell cell = trimmed(line, begin, end);
        // Outside the edge pipes there is no cell; between two pipes an empty cell is a blank one.
        if (!cell.blank() || !(first || last)) cells.push_back(cell);
        if (last) break;
        first = false;
        begin = end + 1;
    }
    return cells;
}

bool is_pipe_rule(std::string_view line) {
    if (line.find('|') == std::string_view::npos || line.find('-') == std::string_view::npos) return false;
    const std::vector<PipeCell> cells = pipe_cells(line);
    if (cells.empty()) return false;
    for (const PipeCell& c : cells)
        if (!is_rule_cell(line.substr(c.begin, c.end - c.begin))) return false;
    return true;
}

uint32_t markdown_heading_marker(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && is_space(line[i])) ++i;
    const size_t hashes = i;
    while (i < line.size() && line[i] == '#') ++i;
    const size_t level = i - hashes;
    if (level == 0 || level > 6 || i >= line.size() || !is_space(line[i])) return 0;
    while (i < line.size() && is_space(line[i])) ++i;
    return static_cast<uint32_t>(i);
}

bool is_table_caption_heading(std::string_view line) {
    const uint32_t marker = markdown_heading_marker(line);
    if (marker == 0) return false;
    std::string_view title = line.substr(marker);
    if (starts_with(title, "附")) title.remove_prefix(std::string_view("附").size());
    if (!starts_with(title, "表")) return false;
    title.remove_prefix(std::string_view("表").size());
    while (!title.empty() && is_space(title.front())) title.remove_prefix(1);
    static constexpr std::string_view numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (!title.empty() && title.front() >= '0' && title.front() <= '9') return true;
    for (std::string_view n : numerals)
        if (starts_with(title, n)) return true;
    return false;
}

}  // namespace nianbao
