#pragma once
// What a rule is: a stable id, a default severity, a Chinese one-line summary, its documentation
// (what / why / legal basis / an example that fires / one that does not) and a function that reads
// the Document and adds findings. One rule per file under core/rules/<family>/; registry.cpp lists them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "edition/edition.h"
#include "text/span.h"

namespace nianbao {

enum class Severity { Info = 0, Warning = 1, Error = 2 };
const char* severity_key(Severity s);  // "info", "warning", "error"

struct Finding {
    std::string rule;
    Severity severity = Severity::Error;
    std::string message;            // Chinese, one sentence, specific
    Span span;                      // normalized-text bytes
    std::optional<Span> original;   // set when the span is already in original bytes (removed text)
    std::optional<std::string> expected, actual;
    std::string basis;              // legal basis / format reference, Chinese
    // Set by check() after the rules ran (check/fingerprint.h, check/decisions.h):
    std::string fingerprint;        // the same finding of the same text, whatever was edited elsewhere
    std::string decision;           // a reviewer's decision: "", "confirmed" or "dismissed"
    std::string decision_note;
};

struct RuleDoc {
    std::string_view what;    // what it checks
    std::string_view why;     // why it matters
    std::string_view basis;   // legal basis
    std::string_view fires;   // report text that must produce this rule
    std::string_view quiet;   // report text that must not
    std::string_view example_options = "{}";  // check options JSON for the examples
};

// Last year's report of the same agency, when the user gave one (CLI --previous, a pairing in a
// batch, the page's 上一年度报告 slot): the year.* continuity rules and text.reused compare with it.
struct PreviousReport {
    const Document& doc;
    const Edition& edition;
    std::optional<int> year;
    std::optional<std::string> file;
};

struct CheckContext {
    const Document& doc;
    const Edition& edition;
    AgencyKind kind;                 // after --kind override; Unknown treated as department
    std::optional<int> year;         // report year
    const PreviousReport* previous = nullptr;  // null: nothing is compared across years
};

class Findings;

struct Rule {
    std::string_view id;
    Severity severity;
    std::string_view summary;        // Chinese, one line
    RuleDoc doc;
    void (*run)(const CheckContext&, Findings&);
};

class Findings {
public:
    // Adds a finding of `rule` with its default severity.
    Finding& add(const Rule& rule, Span span, std::string message, std::string basis = {});
    std::vector<Finding>& all() { return items_; }
    const std::vector<Finding>& all() const { return items_; }
private:
    std::vector<Finding> items_;
};

// Every rule, in catalog order.
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view id);

}  // namespace nianbao
