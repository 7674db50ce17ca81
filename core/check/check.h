#pragma once
// The check entry point shared by every front end (CLI, wasm): text in, Result out.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/decisions.h"
#include "document/document.h"
#include "edition/edition.h"
#include "rules/rule.h"
#include "text/normalized_text.h"
#include "text/source.h"

namespace nianbao {

struct CheckOptions {
    std::string edition = "auto";   // auto | 2008 | 2019 | 2021
    std::string kind = "auto";      // auto | department | government
    bool assume_report = false;     // skip the not-a-report gate (rule doc examples)
    std::optional<std::string> file;  // for the JSON "file" field
    // Last year's report of the same agency (its text as given, and its name): the cross-year rules
    // compare with it. Checked with the same edition/kind options, without a previous of its own.
    std::optional<std::string> previous_text;
    std::optional<std::string> previous_file;
    // Reviewers' decisions to mark findings with (check/decisions.h); dismissed ones left out if asked.
    std::vector<Decision> decisions;
    bool hide_dismissed = false;
    // Parses {"edition": "...", "kind": "...", "assume_report": bool, "file": "...",
    //         "previous": {"text": "...", "file": "..."}, "decisions": [...] or a SARIF log,
    //         "hide_dismissed": bool}; unknown keys ignored.
    static CheckOptions from_json(std::string_view json);
};

struct Result {
    std::optional<std::string> file;
    Source source;
    NormalizedText normalized;
    Document doc;
    const Edition* edition = nullptr;
    std::string edition_reason;
    AgencyKind kind = AgencyKind::Unknown;
    std::vector<Finding> findings;   // sorted by position, deduplicated
    std::optional<std::string> error;  // the input could not be checked (too large); Chinese message
    std::unique_ptr<Result> previous;  // last year's report, as read for the comparison (read_report)
    explicit Result(std::string text) : source(std::move(text)) {}
};

std::unique_ptr<Result> check(std::string text, const CheckOptions& options);

// The first half of check(): the text read into a Document, its edition and agency kind chosen, no
// rule run (findings empty). For what only needs the document: last year's report, a batch's
// pairing by agency and year.
std::unique_ptr<Result> read_report(std::string text, const CheckOptions& options);

// Input size accepted by check(); above it the caller reports an error instead.
constexpr size_t kMaxInputBytes = 20u * 1024u * 1024u;

}  // namespace nianbao
