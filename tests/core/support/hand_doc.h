#pragma once
// A Document read from `text` by the prose step alone (no other reader involved), tables added by
// hand, and one rule run on it, for the narrative tests. Include after <catch2/catch.hpp>.
#include <string>
#include <vector>

#include "edition/edition.h"
#include "reader/read_document.h"
#include "rules/rule.h"
#include "text/normalized_text.h"
#include "text/source.h"

struct HandDoc {
    nianbao::NormalizedText normalized;
    nianbao::Document doc;
    std::string edition;
    HandDoc(const std::string& text, int year, std::string edition_id = "2019")
        : normalized(nianbao::normalize(nianbao::Source(text))), edition(std::move(edition_id)) {
        doc.text = &normalized;
        doc.meta.year = year;
        nianbao::read_prose_numbers(doc, nianbao::EditionSet::builtin());
    }
    std::vector<nianbao::Finding> run(const char* rule_id) const {
        const nianbao::Rule* rule = nianbao::find_rule(rule_id);
        REQUIRE(rule != nullptr);
        const nianbao::Edition* e = nianbao::EditionSet::builtin().find(edition);
        REQUIRE(e != nullptr);
        nianbao::CheckContext ctx{doc, *e, nianbao::AgencyKind::Department, doc.meta.year};
        nianbao::Findings findings;
        rule->run(ctx, findings);
        return findings.all();
    }
    std::string slice(nianbao::Span s) const { return std::string(doc.slice(s)); }
    const nianbao::ProseList* list_with_total(long double total) const {
        for (const nianbao::ProseList& l : doc.prose_lists)
            if (l.total.value == total) return &l;
        return nullptr;
    }
};
