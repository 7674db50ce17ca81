#include "output/json_report.h"

#include "output/location.h"

#include <algorithm>
#include <array>
#include <queue>

namespace nianbao {

namespace {

using nlohmann::json;

json str_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

const char* status_key(int worst) {
    switch (worst) {
        case 0: return "info";
        case 1: return "warning";
        case 2: return "error";
        default: return "ok";
    }
}

json number_json(const Number& n) {
    if (!n.valid || n.overflow) return nullptr;
    if (n.integral) return static_cast<long long>(n.value);
    return static_cast<double>(n.value);
}

json meta_json(const Result& r) {
    const Meta& m = r.doc.meta;
    json j;
    j["title"] = str_or_null(m.title);
    j["agency"] = str_or_null(m.agency);
    const char* kind = agency_kind_key(r.kind);
    j["kind"] = kind ? json(kind) : json(nullptr);
    j["kind_reason"] = str_or_null(m.kind_reason);
    j["year"] = m.year ? json(*m.year) : json(nullptr);
    j["edition"] = r.edition ? json(r.edition->id) : json(nullptr);
    j["edition_reason"] = str_or_null(r.edition_reason);
    j["published"] = m.published ? json(m.published->iso()) : json(nullptr);
    j["published_source"] = str_or_null(m.published_source);
    if (m.published && r.edition) {
        const auto it = r.edition->deadlines.find(r.kind == AgencyKind::Government ? "government" : "department");
        if (it != r.edition->deadlines.end() && m.year) {
            Date d{*m.year + 1, it->second.month, it->second.day, {}};
            j["deadline"] = d.iso();
        }
    }
    if (m.period) j["period"] = {{"from", m.period->from.iso()}, {"to", m.period->to.iso()}};
    else j["period"] = nullptr;
    j["script"] = r.normalized.script == Script::Unknown ? json(nullptr) : json(script_key(r.normalized.script));
    return j;
}

}  // namespace

json report_json(const Result& r) {
    json rep;
    rep["file"] = r.file ? json(*r.file) : json(nullptr);
    if (r.error) {
        rep["error"] = *r.error;
        rep["meta"] = nullptr;
        rep["sections"] = json::array();
        rep["tables"] = json::array();
        rep["findings"] = json::array();
        rep["summary"] = {{"error", 0}, {"warning", 0}, {"info", 0}};
        return rep;
    }
    rep["meta"] = meta_json(r);
    // Which report this one was compared with (CLI --previous, a pairing in a batch, the page's slot).
    if (r.previous) {
        const Meta& pm = r.previous->doc.meta;
        rep["previous"] = {{"file", r.previous->file ? json(*r.previous->file) : json(nullptr)},
                           {"year", pm.year ? json(*pm.year) : json(nullptr)},
                           {"agency", pm.agency.empty() ? json(nullptr) : json(pm.agency)},
                           {"title", pm.title.empty() ? json(nullptr) : json(pm.title)}};
    }

    const Document& doc = r.doc;
    std::vector<Location> finding_locs;
    finding_locs.reserve(r.findings.size());
    for (const Finding& f : r.findings) finding_locs.push_back(locate(r, f));

    // Worst severity of the findings whose span starts inside [start, end) (original UTF-16).
    // Per-severity prefix counts over the starts in order: O(log n) per section or table, so a
    // document with 100 000 sections and findings stays linear-ish instead of sections × findings.
    std::vector<uint32_t> starts;
    starts.reserve(r.findings.size());
    for (const Location& l : finding_locs) starts.push_back(l.start);
    std::vector<size_t> order(r.findings.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return starts[a] < starts[b]; });
    std::vector<uint32_t> sorted_starts(order.size());
    std::vector<std::array<uint32_t, 3>> seen(order.size() + 1, {0, 0, 0});  // seen[i][s]: among the first i
    for (size_t i = 0; i < order.size(); ++i) {
        sorted_starts[i] = starts[order[i]];
        seen[i + 1] = seen[i];
        // A dismissed finding no longer colours its section or table.
        if (r.findings[order[i]].decision != "dismissed") ++seen[i + 1][static_cast<int>(r.findings[order[i]].severity)];
    }
    auto worst_in = [&](uint32_t start, uint32_t end) {
        const size_t lo = std::lower_bound(sorted_starts.begin(), sorted_starts.end(), start) - sorted_starts.begin();
        const size_t hi = std::lower_bound(sorted_starts.begin(), sorted_starts.end(), end) - sorted_starts.begin();
        if (hi <= lo) return -1;
        for (int s = 2; s >= 0; --s)
            if (seen[hi][s] > seen[lo][s]) return s;
        return -1;
    };

    json sections = json::array();
    std::vector<Location> section_locs;
    for (const Section& s : doc.sections) {
        const Span whole{s.heading.begin, std::max(s.heading.end, s.body.end)};
        const Location loc = locate_normalized(r, whole);
        section_locs.push_back(loc);
        json js;
        js["heading"] = std::string(doc.slice(s.heading));
        js["topic"] = str_or_null(s.topic);
        js["level"] = s.level;
        js["number"] = s.number;
        js["title"] = s.title;
        js["parent"] = s.parent >= 0 ? json(s.parent) : json(nullptr);
        js["start"] = loc.start;
        js["end"] = loc.end;
        js["line"] = loc.line;
        js["status"] = status_key(worst_in(loc.start, loc.end));
        sections.push_back(std::move(js));
    }
    rep["sections"] = std::move(sections);

    json tables = json::array();
    for (const Table& t : doc.tables) {
        const Location loc = locate_normalized(r, t.span);
        json jt;
        jt["topic"] = t.topic;
        jt["edition"] = str_or_null(t.edition);
        jt["start"] = loc.start;
        jt["end"] = loc.end;
        jt["line"] = loc.line;
        jt["rows"] = t.cells.size();
        jt["cols"] = t.cells.empty() ? t.col_labels.size() : t.cells.front().size();
        jt["status"] = status_key(worst_in(loc.start, loc.end));
        jt["layout"] = str_or_null(t.layout);
        // Cells that ran together: "split" (divided the only way the format allows), "unsplit" (not checked).
        if (t.fused_digits != Table::FusedDigits::None)
            jt["fused_digits"] = t.fused_digits == Table::FusedDigits::Split ? "split" : "unsplit";
        jt["row_keys"] = t.row_keys;
        jt["col_keys"] = t.col_keys;
        jt["row_labels"] = t.row_labels;
        jt["col_labels"] = t.col_labels;
        // Cells are most of the nodes of a report: built with the keys inserted in their sorted
        // order at the end of the map (no comparisons), into arrays reserved to their size.
        json rows = json::array();
        rows.get_ref<json::array_t&>().reserve(t.cells.size());
        for (const auto& row : t.cells) {
            json cells = json::array();
            auto& cell_array = cells.get_ref<json::array_t&>();
            cell_array.reserve(row.size());
            for (const Cell& c : row) {
                const Utf16Range cl = locate_utf16(r, c.span);
                json::object_t jc;
                jc.emplace_hint(jc.end(), "end", cl.end);
                jc.emplace_hint(jc.end(), "raw", c.blank ? json(nullptr) : json(c.number.valid ? c.number.raw : c.text));
                jc.emplace_hint(jc.end(), "start", cl.start);
                jc.emplace_hint(jc.end(), "value", c.blank ? json(nullptr) : number_json(c.number));
                cell_array.emplace_back(std::move(jc));
            }
            rows.get_ref<json::array_t&>().push_back(std::move(cells));
        }
        jt["cells"] = std::move(rows);
        tables.push_back(std::move(jt));
    }
    rep["tables"] = std::move(tables);

    // Innermost section containing each finding's start: the highest section index k with
    // start_k <= start < end_k. One sweep over the starts in order with a max-heap of the open
    // sections (a section whose end is passed never contains a later start), not findings × sections.
    std::vector<int> finding_section(r.findings.size(), -1);
    {
        std::vector<size_t> by_start(section_locs.size());
        for (size_t k = 0; k < by_start.size(); ++k) by_start[k] = k;
        std::stable_sort(by_start.begin(), by_start.end(),
                         [&](size_t a, size_t b) { return section_locs[a].start < section_locs[b].start; });
        std::priority_queue<size_t> open;
        size_t next = 0;
        for (size_t idx : order) {
            const uint32_t pos = starts[idx];
            while (next < by_start.size() && section_locs[by_start[next]].start <= pos) open.push(by_start[next++]);
            // The heap holds every section with start <= pos; drop those that ended at or before pos,
            // from the top, until the highest index still open is one that contains pos.
            while (!open.empty() && section_locs[open.top()].end <= pos) open.pop();
            if (!open.empty()) finding_section[idx] = static_cast<int>(open.top());
        }
    }

    json findings = json::array();
    int counts[3] = {0, 0, 0};
    int dismissed = 0;
    for (size_t i = 0; i < r.findings.size(); ++i) {
        const Finding& f = r.findings[i];
        const Location& loc = finding_locs[i];
        // A dismissed finding is counted apart: it no longer makes the report fail.
        if (f.decision == "dismissed") ++dismissed;
        else ++counts[static_cast<int>(f.severity)];
        json jf;
        jf["rule"] = f.rule;
        jf["severity"] = severity_key(f.severity);
        jf["message"] = f.message;
        const int section = finding_section[i];
        jf["section"] = section >= 0 ? json(section) : json(nullptr);
        jf["start"] = loc.start;
        jf["end"] = loc.end;
        jf["line"] = loc.line;
        jf["column"] = loc.column;
        jf["end_line"] = loc.end_line;
        jf["end_column"] = loc.end_column;
        jf["expected"] = f.expected ? json(*f.expected) : json(nullptr);
        jf["actual"] = f.actual ? json(*f.actual) : json(nullptr);
        jf["basis"] = str_or_null(f.basis);
        jf["fingerprint"] = f.fingerprint;
        if (!f.decision.empty()) jf["decision"] = {{"status", f.decision}, {"note", f.decision_note}};
        findings.push_back(std::move(jf));
    }
    rep["findings"] = std::move(findings);
    rep["summary"] = {{"error", counts[2]}, {"warning", counts[1]}, {"info", counts[0]}};
    if (dismissed > 0) rep["summary"]["dismissed"] = dismissed;
    return rep;
}

json results_json(const std::vector<const Result*>& results) {
    json doc;
    doc["schema"] = kSchemaVersion;
    doc["tool"] = {{"name", kToolName}, {"version", kToolVersion}};
    json reports = json::array();
    for (const Result* r : results) reports.push_back(report_json(*r));
    doc["reports"] = std::move(reports);
    return doc;
}

std::string dump(const nlohmann::json& j) {
    // Invalid UTF-8 in the input must not make the dump throw: replace it.
    return j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

JsonReportsWriter::JsonReportsWriter(std::ostream& out) : reports_(out, results_json({}), "reports") {}

void JsonReportsWriter::add(const Result& result) { reports_.add(report_json(result)); }

void JsonReportsWriter::finish() { reports_.finish(); }

}  // namespace nianbao
