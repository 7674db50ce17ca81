#include "document/document.h"

#include <algorithm>

namespace nianbao {

const char* agency_kind_key(AgencyKind k) {
    switch (k) {
        case AgencyKind::Department: return "department";
        case AgencyKind::Government: return "government";
        default: return nullptr;
    }
}

const char* artifact_kind_label(Artifact::Kind k) {
    switch (k) {
        case Artifact::Kind::Breadcrumb: return "网页导航";
        case Artifact::Kind::PageFurniture: return "网页页面元素";
        case Artifact::Kind::WordDebris: return "Word 域代码残留";
        case Artifact::Kind::PageFooter: return "页码";
        case Artifact::Kind::Attachment: return "附件文件名";
        case Artifact::Kind::DocumentFooter: return "公文版记";
    }
    return "";
}

int Document::section_at(uint32_t pos) const {
    // Sections are in document order and nest: take the last one that starts at or before pos,
    // then climb its parents until one still contains pos. O(log n + depth).
    auto it = std::upper_bound(sections.begin(), sections.end(), pos,
                               [](uint32_t p, const Section& s) { return p < s.heading.begin; });
    int i = static_cast<int>(it - sections.begin()) - 1;
    while (i >= 0) {
        const Section& s = sections[static_cast<size_t>(i)];
        if (pos < std::max(s.body.end, s.heading.end)) return i;
        i = s.parent;
    }
    return -1;
}

int Document::top_section_at(uint32_t pos) const {
    int i = section_at(pos);
    while (i >= 0 && sections[i].parent >= 0) i = sections[i].parent;
    return i;
}

}  // namespace nianbao
