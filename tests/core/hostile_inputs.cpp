// Hostile inputs through the whole check (issue #6): each case asserts a clear outcome (what the
// result says) and bounded work. Complexity is asserted by ratios, not absolute times: 10× the input
// may take at most ~20× the time (the minimum of a few repetitions, so a busy machine does not fail
// the test), which catches quadratic scans while tolerating noise and sanitizer builds.
#include <catch2/catch.hpp>

#include "core/support/samples.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "output/json_report.h"

using namespace nianbao;

namespace {

// The sizes the issue names (10 MB, a million lines) in optimized builds; a tenth of them in debug and
// sanitizer builds (build/asan), where they would take minutes: there the point is memory errors on
// the same shapes, and the ratios still catch quadratic work.
#ifdef NDEBUG
constexpr size_t kFull = 1;
#else
constexpr size_t kFull = 10;
#endif
constexpr size_t big(size_t n) { return n / kFull; }


// The result as every front end emits it, parsed back: the JSON must always be valid.
nlohmann::json result_json(const Result& r) {
    const std::string text = dump(results_json({&r}));
    auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    REQUIRE(j.is_object());
    return j["reports"][0];
}

bool has_rule(const Result& r, const std::string& rule) {
    return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.rule == rule; });
}

double seconds_min(const std::function<void()>& run, int repetitions = kFull == 1 ? 5 : 2) {
    double best = 1e9;
    for (int i = 0; i < repetitions; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        run();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

#ifdef __GLIBC__
// Multi-MB buffers come from mmap and go back to the kernel when freed, so every run of a large input
// page-faults all of its memory afresh (slow in a VM, and slower the busier the machine), while a
// small input reuses warm heap: the ratio then measures the kernel, not the checker. Keeping large
// blocks on the heap, and the heap untrimmed, makes both sizes run on warm memory.
const bool kWarmHeap = [] {
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    return true;
}();
#endif

// Checks make(n) and make(10 n): the larger may cost at most 20× the smaller (plus 5 ms of slack for
// inputs so small that timer noise dominates); quadratic work costs 100×. The margin over 10× is for
// caches and a busy machine: with a warm heap (above) linear work measured 7–12× for 1 → 10 MB under
// load 3 (instruction counts: 9.9×); without it, 11–21×.
// Returns the larger result for further assertions.
std::unique_ptr<Result> check_scales_linearly(const std::function<std::string(size_t)>& make, size_t n,
                                              const CheckOptions& options = {}) {
    const std::string small = make(n), large = make(10 * n);
    std::unique_ptr<Result> result;
    const double t_small = seconds_min([&] { result = check(small, options); });
    const double t_large = seconds_min([&] { result = check(large, options); });
    INFO("input " << small.size() << " bytes: " << t_small * 1e3 << " ms; " << large.size() << " bytes: "
                  << t_large * 1e3 << " ms; ratio " << t_large / t_small);
    CHECK(t_large <= 20 * t_small + 0.005);
    return result;
}

std::string repeat(const std::string& unit, size_t times) {
    std::string out;
    out.reserve(unit.size() * times);
    for (size_t i = 0; i < times; ++i) out += unit;
    return out;
}

// Deterministic pseudo-random bytes (all 256 values, so invalid UTF-8, NUL and controls included).
std::string random_bytes(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
}

const char* const kNotAReport = "report.not-annual-report";


}  // namespace

TEST_CASE("hostile: empty input is one clear not-a-report finding", "[hostile]") {
    auto r = check("", {});
    REQUIRE_FALSE(r->error);
    REQUIRE(r->findings.size() == 1);
    CHECK(r->findings[0].rule == kNotAReport);
    CHECK(r->findings[0].message.find("为空") != std::string::npos);
    const auto j = result_json(*r);
    CHECK(j["findings"][0]["start"] == 0);
    CHECK(j["findings"][0]["end"] == 0);
    // With the gate skipped, an empty text is not a crash either: every rule runs on nothing.
    CheckOptions assume;
    assume.assume_report = true;
    auto all = check("", assume);
    CHECK_FALSE(all->error);
    CHECK(result_json(*all)["findings"].is_array());
}

TEST_CASE("hostile: white space only is treated like empty", "[hostile]") {
    auto r = check(" \t\n\r\n\u3000\u00a0\n\n   \u2028 ", {});
    REQUIRE_FALSE(r->error);
    REQUIRE(r->findings.size() == 1);
    CHECK(r->findings[0].rule == kNotAReport);
    CHECK(r->doc.sections.empty());
    CHECK(r->doc.tables.empty());
}

TEST_CASE("hostile: random bytes are not a report, in linear time", "[hostile]") {
    auto r = check_scales_linearly([](size_t n) { return random_bytes(n, 7); }, 100 * 1024);
    REQUIRE_FALSE(r->error);
    CHECK(has_rule(*r, kNotAReport));
    CHECK(r->doc.tables.empty());
    CHECK(result_json(*r)["findings"].size() == r->findings.size());
}

TEST_CASE("hostile: 10 MB of random bytes", "[hostile][big]") {
    auto r = check(random_bytes(big(10u << 20), 11), {});
    REQUIRE_FALSE(r->error);
    CHECK(has_rule(*r, kNotAReport));
    CHECK(r->findings.size() == 1);
}

TEST_CASE("hostile: a single line without a line break, up to 10 MB", "[hostile][big]") {
    const std::string unit = "本年新收政府信息公开申请数量12件，办结11件（其中予以公开3件）；";
    auto r = check_scales_linearly([&](size_t n) { return repeat(unit, n / unit.size()); }, big(1u << 20));
    REQUIRE_FALSE(r->error);
    CHECK(r->doc.lines.size() == 1);
    CHECK(r->source.size() > big(9u << 20));
    CHECK(result_json(*r)["findings"].is_array());
}

TEST_CASE("hostile: invalid UTF-8 and NUL bytes map back to the original", "[hostile]") {
    std::string text = read_sample("2024_huaian_szf.txt");
    // Corrupt bytes in the middle of the report: a lone continuation byte, a truncated sequence,
    // an overlong encoding, a surrogate, NULs and C0 controls.
    const std::string junk = std::string("\x80\xE4\xB8\xC0\xAF\xED\xA0\x80", 8) + std::string("\0\0\x01\x1b", 4);
    for (size_t at = 1000; at < text.size(); at += 1500) {
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
        text.insert(at, junk);
    }
    auto r = check(text, {});
    REQUIRE_FALSE(r->error);
    CHECK_FALSE(has_rule(*r, kNotAReport));  // still read as the report it is
    CHECK(r->normalized.dropped_controls > 0);
    CHECK(r->normalized.text.find('\0') == std::string::npos);
    const auto j = result_json(*r);
    for (const auto& f : j["findings"]) {
        CHECK(f["start"].get<uint32_t>() <= f["end"].get<uint32_t>());
        CHECK(f["line"].get<uint32_t>() >= 1);
    }
}

TEST_CASE("hostile: 100 000 nested brackets", "[hostile]") {
    auto make = [](size_t n) {
        return "某县政府2023年政府信息公开工作年度报告\n" + repeat("(", n) + "一" + repeat(")", n) + "\n" +
               repeat("（（【《“", n / 5) + "\n" + repeat("〔", n / 2) + "2023" + repeat("〕", n / 2) + "\n";
    };
    auto r = check_scales_linearly(make, big(10000));
    REQUIRE_FALSE(r->error);
    CHECK(result_json(*r)["findings"].is_array());
}

TEST_CASE("hostile: a million heading-like lines", "[hostile][big]") {
    // Every line looks like a part heading: outline, numbering and the JSON's section lookup must not
    // be (sections × findings).
    static const char* const kNumbers[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    auto make = [](size_t lines) {
        std::string s;
        for (size_t i = 0; i < lines; ++i) s += std::string(kNumbers[i % 10]) + "、概述\n";
        return s;
    };
    auto r = check_scales_linearly(make, big(10000));
    REQUIRE_FALSE(r->error);
    CHECK(r->doc.lines.size() >= big(100000));
    auto million = check(make(big(1000000)), {});
    REQUIRE_FALSE(million->error);
    CHECK(million->doc.lines.size() >= big(1000000));
}

TEST_CASE("hostile: a number with 1,000 digits overflows cleanly", "[hostile]") {
    const std::string digits(1000, '9');
    std::string text = read_sample("2024_huaian_szf.txt");
    // In table 三's first row (the only number of 本年新收…数量 in the sample is its first value) and in
    // a sentence.
    const std::string row = "一、本年新收政府信息公开申请数量";
    const size_t at = text.find(row);
    REQUIRE(at != std::string::npos);
    size_t digit = at + row.size();
    while (digit < text.size() && !std::isdigit(static_cast<unsigned char>(text[digit]))) ++digit;
    REQUIRE(digit < text.size());
    text.insert(digit, digits);
    text += "\n本年共受理政府信息公开申请" + digits + "件，其中予以公开" + digits + "件。\n";
    auto r = check(text, {});
    REQUIRE_FALSE(r->error);
    bool saw_overflow = false;
    for (const Table& t : r->doc.tables)
        for (const auto& cells : t.cells)
            for (const Cell& c : cells)
                if (c.number.raw.find(digits) != std::string::npos) {
                    saw_overflow = true;
                    CHECK(c.number.overflow);
                }
    CHECK(saw_overflow);
    // The JSON never prints a wrapped-around value: an overflowing cell's value is null.
    const auto j = result_json(*r);
    for (const auto& t : j["tables"])
        for (const auto& row_cells : t["cells"])
            for (const auto& c : row_cells)
                if (c["raw"].is_string() && c["raw"].get<std::string>().find(digits) != std::string::npos)
                    CHECK(c["value"].is_null());
    // No finding claims an "expected" number derived from the 1,000-digit value.
    for (const Finding& f : r->findings)
        if (f.expected) CHECK(f.expected->size() < 64);
}

TEST_CASE("hostile: a table with 10,000 rows", "[hostile]") {
    const std::string report = read_sample("2024_huaian_szf.txt");
    auto make = [&](size_t rows) {
        std::string s = report + "\n附表\n项目\t数量\t金额\t备注\n";
        for (size_t i = 0; i < rows; ++i)
            s += "项目" + std::to_string(i) + "\t" + std::to_string(i) + "\t" + std::to_string(i * 3) + "\t无\n";
        return s;
    };
    auto r = check_scales_linearly(make, big(1000));
    REQUIRE_FALSE(r->error);
    // The report's own tables are still read, and its findings are what they were without the annex.
    auto plain = check(report, {});
    CHECK(r->doc.tables.size() >= plain->doc.tables.size());
    CHECK_FALSE(has_rule(*r, kNotAReport));
}

TEST_CASE("hostile: HTML and script text", "[hostile]") {
    const std::string page =
        "<!DOCTYPE html><html><head><script>alert(\"年度报告\");for(;;){}</script><style>p{color:red}</style>"
        "</head><body onload=\"x()\"><p>2023年政府信息公开工作年度报告</p><table><tr><td>1</td><td>2</td></tr>"
        "</table><img src=x onerror=alert(1)></body></html>\n";
    auto r = check_scales_linearly([&](size_t n) { return repeat(page, n); }, big(200));
    REQUIRE_FALSE(r->error);
    const auto j = result_json(*r);
    // The result is data: whatever text it quotes is inside JSON strings, never markup of its own.
    const std::string text = dump(results_json({r.get()}));
    CHECK(nlohmann::json::parse(text, nullptr, false).is_object());
    CHECK(j["findings"].size() == r->findings.size());

    // A real report pasted with its HTML around it is still a report.
    std::string wrapped = "<html><body><div class=\"content\">\n" + read_sample("2024_huaian_szf.txt") +
                          "\n</div><script>var a = '<p>';</script></body></html>\n";
    auto report = check(wrapped, {});
    CHECK_FALSE(has_rule(*report, kNotAReport));
}

TEST_CASE("hostile: input above kMaxInputBytes is refused without being read", "[hostile]") {
    std::string over(kMaxInputBytes + 1, 'a');
    const auto t0 = std::chrono::steady_clock::now();
    auto r = check(std::move(over), {});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(r->error);
    CHECK(r->error->find("20 MB") != std::string::npos);
    CHECK(r->findings.empty());
    CHECK(r->doc.lines.empty());  // nothing was normalized or read
    CHECK(seconds < (kFull == 1 ? 2.0 : 20.0));  // only the copy and the line index
    const auto j = result_json(*r);
    CHECK(j["error"].is_string());
    CHECK(j["findings"].empty());
    CHECK(j["meta"].is_null());
    // Exactly at the limit it is checked (optimized builds only: 20 MB take a minute under ASan).
    if (kFull == 1) {
        auto at_limit = check(std::string(kMaxInputBytes, 'a'), {});
        CHECK_FALSE(at_limit->error);
    }
}

TEST_CASE("hostile: inputs the fuzzer once crashed on (tests/fuzz/regressions)", "[hostile]") {
    // fuzz_check picks its options from the input length (tests/fuzz/fuzz_check.cpp); every option set
    // is run here, so the original crash is reproduced whichever it was.
    const std::filesystem::path dir = std::filesystem::path(NIANBAO_SOURCE_DIR) / "tests/fuzz/regressions";
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        for (const char* edition : {"auto", "2008", "2019", "2021"})
            for (bool assume : {false, true}) {
                CheckOptions options;
                options.edition = edition;
                options.assume_report = assume;
                options.kind = "government";
                INFO(entry.path().filename().string() << " edition " << edition << " assume_report " << assume);
                auto r = check(ss.str(), options);
                CHECK_FALSE(r->error);
                CHECK(result_json(*r)["findings"].size() == r->findings.size());
            }
        ++files;
    }
    CHECK(files >= 1);
}
