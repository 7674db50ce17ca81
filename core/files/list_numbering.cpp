#include "files/list_numbering.h"

#include <cstdlib>

#include "files/list_number_format.h"
#include "files/word_names.h"

namespace nianbao::files {

namespace {

int int_attr(const pugi::xml_node& node, const std::string& attr, int fallback) {
    const auto a = node.attribute(attr.c_str());
    if (!a) return fallback;
    return static_cast<int>(std::strtol(a.value(), nullptr, 10));
}

bool in_range(int ilvl) { return ilvl >= 0 && ilvl < ListNumbering::kLevels; }

}  // namespace

ListNumbering ListNumbering::read(const pugi::xml_document& numbering, const pugi::xml_document& styles) {
    ListNumbering out;
    if (const auto root = numbering.document_element()) {
        const WordNames w = WordNames::of(root);
        std::map<int, Levels> abstract;
        for (const auto& an : root.children(w.abstract_num.c_str())) {
            Levels levels;
            for (const auto& lvl : an.children(w.lvl.c_str())) {
                const int i = int_attr(lvl, w.ilvl, -1);
                if (!in_range(i)) continue;
                Level& l = levels[static_cast<size_t>(i)];
                l.start = int_attr(lvl.child(w.start.c_str()), w.val, 1);
                if (const auto f = lvl.child(w.num_fmt.c_str())) l.format = f.attribute(w.val.c_str()).value();
                if (const auto t = lvl.child(w.lvl_text.c_str())) l.text = t.attribute(w.val.c_str()).value();
                if (const auto s = lvl.child(w.suff.c_str())) l.suffix = s.attribute(w.val.c_str()).value();
                if (const auto g = lvl.child(w.is_lgl.c_str()))
                    l.legal = std::string_view(g.attribute(w.val.c_str()).as_string("true")) != "false" &&
                              std::string_view(g.attribute(w.val.c_str()).as_string("1")) != "0";
                if (const auto s = lvl.child(w.p_style.c_str())) l.style = s.attribute(w.val.c_str()).value();
            }
            abstract[int_attr(an, w.abstract_num_id, -1)] = levels;
        }
        for (const auto& num : root.children(w.num.c_str())) {
            const int id = int_attr(num, w.num_id, -1);
            const auto found = abstract.find(int_attr(num.child(w.abstract_num_id.c_str()), w.val, -1));
            if (found == abstract.end()) continue;
            Levels levels = found->second;
            for (const auto& o : num.children(w.lvl_override.c_str())) {
                const int i = int_attr(o, w.ilvl, -1);
                if (!in_range(i)) continue;
                if (const auto s = o.child(w.start_override.c_str()))
                    levels[static_cast<size_t>(i)].start = int_attr(s, w.val, 1);
            }
            out.lists_[id] = levels;
        }
    }
    if (const auto root = styles.document_element()) {
        const WordNames w = WordNames::of(root);
        for (const auto& s : root.children(w.style.c_str())) {
            StyleNumbering sn;
            if (const auto b = s.child(w.based_on.c_str())) sn.based_on = b.attribute(w.val.c_str()).value();
            const auto num_pr = s.child(w.p_pr.c_str()).child(w.num_pr.c_str());
            if (const auto id = num_pr.child(w.num_id.c_str())) sn.num_id = int_attr(id, w.val, 0);
            if (const auto lv = num_pr.child(w.ilvl.c_str())) sn.ilvl = int_attr(lv, w.val, 0);
            out.styles_[s.attribute(w.style_id.c_str()).value()] = sn;
        }
    }
    return out;
}

std::optional<std::pair<int, int>> ListNumbering::numbering_of_style(const std::string& style_id) const {
    std::string id = style_id;
    std::optional<int> ilvl;
    for (int hops = 0; hops < 32 && !id.empty(); ++hops) {  // basedOn chains may loop in a bad file
        const auto s = styles_.find(id);
        if (s == styles_.end()) return std::nullopt;
        if (!ilvl && s->second.ilvl) ilvl = s->second.ilvl;
        if (s->second.num_id) {
            const int num_id = *s->second.num_id;
            if (!ilvl) {  // the level bound to this style in the list definition, else the first
                ilvl = 0;
                if (const auto list = lists_.find(num_id); list != lists_.end())
                    for (int i = 0; i < kLevels; ++i)
                        if (list->second[static_cast<size_t>(i)].style == style_id) ilvl = i;
            }
            return std::make_pair(num_id, *ilvl);
        }
        id = s->second.based_on;
    }
    return std::nullopt;
}

std::string ListNumbering::label_for(const pugi::xml_node& p_pr, const std::string& num_pr_name,
                                     const std::string& ilvl_name, const std::string& num_id_name,
                                     const std::string& p_style_name, const std::string& val) {
    if (lists_.empty()) return "";
    std::optional<std::pair<int, int>> from_style;
    if (const auto style = p_pr.child(p_style_name.c_str()))
        from_style = numbering_of_style(style.attribute(val.c_str()).value());
    const auto num_pr = p_pr.child(num_pr_name.c_str());
    int num_id = from_style ? from_style->first : 0;
    int ilvl = from_style ? from_style->second : 0;
    if (const auto id = num_pr.child(num_id_name.c_str())) num_id = int_attr(id, val, 0);
    if (const auto lv = num_pr.child(ilvl_name.c_str())) ilvl = int_attr(lv, val, 0);
    if (num_id <= 0 || !in_range(ilvl)) return "";  // numId 0: numbering switched off
    return label(num_id, ilvl);
}

std::string ListNumbering::label(int num_id, int ilvl) {
    const auto list = lists_.find(num_id);
    if (list == lists_.end()) return "";
    const Levels& levels = list->second;
    auto& counters = counters_[num_id];
    const auto lv = static_cast<size_t>(ilvl);
    counters[lv] = counters[lv] == 0 ? levels[lv].start : counters[lv] + 1;
    for (size_t deeper = lv + 1; deeper < kLevels; ++deeper) counters[deeper] = 0;  // restart below

    const Level& level = levels[lv];
    if (level.format == "bullet" || level.format == "none") return "";
    std::string out;
    const std::string& t = level.text;
    for (size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
            const auto k = static_cast<size_t>(t[i + 1] - '1');
            const int value = counters[k] == 0 ? levels[k].start : counters[k];
            out += format_list_number(value, level.legal && k != lv ? "decimal" : levels[k].format);
            ++i;
        } else {
            out += t[i];
        }
    }
    if (out.empty() || level.suffix == "nothing") return out;
    // A tab or space after "一、" or "（二）" is layout, not text; after "1" or "1." it separates.
    const unsigned char last = static_cast<unsigned char>(out.back());
    return last >= 0x80 ? out : out + " ";
}

}  // namespace nianbao::files
