// Reader step: numbers in prose. Lists with a total ("共…350条。其中…其余174条") go to
// doc.prose_lists for narrative.sum; figures that restate tables 三 and 四 ("收到申请3件",
// "行政复议351件") go to doc.prose_figures for narrative.table. The work is in reader/prose/.
#include "reader/prose/prose_figures.h"
#include "reader/prose/prose_lists.h"
#include "reader/prose/prose_text.h"
#include "reader/read_document.h"

namespace nianbao {

void read_prose_numbers(Document& doc, const EditionSet&) {
    if (doc.text == nullptr) return;
    const prose::FigureContext context = prose::figure_context(doc);
    for (const prose::Paragraph& paragraph : prose::paragraphs(doc)) {
        // Figures are ASCII digits after normalization; a paragraph without one has nothing here.
        if (paragraph.text.find_first_of("0123456789") == std::string::npos) continue;
        // Bracket depths once per paragraph: the tokens and the lists both need them.
        const std::vector<int> depth = prose::bracket_depths(paragraph.text);
        const std::vector<prose::Token> tokens = prose::tokens(paragraph, depth);
        if (tokens.empty()) continue;
        prose::find_lists(paragraph, tokens, depth, doc.prose_lists);
        prose::find_figures(paragraph, tokens, context, doc.prose_figures);
    }
}

}  // namespace nianbao
