#include "files/word_names.h"

#include <cstring>
#include <string_view>

namespace nianbao::files {

namespace {

constexpr std::string_view kWordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

// "w:" for xmlns:w="…", "" for a default namespace, the conventional prefix when undeclared.
std::string prefix_for(const pugi::xml_node& root, std::string_view uri, std::string_view uri2,
                       std::string_view fallback) {
    for (const auto& a : root.attributes()) {
        const std::string_view name = a.name();
        const std::string_view value = a.value();
        if (value != uri && (uri2.empty() || value != uri2)) continue;
        if (name == "xmlns") return "";
        if (name.substr(0, 6) == "xmlns:") return std::string(name.substr(6)) + ":";
    }
    return std::string(fallback);
}

}  // namespace

WordNames WordNames::of(const pugi::xml_node& root) {
    const std::string w = prefix_for(root, kWordMain, kWordStrict, "w:");
    const std::string mc = prefix_for(root, kMarkupCompatibility, "", "mc:");
    WordNames n;
    n.p = w + "p", n.r = w + "r", n.t = w + "t", n.tab = w + "tab", n.br = w + "br", n.cr = w + "cr";
    n.no_break_hyphen = w + "noBreakHyphen";
    n.tbl = w + "tbl", n.tr = w + "tr", n.tc = w + "tc", n.tc_pr = w + "tcPr", n.tr_pr = w + "trPr";
    n.grid_span = w + "gridSpan", n.grid_before = w + "gridBefore", n.v_merge = w + "vMerge";
    n.del = w + "del", n.move_from = w + "moveFrom", n.ins = w + "ins", n.move_to = w + "moveTo";
    n.instr_text = w + "instrText", n.del_text = w + "delText";
    n.p_pr = w + "pPr", n.r_pr = w + "rPr", n.num_pr = w + "numPr", n.ilvl = w + "ilvl", n.num_id = w + "numId";
    n.p_style = w + "pStyle", n.txbx_content = w + "txbxContent";
    n.sdt = w + "sdt", n.sdt_content = w + "sdtContent", n.sdt_pr = w + "sdtPr", n.custom_xml = w + "customXml";
    n.smart_tag = w + "smartTag", n.hyperlink = w + "hyperlink", n.fld_simple = w + "fldSimple";
    n.footnote = w + "footnote", n.endnote = w + "endnote", n.type = w + "type", n.val = w + "val";
    n.abstract_num = w + "abstractNum", n.abstract_num_id = w + "abstractNumId", n.num = w + "num";
    n.lvl = w + "lvl", n.start = w + "start", n.num_fmt = w + "numFmt", n.lvl_text = w + "lvlText";
    n.suff = w + "suff", n.is_lgl = w + "isLgl", n.lvl_override = w + "lvlOverride";
    n.start_override = w + "startOverride", n.style = w + "style", n.style_id = w + "styleId";
    n.based_on = w + "basedOn", n.ruby_text = w + "rt";
    n.drawing = w + "drawing", n.pict = w + "pict", n.object = w + "object";
    n.mc_alternate = mc + "AlternateContent", n.mc_choice = mc + "Choice", n.mc_fallback = mc + "Fallback";
    return n;
}

}  // namespace nianbao::files
