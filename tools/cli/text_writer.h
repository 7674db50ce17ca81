#pragma once
// The human-readable report: `file:line:column: severity rule message`, the source line and a caret
// line aligned under CJK text (U+3000 pads full-width characters), then a summary line.
#include <ostream>
#include <vector>

#include "check/check.h"

namespace nianbao::cli {

// One report at a time (a batch never holds every Result), then the summary line.
class TextWriter {
public:
    TextWriter(std::ostream& out, bool color) : out_(out), color_(color) {}
    void add(const Result& result);
    void finish();

private:
    std::ostream& out_;
    bool color_;
    size_t reports_ = 0;
    int totals_[3] = {0, 0, 0};
    int dismissed_ = 0;  // findings a reviewer dismissed (--baseline): listed, not counted
};

}  // namespace nianbao::cli
