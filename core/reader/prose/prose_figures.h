#pragma once
// Prose figures that restate a figure of tables 三 and 四: "全市共受理政府信息公开申请 3119 件",
// "上年度结转申请 34 件", "103 件顺延到下年度", "答复 3050 件", "行政复议 351 件", "行政诉讼 46 件".
// Only wording that says plainly which figure it is, for the report year, is taken.
// Keys: applications.new (本年新收), applications.received (received, in a sentence that also speaks
// of last year's applications: 本年新收, or 本年新收 + 上年结转), applications.carried_over,
// applications.carry_forward, applications.answered, review.total, litigation.total, and
// proactive.total (主动公开 N条, which 2008 annex tables hold as 主动公开信息数).
#include <optional>
#include <vector>

#include "document/document.h"
#include "reader/prose/prose_text.h"

namespace nianbao::prose {

struct FigureContext {
    std::optional<int> report_year;
    // Where section 三 (topic "applications") is, as ranges of the normalized text, in order: an
    // application sentence there need not say 公开 to be about disclosure applications.
    std::vector<Span> applications_sections;
    bool in_applications(uint32_t pos) const;
};

FigureContext figure_context(const Document& doc);

void find_figures(const Paragraph& p, const std::vector<Token>& tokens, const FigureContext& context,
                  std::vector<ProseFigure>& out);

}  // namespace nianbao::prose
