#include "document/document.h"

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
    int found = -1;
    for (size_t i = 0; i < sections.size(); ++i) {
        const Section& s = sections[i];
        if (pos >= s.heading.begin && pos < std::max(s.body.end, s.heading.end)) found = static_cast<int>(i);
        else if (s.heading.begin > pos) break;
    }
    return found;
}

int Document::top_section_at(uint32_t pos) const {
    int i = section_at(pos);
    while (i >= 0 && sections[i].parent >= 0) i = sections[i].parent;
    return i;
}

}  // namespace nianbao
