// Benchmarks of the core on the shared samples (each one) and on growing inputs (the samples repeated
// up to 20 KB … 5 MB), stage by stage: normalize, read (normalize + read_document), check (everything
// the front ends run), check + JSON. The same inputs are timed in wasm by tools/bench-wasm.mjs.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "check/check.h"
#include "edition/edition.h"
#include "output/json_report.h"
#include "reader/read_document.h"
#include "text/normalized_text.h"
#include "text/source.h"

namespace {

struct Sample {
    std::string name, text;
};

// The .txt files of a folder, by name; names get `prefix`.
std::vector<Sample> read_reports(const std::string& dir, const std::string& prefix) {
    std::vector<Sample> v;
    if (!std::filesystem::is_directory(dir)) return v;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() != ".txt") continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        v.push_back({prefix + e.path().stem().string(), ss.str()});
    }
    std::sort(v.begin(), v.end(), [](const Sample& a, const Sample& b) { return a.name < b.name; });
    return v;
}

const std::vector<Sample>& samples() {
    static const std::vector<Sample> all = read_reports(NIANBAO_SAMPLES_DIR, "");
    return all;
}

// The samples one after another (a blank line between), cut at a line end near `bytes`. The same
// construction as tools/bench-wasm.mjs, so both time the same text.
std::string grown_text(size_t bytes) {
    std::string out;
    while (out.size() < bytes)
        for (const Sample& s : samples()) {
            out += s.text;
            out += "\n\n";
            if (out.size() >= bytes) break;
        }
    const size_t cut = out.rfind('\n', bytes);
    out.resize(cut == std::string::npos ? bytes : cut + 1);
    return out;
}

void set_bytes(benchmark::State& state, size_t bytes) {
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
    state.counters["KB"] = static_cast<double>(bytes) / 1024.0;
}

void BM_Normalize(benchmark::State& state, const std::string* text) {
    for (auto _ : state) {
        nianbao::Source source(*text);
        auto n = nianbao::normalize(source);
        benchmark::DoNotOptimize(n.text.data());
    }
    set_bytes(state, text->size());
}

void BM_Read(benchmark::State& state, const std::string* text) {
    const auto& editions = nianbao::EditionSet::builtin();
    for (auto _ : state) {
        nianbao::Source source(*text);
        auto n = nianbao::normalize(source);
        auto doc = nianbao::read_document(n, editions);
        benchmark::DoNotOptimize(doc.lines.data());
    }
    set_bytes(state, text->size());
}

void BM_Check(benchmark::State& state, const std::string* text) {
    for (auto _ : state) {
        auto r = nianbao::check(*text, {});
        benchmark::DoNotOptimize(r->findings.data());
    }
    set_bytes(state, text->size());
}

void BM_CheckJson(benchmark::State& state, const std::string* text) {
    for (auto _ : state) {
        auto r = nianbao::check(*text, {});
        std::string json = nianbao::dump(nianbao::results_json({r.get()}));
        benchmark::DoNotOptimize(json.data());
    }
    set_bytes(state, text->size());
}

// Growing inputs: state.range(0) is the size in KB; Complexity() fits the growth (expected: linear).
template <void (*Stage)(benchmark::State&, const std::string*)>
void BM_Scaling(benchmark::State& state) {
    static std::vector<std::pair<int64_t, std::string>> cache;
    const int64_t kb = state.range(0);
    auto it = std::find_if(cache.begin(), cache.end(), [&](const auto& p) { return p.first == kb; });
    if (it == cache.end()) {
        cache.emplace_back(kb, grown_text(static_cast<size_t>(kb) * 1024));
        it = cache.end() - 1;
    }
    Stage(state, &it->second);
    state.SetComplexityN(static_cast<int64_t>(it->second.size()));
}

const int kRegistered = [] {
    // The first call builds the ICU transliterators and parses the edition data: timed on its own.
    benchmark::RegisterBenchmark("FirstCheck(process start)", [](benchmark::State& state) {
        for (auto _ : state) {
            // Only the first iteration is a real first call; the figure is printed as a counter.
            static const auto start = std::chrono::steady_clock::now();
            static auto r = nianbao::check(samples().front().text, {});
            static const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            state.counters["first_ms"] = ms;
            benchmark::DoNotOptimize(r.get());
        }
    })->Iterations(1);
    for (const Sample& s : samples()) {
        benchmark::RegisterBenchmark(("Normalize/" + s.name).c_str(), BM_Normalize, &s.text)->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("Read/" + s.name).c_str(), BM_Read, &s.text)->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("Check/" + s.name).c_str(), BM_Check, &s.text)->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("CheckJson/" + s.name).c_str(), BM_CheckJson, &s.text)->Unit(benchmark::kMicrosecond);
    }
    // The corpus reports (one-line bodies, digits run together, pipe tables): timed natively only,
    // so grown_text() and the wasm timing keep using the samples alone.
    static const std::vector<Sample> corpus = read_reports(NIANBAO_CORPUS_DIR, "corpus/");
    for (const Sample& s : corpus)
        benchmark::RegisterBenchmark(("Check/" + s.name).c_str(), BM_Check, &s.text)->Unit(benchmark::kMicrosecond);
    for (auto* b : {benchmark::RegisterBenchmark("ScalingRead", BM_Scaling<BM_Read>),
                    benchmark::RegisterBenchmark("ScalingCheck", BM_Scaling<BM_Check>)})
        b->Arg(20)->Arg(100)->Arg(500)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);
    return 0;
}();

}  // namespace

BENCHMARK_MAIN();
