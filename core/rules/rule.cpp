#include "rules/rule.h"

namespace nianbao {

const char* severity_key(Severity s) {
    switch (s) {
        case Severity::Info: return "info";
        case Severity::Warning: return "warning";
        case Severity::Error: return "error";
    }
    return "error";
}

Finding& Findings::add(const Rule& rule, Span span, std::string message, std::string basis) {
    Finding f;
    f.rule = std::string(rule.id);
    f.severity = rule.severity;
    f.span = span;
    f.message = std::move(message);
    f.basis = std::move(basis);
    items_.push_back(std::move(f));
    return items_.back();
}

}  // namespace nianbao
