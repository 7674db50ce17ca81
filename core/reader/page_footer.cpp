// The one page-footer test (it replaced three that accepted slightly different spellings: this one
// accepts their union, except "N/M" with N > M, which is more often a date or a ratio than a page).
#include "reader/page_footer.h"

#include <array>

namespace nianbao {

namespace {

constexpr size_t kMaxPageDigits = 4;

// Reads a line left to right, skipping white space; every step either consumes or fails, so a
// line that is not a footer is rejected at its first character that does not fit.
class FooterCursor {
public:
    explicit FooterCursor(std::string_view s) : s_(s) {}

    bool at_end() {
        skip_space();
        return i_ == s_.size();
    }
    bool word(std::string_view w) {
        skip_space();
        if (s_.substr(i_, w.size()) != w) return false;
        i_ += w.size();
        return true;
    }
    // A page number: 1–4 digits (spaces inside are the layout's, "1 2" is 12).
    bool number(unsigned& value) {
        size_t digits = 0;
        value = 0;
        while (true) {
            skip_space();
            if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') break;
            if (++digits > kMaxPageDigits) return false;
            value = value * 10 + static_cast<unsigned>(s_[i_++] - '0');
        }
        return digits > 0;
    }
    // One or two dashes of any kind: "-", "—", "–", "——".
    bool dashes() {
        static constexpr std::array<std::string_view, 3> kDashes = {"-", "—", "–"};
        int n = 0;
        for (bool more = true; more && n < 2;) {
            more = false;
            for (std::string_view d : kDashes)
                if (word(d)) {
                    ++n;
                    more = true;
                    break;
                }
        }
        return n > 0;
    }
    // "第4页", "共6页".
    bool page_part(std::string_view head) {
        unsigned n = 0;
        return word(head) && number(n) && word("页");
    }
    void separator() {
        if (!word(",")) {
            if (!word("/")) word("、");
        }
    }

private:
    std::string_view s_;
    size_t i_ = 0;
    void skip_space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
    }
};

bool dashed(std::string_view s) {
    FooterCursor c(s);
    unsigned n = 0;
    return c.dashes() && c.number(n) && c.dashes() && c.at_end();
}

// 第N页 and 共M页 in either order, the second optional after 第N页.
bool paged(std::string_view s) {
    FooterCursor c(s);
    if (c.page_part("第")) {
        c.separator();
        return c.at_end() || (c.page_part("共") && c.at_end());
    }
    FooterCursor d(s);
    if (!d.page_part("共")) return false;
    d.separator();
    return d.page_part("第") && d.at_end();
}

// "4/6": page of pages.
bool fraction(std::string_view s) {
    FooterCursor c(s);
    unsigned page = 0, pages = 0;
    return c.number(page) && c.word("/") && c.number(pages) && c.at_end() && page >= 1 && page <= pages && pages < 1000;
}

}  // namespace

bool is_page_footer(std::string_view line) { return dashed(line) || paged(line) || fraction(line); }

}  // namespace nianbao
