#pragma once
// WordprocessingML element names with the prefix the document itself binds to the namespace
// (almost always "w:", but the prefix is the writer's choice), so that "w:t" is never confused with
// DrawingML's "a:t" and a document written with another prefix still reads.
#include <string>

#include <pugixml.hpp>

namespace nianbao::files {

struct WordNames {
    std::string p, r, t, tab, br, cr, no_break_hyphen, tbl, tr, tc, tc_pr, tr_pr, grid_span, grid_before, v_merge,
        del, move_from, ins, move_to, instr_text, del_text, p_pr, r_pr, num_pr, ilvl, num_id, p_style, txbx_content,
        sdt, sdt_content, sdt_pr, custom_xml, smart_tag, hyperlink, fld_simple, footnote, endnote, type, val,
        abstract_num, abstract_num_id, num, lvl, start, num_fmt, lvl_text, suff, is_lgl, lvl_override,
        start_override, style, style_id, based_on, ruby_text, drawing, pict, object;
    std::string mc_alternate, mc_choice, mc_fallback;  // markup compatibility: one of Choice/Fallback

    // Prefixes from the xmlns declarations on `root` (the document element of a part).
    static WordNames of(const pugi::xml_node& root);
};

}  // namespace nianbao::files
