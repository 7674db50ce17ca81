#include "check/check.h"

#include <algorithm>
#include <tuple>

#include "check/fingerprint.h"
#include "reader/read_document.h"
#include "rules/report/gate.h"

namespace nianbao {

CheckOptions CheckOptions::from_json(std::string_view json) {
    CheckOptions o;
    auto j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return o;
    if (j.contains("edition") && j["edition"].is_string()) o.edition = j["edition"].get<std::string>();
    if (j.contains("kind") && j["kind"].is_string()) o.kind = j["kind"].get<std::string>();
    if (j.contains("assume_report") && j["assume_report"].is_boolean()) o.assume_report = j["assume_report"].get<bool>();
    if (j.contains("file") && j["file"].is_string()) o.file = j["file"].get<std::string>();
    if (j.contains("previous") && j["previous"].is_object()) {
        const auto& p = j["previous"];
        if (p.contains("text") && p["text"].is_string()) o.previous_text = p["text"].get<std::string>();
        if (p.contains("file") && p["file"].is_string()) o.previous_file = p["file"].get<std::string>();
    }
    if (j.contains("decisions") && (j["decisions"].is_array() || j["decisions"].is_object())) {
        // The page hands over its stored decisions as the export's list, or a whole file.
        std::string ignored;
        if (auto parsed = decisions_from_json(j["decisions"], ignored)) o.decisions = std::move(*parsed);
    }
    if (j.contains("hide_dismissed") && j["hide_dismissed"].is_boolean()) o.hide_dismissed = j["hide_dismissed"].get<bool>();
    return o;
}

namespace {

// Which edition's tables the report uses, when no year tells (most specific first).
const Edition* edition_from_tables(const Document& doc, const EditionSet& editions) {
    for (const auto& t : doc.tables)
        if (!t.edition.empty())
            if (const Edition* e = editions.find(t.edition)) return e;
    return nullptr;
}

void choose_edition(Result& r, const CheckOptions& options, const EditionSet& editions) {
    if (options.edition != "auto") {
        if ((r.edition = editions.find(options.edition))) {
            r.edition_reason = "用户指定 " + r.edition->id + " 年版格式";
            return;
        }
    }
    const Meta& m = r.doc.meta;
    if (m.year) {
        r.edition = editions.for_year(*m.year);
        if (r.edition) {
            const std::string source = m.year_source == "title"    ? "标题"
                                       : m.year_source == "period" ? "统计期限"
                                       : m.year_source == "body"   ? "正文"
                                                                   : "发布日期";
            r.edition_reason = "报告年度 " + std::to_string(*m.year) + "（据" + source + "）→ " + r.edition->id +
                               " 年版格式（" + r.edition->name + "）";
            return;
        }
    }
    if ((r.edition = edition_from_tables(r.doc, editions))) {
        r.edition_reason = "未找到报告年度，按统计表格式判断为 " + r.edition->id + " 年版";
        return;
    }
    r.edition = editions.all().empty() ? nullptr : &editions.all().back();
    if (r.edition) r.edition_reason = "未找到报告年度，默认按现行 " + r.edition->id + " 年版格式检查";
}

void choose_kind(Result& r, const CheckOptions& options) {
    if (options.kind == "department") r.kind = AgencyKind::Department;
    else if (options.kind == "government") r.kind = AgencyKind::Government;
    else r.kind = r.doc.meta.kind;
}

// Sorted by position, then severity (worst first), then rule id; exact repeats removed.
void sort_and_dedupe(std::vector<Finding>& f, const NormalizedText& text) {
    auto key = [&](const Finding& x) { return x.original ? *x.original : text.to_original(x.span); };
    std::stable_sort(f.begin(), f.end(), [&](const Finding& a, const Finding& b) {
        const Span ka = key(a), kb = key(b);
        return std::tie(ka.begin, ka.end, b.severity, a.rule) < std::tie(kb.begin, kb.end, a.severity, b.rule);
    });
    f.erase(std::unique(f.begin(), f.end(),
                        [&](const Finding& a, const Finding& b) {
                            return a.rule == b.rule && key(a) == key(b) && a.message == b.message;
                        }),
            f.end());
}

}  // namespace

std::unique_ptr<Result> read_report(std::string text, const CheckOptions& options) {
    auto r = std::make_unique<Result>(std::move(text));
    r->file = options.file;
    if (r->source.size() > kMaxInputBytes) {
        r->error = "输入过大（" + std::to_string(r->source.size() / (1024 * 1024)) + " MB），超过 " +
                   std::to_string(kMaxInputBytes / (1024 * 1024)) + " MB 的上限，未检查";
        return r;
    }
    const EditionSet& editions = EditionSet::builtin();
    r->normalized = normalize(r->source);
    r->doc = read_document(r->normalized, editions);
    choose_edition(*r, options, editions);
    choose_kind(*r, options);
    return r;
}

std::unique_ptr<Result> check(std::string text, const CheckOptions& options) {
    auto r = read_report(std::move(text), options);
    if (r->error || !r->edition) return r;

    // Last year's report is only read: the cross-year rules look at its document, not its findings.
    std::optional<PreviousReport> previous;
    if (options.previous_text) {
        CheckOptions last;
        last.kind = options.kind;  // the edition stays auto: last year may be in another format
        last.file = options.previous_file;
        r->previous = read_report(*options.previous_text, last);
        if (r->previous->edition && !r->previous->error)
            previous.emplace(PreviousReport{r->previous->doc, *r->previous->edition, r->previous->doc.meta.year,
                                            options.previous_file});
    }

    Findings findings;
    const CheckContext ctx{r->doc, *r->edition, r->kind, r->doc.meta.year, previous ? &*previous : nullptr};
    if (!options.assume_report && !looks_like_annual_report(r->doc)) {
        rule_report_not_annual_report.run(ctx, findings);
    } else {
        for (const Rule* rule : all_rules())
            if (rule != &rule_report_not_annual_report) rule->run(ctx, findings);
    }
    // Whole-document findings without a span point at the title, or else the first line.
    for (Finding& f : findings.all()) {
        if (f.span.empty() && !f.original && f.span.begin == 0) {
            if (!r->doc.meta.title_span.empty()) f.span = r->doc.meta.title_span;
            else
                for (const Line& l : r->doc.lines)
                    if (!l.blank) {
                        f.span = l.span;
                        break;
                    }
        }
    }
    r->findings = std::move(findings.all());
    sort_and_dedupe(r->findings, r->normalized);
    assign_fingerprints(r->findings, r->normalized);
    apply_decisions(r->findings, options.decisions, options.hide_dismissed);
    return r;
}

}  // namespace nianbao
