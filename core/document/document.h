#pragma once
// The Document: what the reader understood of a report. Rules only ask the Document; they never
// re-parse text. All spans are byte spans in `text->text` (the normalized text); the output layer
// maps them back to the original. The Document never knows about rules.
#include <optional>
#include <string>
#include <vector>

#include "document/date.h"
#include "text/normalized_text.h"
#include "text/span.h"

namespace nianbao {

enum class AgencyKind { Unknown, Department, Government };
const char* agency_kind_key(AgencyKind k);  // "department", "government", nullptr for Unknown

// A line of the normalized text and what the reader decided about it.
struct Line {
    Span span;             // without the "\n"
    bool blank = false;    // only white space
    bool clutter = false;  // web chrome, Word debris, page footer…: not content
};

// Non-content clutter recognised and kept out of the content (reported as text.artifact).
struct Artifact {
    enum class Kind { Breadcrumb, PageFurniture, WordDebris, PageFooter, Attachment, DocumentFooter };
    Kind kind;
    Span span;
    std::string text;  // what it said, for the message (trimmed, short)
};
const char* artifact_kind_label(Artifact::Kind k);  // Chinese: "网页导航", "页面元素", …

// Garbled run: U+FFFD, "?" or private-use characters between CJK, mojibake runs.
struct GarbledRun {
    Span span;
    std::string reason;  // Chinese, for the message
};

// Image or "see attachment" placeholder standing where content should be.
struct Placeholder {
    enum class Kind { Image, SeeAttachment };
    Kind kind;
    Span span;
    std::string text;
};

// A heading and its section. Levels: 1 "一、", 2 "（一）", 3 "1." / "1、", 4 "（1）".
struct Section {
    int level = 1;
    std::string number;   // as written, normalized: "一", "(三)", "1", "" when lost
    int ordinal = 0;      // numeric value of the number (一→1, 十二→12); 0 when unknown
    std::string title;    // heading text after the number, trimmed
    Span heading;         // the heading (line or line-initial clause)
    Span body;            // from after the heading to the next heading of the same or higher level
    std::string topic;    // edition topic key ("overview", "proactive", …) or "" (level 1 only)
    int parent = -1;      // index of the enclosing section, -1 for level 1
    bool number_lost = false;  // ")政府信息管理情况": bracket and number lost
};

// A number as written in a cell or in prose.
struct Number {
    std::string raw;             // as written (normalized), e.g. "+3", "1700元", "25.1万元"
    Span span;                   // the digits (and sign/unit) in the normalized text
    bool valid = false;          // parsed as a number
    bool negative = false;
    bool integral = true;        // no fractional part
    long double value = 0;       // value in the unit as written (25.1万元 → 25.1)
    std::string unit;            // "元", "万元", "条", "件", "" …
    bool overflow = false;       // too many digits to hold exactly
};

struct Cell {
    bool blank = true;   // nothing was written in the cell
    Number number;       // valid when a number was written
    std::string text;    // non-numeric content, if any
    Span span;           // where the cell is (empty span at the expected place when blank)
};

// A statistical table. Edition tables (二 proactive, 三 applications, 四 review_litigation) have
// row/col keys from the edition data; generic tables have keys "" and labels only.
struct Table {
    std::string topic;     // "proactive", "applications", "review_litigation", "annex", "generic"
    std::string edition;   // whose labels it matched: "2019", "2021", "" for generic
    Span span;
    std::vector<std::string> row_keys, col_keys;      // edition keys, parallel to labels
    std::vector<std::string> row_labels, col_labels;  // as found in the text (normalized)
    std::vector<Span> row_label_spans, col_label_spans;
    std::vector<std::vector<Cell>> cells;             // [row][col]
    std::vector<std::string> missing_rows, missing_cols;  // edition keys not found
    std::vector<std::string> unknown_rows;            // labels the edition does not know
    std::vector<Span> unknown_row_spans;
    std::vector<std::string> foreign_labels;          // labels of another edition (table.edition)
    std::vector<Span> foreign_label_spans;
    // Generic tables: which rows/cols are totals (合计/总计/共计/小计), and 其中 sub-rows.
    std::vector<int> total_rows, total_cols;
    std::vector<int> row_parent;                      // -1, or the row a 其中 row belongs to
    std::string layout;   // "cell-per-line", "tab-rows", "aligned", "column-blocks", "row-blocks"
    std::string block;    // table 二: which 第二十条第（X）项 block ("item1"); one Table per block
    Span caption_span;    // the caption or first header label that opened the table
    bool edition_certain = false;  // the labels told this edition apart from the others
    std::vector<std::pair<int, int>> ragged_rows;  // (row, values found) where a row has too few/many
    // Cells that lost their separators ("640020470" for seven cells): Split when the digits were
    // divided the only way the format allows, Unsplit when no single way was found — then no rule
    // checks the table's numbers (reader/tables/fused_digits.h).
    enum class FusedDigits { None, Split, Unsplit };
    FusedDigits fused_digits = FusedDigits::None;
    std::vector<int> fused_rows;                   // rows whose digits ran together
    // The numbers can be checked: false when digits ran together and could not be divided.
    bool numbers_readable() const { return fused_digits != FusedDigits::Unsplit; }
};

// A list stated in prose: a total and its parts ("共…350条。其中A33条、…其余174条", "7类35条，其中…").
struct ProseList {
    Span span;                 // the whole statement
    Number total;
    std::vector<Number> parts;
    std::vector<std::string> part_labels;
    std::vector<Number> part_shares;  // "占77%" stated right after each part (valid == false: none)
    int stated_count = 0;      // "7类" → 7; 0 when not stated
    bool exhaustive = false;   // a partition: 其余/其他 part, "N类", "分别为", or shares adding to 100 %
    std::string unit;
};

// A figure stated in prose that a table also holds (for narrative.table).
struct ProseFigure {
    std::string key;   // "applications.new" (本年新收 总计), "applications.carried_over",
                       // "applications.carry_forward", "review.total", "litigation.total"
    Number number;
    Span span;         // the sentence part stating it
};

struct Meta {
    std::string title;
    Span title_span;
    std::optional<int> title_year;
    std::string agency;
    AgencyKind kind = AgencyKind::Unknown;
    std::string kind_reason;
    std::optional<int> year;       // the report year
    std::string year_source;       // "title", "period", "body"
    std::vector<std::pair<int, Span>> body_years;  // "2020年度"/"本年度" evidence in the body
    std::optional<Date> published;
    std::string published_source;  // "page" (发布时间) or "signature"
    Span published_span;
    std::optional<Period> period;
    std::string source_agency;     // 信息来源
    std::string doc_number;        // 文号 "晋残〔2018〕2号"
};

struct Document {
    const NormalizedText* text = nullptr;  // owned by the caller; outlives the Document
    std::vector<Line> lines;
    Meta meta;
    std::vector<Section> sections;
    std::vector<Table> tables;
    std::vector<Date> dates;                 // every valid date found
    std::vector<MalformedDate> malformed_dates;
    std::vector<ProseList> prose_lists;
    std::vector<ProseFigure> prose_figures;
    std::vector<Artifact> artifacts;
    std::vector<GarbledRun> garbled;
    std::vector<Placeholder> placeholders;

    std::string_view slice(Span s) const {
        return std::string_view(text->text).substr(s.begin, s.size());
    }
    // Index of the innermost section containing the position, or -1.
    int section_at(uint32_t pos) const;
    // Index of the level-1 section containing the position, or -1.
    int top_section_at(uint32_t pos) const;
};

}  // namespace nianbao
