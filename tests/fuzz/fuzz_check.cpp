// libFuzzer target: the whole entry point, text → check() → result JSON, as the CLI and the wasm run it.
// The input's length picks the options, so the same corpus exercises every edition, the not-a-report
// gate and assume_report without changing the shape of the text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/check.h"
#include "output/json_report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const char* const kEditions[] = {"auto", "2008", "2019", "2021"};
    nianbao::CheckOptions options;
    options.edition = kEditions[size % 4];
    options.assume_report = (size / 4) % 2 == 1;
    options.kind = (size / 8) % 2 == 1 ? "government" : "auto";
    auto result = nianbao::check(std::string(reinterpret_cast<const char*>(data), size), options);
    // The JSON is what every front end emits: building and serializing it reaches the offset mapping
    // (UTF-16 positions, line:column) of every finding.
    const std::string json = nianbao::dump(nianbao::results_json({result.get()}));
    if (json.empty()) __builtin_trap();
    return 0;
}
