// Benchmark of the PDF layout reconstruction: positioned text → text, on the Huai'an report's six
// pages as poppler (the CLI) and pdf.js (the page) give them (tests/files/pdf/*.items.json), and on
// the LibreOffice print of the same report. The PDF libraries' own time is not in here: natively it
// is measured with `nianbao text` (docs/performance.md), in the page by the browser test.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "layout/items_json.h"
#include "layout/reconstruct.h"

namespace {

nianbao::layout::PositionedText fixture(const std::string& name) {
    std::ifstream in(std::string(NIANBAO_SOURCE_DIR) + "/tests/files/pdf/" + name);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string error;
    auto parsed = nianbao::layout::positioned_text_from_json(ss.str(), error);
    return parsed ? *parsed : nianbao::layout::PositionedText{};
}

void register_layout(const std::string& name) {
    benchmark::RegisterBenchmark(("Layout/" + name).c_str(), [name](benchmark::State& state) {
        const auto input = fixture(name);
        for (auto _ : state) benchmark::DoNotOptimize(nianbao::layout::reconstruct(input));
        state.counters["items"] = static_cast<double>(input.items.size());
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("LayoutFromJson/" + name).c_str(), [name](benchmark::State& state) {
        std::ifstream in(std::string(NIANBAO_SOURCE_DIR) + "/tests/files/pdf/" + name);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string json = ss.str();
        for (auto _ : state) {
            std::string error;
            auto parsed = nianbao::layout::positioned_text_from_json(json, error);
            benchmark::DoNotOptimize(nianbao::layout::reconstruct(*parsed));
        }
    })->Unit(benchmark::kMicrosecond);
}

const bool registered = [] {
    for (const char* name : {"2024_huaian_szf.items.json", "2024_huaian_szf.pdfjs.items.json", "huaian.libreoffice.items.json"})
        register_layout(name);
    return true;
}();

}  // namespace
