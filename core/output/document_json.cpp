#include "output/document_json.h"

#include "output/location.h"

namespace nianbao {

namespace {
using nlohmann::json;

json where(const Result& r, Span s) {
    const Location l = locate_normalized(r, s);
    return {{"start", l.start}, {"end", l.end}, {"line", l.line}, {"column", l.column},
            {"text", std::string(r.doc.slice(s)).substr(0, 200)}};
}

json number(const Result& r, const Number& n) {
    json j = where(r, n.span);
    j["raw"] = n.raw;
    j["valid"] = n.valid;
    if (n.valid) j["value"] = static_cast<double>(n.value);
    if (!n.unit.empty()) j["unit"] = n.unit;
    return j;
}

json date(const Result& r, const Date& d) {
    json j = where(r, d.span);
    j["date"] = d.iso();
    return j;
}
}  // namespace

json document_json(const Result& r) {
    const Document& doc = r.doc;
    json j;
    j["file"] = r.file ? json(*r.file) : json(nullptr);
    if (r.error) {
        j["error"] = *r.error;
        return j;
    }
    const Meta& m = doc.meta;
    j["meta"] = {{"title", m.title},
                 {"title_year", m.title_year ? json(*m.title_year) : json(nullptr)},
                 {"agency", m.agency},
                 {"kind", agency_kind_key(m.kind) ? json(agency_kind_key(m.kind)) : json(nullptr)},
                 {"kind_reason", m.kind_reason},
                 {"year", m.year ? json(*m.year) : json(nullptr)},
                 {"year_source", m.year_source},
                 {"published", m.published ? json(m.published->iso()) : json(nullptr)},
                 {"published_source", m.published_source},
                 {"period", m.period ? json({{"from", m.period->from.iso()}, {"to", m.period->to.iso()}}) : json(nullptr)},
                 {"source_agency", m.source_agency},
                 {"doc_number", m.doc_number},
                 {"script", script_key(r.normalized.script)},
                 {"edition", r.edition ? json(r.edition->id) : json(nullptr)},
                 {"edition_reason", r.edition_reason}};
    json sections = json::array();
    for (const Section& s : doc.sections) {
        json js = where(r, s.heading);
        js["level"] = s.level;
        js["number"] = s.number;
        js["ordinal"] = s.ordinal;
        js["title"] = s.title;
        js["topic"] = s.topic;
        js["parent"] = s.parent;
        js["number_lost"] = s.number_lost;
        js["body"] = {{"start", locate_normalized(r, s.body).start}, {"end", locate_normalized(r, s.body).end}};
        sections.push_back(std::move(js));
    }
    j["sections"] = std::move(sections);
    json tables = json::array();
    for (const Table& t : doc.tables) {
        json jt = where(r, t.span);
        jt.erase("text");
        jt["topic"] = t.topic;
        jt["edition"] = t.edition;
        jt["layout"] = t.layout;
        // Cells that ran together: "split" (divided the only way the format allows), "unsplit" (not checked).
        if (t.fused_digits != Table::FusedDigits::None)
            jt["fused_digits"] = t.fused_digits == Table::FusedDigits::Split ? "split" : "unsplit";
        jt["row_keys"] = t.row_keys;
        jt["col_keys"] = t.col_keys;
        jt["row_labels"] = t.row_labels;
        jt["col_labels"] = t.col_labels;
        jt["missing_rows"] = t.missing_rows;
        jt["missing_cols"] = t.missing_cols;
        jt["unknown_rows"] = t.unknown_rows;
        jt["foreign_labels"] = t.foreign_labels;
        jt["total_rows"] = t.total_rows;
        jt["total_cols"] = t.total_cols;
        jt["row_parent"] = t.row_parent;
        json rows = json::array();
        for (const auto& row : t.cells) {
            json cells = json::array();
            for (const Cell& c : row) {
                json jc = where(r, c.span);
                jc["blank"] = c.blank;
                if (c.number.valid) jc["value"] = static_cast<double>(c.number.value);
                if (!c.text.empty()) jc["cell_text"] = c.text;
                cells.push_back(std::move(jc));
            }
            rows.push_back(std::move(cells));
        }
        jt["cells"] = std::move(rows);
        tables.push_back(std::move(jt));
    }
    j["tables"] = std::move(tables);
    json dates = json::array();
    for (const Date& d : doc.dates) dates.push_back(date(r, d));
    j["dates"] = std::move(dates);
    json bad = json::array();
    for (const MalformedDate& d : doc.malformed_dates) {
        json jd = where(r, d.span);
        jd["reason"] = d.reason;
        jd["likely"] = d.likely ? json(d.likely->iso()) : json(nullptr);
        bad.push_back(std::move(jd));
    }
    j["malformed_dates"] = std::move(bad);
    json lists = json::array();
    for (const ProseList& p : doc.prose_lists) {
        json jl = where(r, p.span);
        jl["total"] = number(r, p.total);
        json parts = json::array();
        for (const Number& n : p.parts) parts.push_back(number(r, n));
        jl["parts"] = std::move(parts);
        jl["part_labels"] = p.part_labels;
        jl["stated_count"] = p.stated_count;
        jl["exhaustive"] = p.exhaustive;
        lists.push_back(std::move(jl));
    }
    j["prose_lists"] = std::move(lists);
    json figures = json::array();
    for (const ProseFigure& f : doc.prose_figures) {
        json jf = where(r, f.span);
        jf["key"] = f.key;
        jf["number"] = number(r, f.number);
        figures.push_back(std::move(jf));
    }
    j["prose_figures"] = std::move(figures);
    json artifacts = json::array();
    for (const Artifact& a : doc.artifacts) {
        json ja = where(r, a.span);
        ja["kind"] = artifact_kind_label(a.kind);
        artifacts.push_back(std::move(ja));
    }
    j["artifacts"] = std::move(artifacts);
    json garbled = json::array();
    for (const GarbledRun& g : doc.garbled) {
        json jg = where(r, g.span);
        jg["reason"] = g.reason;
        garbled.push_back(std::move(jg));
    }
    j["garbled"] = std::move(garbled);
    json placeholders = json::array();
    for (const Placeholder& p : doc.placeholders) placeholders.push_back(where(r, p.span));
    j["placeholders"] = std::move(placeholders);
    json pinyin = json::array();
    for (const PinyinAnnotation& p : r.normalized.pinyin) {
        const Location l = locate_original(r, p.original);
        pinyin.push_back({{"start", l.start}, {"end", l.end}, {"line", l.line}, {"column", l.column}});
    }
    j["pinyin"] = std::move(pinyin);
    json lines = json::array();
    for (size_t i = 0; i < doc.lines.size(); ++i)
        if (doc.lines[i].clutter) lines.push_back(i + 1);
    j["clutter_lines"] = std::move(lines);
    return j;
}

}  // namespace nianbao
