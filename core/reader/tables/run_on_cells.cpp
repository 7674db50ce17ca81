#include "reader/tables/run_on_cells.h"

namespace nianbao {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool has_sentence_end(std::string_view s) {
    for (std::string_view stop : {"。", "；", ";", "！", "？"})
        if (s.find(stop) != std::string_view::npos) return true;
    return false;
}

// A list ordinal's separator: "2.其他…", "2、其他…" (not "2.5", a decimal).
bool ordinal_separator_at(std::string_view s, size_t i) {
    if (i >= s.size()) return false;
    size_t after;
    if (s[i] == '.') after = i + 1;
    else if (s.compare(i, 3, "、") == 0) after = i + 3;
    else return false;
    return after < s.size() && !is_digit(s[after]) && s[after] != ' ';
}

// End of the value run starting at `i`: digit groups separated by single spaces, one decimal point.
size_t value_run_end(std::string_view s, size_t i, size_t& last_group) {
    size_t j = i;
    last_group = i;
    while (true) {
        while (j < s.size() && is_digit(s[j])) ++j;
        if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {  // 9116.36
            ++j;
            while (j < s.size() && is_digit(s[j])) ++j;
        }
        if (j + 1 < s.size() && s[j] == ' ' && is_digit(s[j + 1])) {
            last_group = j + 1;
            j += 1;
            continue;
        }
        return j;
    }
}

void push_label(std::vector<RunOnPiece>& out, std::string_view chunk, size_t b, size_t e,
                const TableVocabulary& vocabulary) {
    while (b < e && chunk[b] == ' ') ++b;
    while (e > b && chunk[e - 1] == ' ') --e;
    if (b >= e) return;
    const std::string_view label = chunk.substr(b, e - b);
    // Several header cells strung together: cut when known labels cover most of it. Three labels
    // are at least six characters; most labels are shorter and need no look.
    if (label.size() < 6 * 3) {
        out.push_back({b, e, false});
        return;
    }
    const auto known = vocabulary.cell_labels_in(label);
    size_t covered = 0;
    for (const auto& [kb, ke] : known) covered += ke - kb;
    if (known.size() < 3 || covered * 10 < label.size() * 6) {
        out.push_back({b, e, false});
        return;
    }
    const size_t first = out.size();
    size_t at = 0;
    for (const auto& [kb, ke] : known) {
        if (kb > at) out.push_back({b + at, b + kb, false});  // words between known cells
        out.push_back({b + kb, b + ke, false});
        at = ke;
    }
    if (at < label.size()) out.push_back({b + at, e, false});
    // Trim the new pieces (known cells carry the white space that followed them).
    for (size_t k = first; k < out.size(); ++k) {
        RunOnPiece& p = out[k];
        while (p.end > p.begin && chunk[p.end - 1] == ' ') --p.end;
        while (p.begin < p.end && chunk[p.begin] == ' ') ++p.begin;
    }
}

}  // namespace

std::vector<RunOnPiece> cut_run_on_cells(std::string_view chunk, const TableVocabulary& vocabulary) {
    std::vector<RunOnPiece> out;
    if (has_sentence_end(chunk)) {
        out.push_back({0, chunk.size(), false});
        return out;
    }
    size_t label_from = 0;
    for (size_t i = 0; i < chunk.size();) {
        if (!is_digit(chunk[i]) || i == label_from) {
            ++i;
            continue;
        }
        size_t last_group = i;
        size_t end = value_run_end(chunk, i, last_group);
        // "…00000002.其他": the last digit is the next row's ordinal.
        if (ordinal_separator_at(chunk, end)) end = end - last_group >= 2 ? end - 1 : (last_group > i ? last_group - 1 : i);
        const std::string_view before = chunk.substr(label_from, i - label_from);
        if (end <= i || !vocabulary.ends_with_cell_label(before)) {
            i = std::max(i + 1, end);
            continue;
        }
        push_label(out, chunk, label_from, i, vocabulary);
        out.push_back({i, end, true});
        label_from = end;
        i = end;
    }
    push_label(out, chunk, label_from, chunk.size(), vocabulary);
    if (out.empty()) out.push_back({0, chunk.size(), false});
    return out;
}

}  // namespace nianbao
