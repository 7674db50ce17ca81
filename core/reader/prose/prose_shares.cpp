// Shares stated after a count in prose (see prose_shares.h).
#include "reader/prose/prose_shares.h"

#include <array>
#include <cmath>

namespace nianbao::prose {

namespace {

// What may stand between a part and its share, after an optional comma: the share of the whole.
// "占全市的…", "占上年的…" name another base and are not here.
constexpr std::array<std::string_view, 9> kShareWords = {
    "占", "占比", "占比为", "占比达", "占总数的", "占总量的", "占全部的", "约占", "占到"};

}  // namespace

size_t share_after(std::string_view s, const std::vector<Token>& tokens, size_t part) {
    if (part + 1 >= tokens.size()) return kNoShare;
    const Token& count = tokens[part];
    const Token& share = tokens[part + 1];
    if (share.unit != "%" || share.depth < count.depth || share.begin < count.unit_end) return kNoShare;
    std::string_view gap = s.substr(count.unit_end, share.begin - count.unit_end);
    if (!gap.empty() && gap.front() == ',') gap.remove_prefix(1);
    // "1592条(76.9%)": the bracket closes right after the share.
    if (gap == "(") return share.unit_end < s.size() && s[share.unit_end] == ')' ? part + 1 : kNoShare;
    for (std::string_view w : kShareWords)
        if (gap == w) return part + 1;
    return kNoShare;
}

size_t share_end(std::string_view s, const Token& share) {
    return share.unit_end < s.size() && s[share.unit_end] == ')' ? share.unit_end + 1 : share.unit_end;
}

int written_decimals(const Number& share) {
    const size_t dot = share.raw.find('.');
    if (dot == std::string::npos) return 0;
    int n = 0;
    for (size_t i = dot + 1; i < share.raw.size() && share.raw[i] >= '0' && share.raw[i] <= '9'; ++i) ++n;
    return n;
}

bool shares_complete(const std::vector<Number>& shares) {
    if (shares.empty()) return false;
    long double sum = 0, slack = 0;
    for (const Number& share : shares) {
        if (!share.valid) return false;
        sum += share.value;
        slack += 0.5L * std::pow(10.0L, -written_decimals(share));
    }
    return std::fabs(sum - 100) <= slack + 1e-9L;
}

}  // namespace nianbao::prose
