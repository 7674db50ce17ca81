// The WebAssembly surface: a tiny C API, exported explicitly (wasm/CMakeLists.txt). Strings go in as
// UTF-8 bytes in memory the caller got from nianbao_alloc; strings come out as NUL-terminated UTF-8
// the caller copies and hands back to nianbao_free. Every result is JSON:
//   - nianbao_check: exactly what `nianbao check --format json` prints for that one input (with the
//     option "format":"sarif", what `--format sarif` prints: the core's one SARIF writer, so the page
//     exports no SARIF of its own), or {"error":{"code":"…","message":"…"}} when the input cannot
//     be checked (the JS wrapper throws);
//   - nianbao_rules: the rule catalog (output/rules_json.h);
// No C++ exception crosses this boundary: an escaped exception would leave the module unusable.
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "check/check.h"
#include "output/json_report.h"
#include "output/rules_json.h"
#include "output/sarif.h"

namespace {

// A malloc'd copy the JS side owns until it calls nianbao_free; nullptr only when memory is exhausted.
char* to_c_string(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.data(), s.size() + 1);
    return p;
}

std::string error_json(std::string_view code, std::string_view message) {
    nlohmann::json j;
    j["error"] = {{"code", code}, {"message", message}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The output format asked for in the options JSON: "json" (default) or "sarif". CheckOptions does
// not carry it (the CLI takes it from its own flag), so it is read here.
bool wants_sarif(const char* options_json) {
    if (!options_json) return false;
    const auto j = nlohmann::json::parse(options_json, nullptr, /*allow_exceptions=*/false);
    return j.is_object() && j.contains("format") && j["format"] == "sarif";
}

}  // namespace

extern "C" {

void* nianbao_alloc(int size) { return size < 0 ? nullptr : std::malloc(static_cast<size_t>(size) + 1); }

void nianbao_free(void* p) { std::free(p); }

const char* nianbao_version() { return nianbao::kToolVersion; }

const char* nianbao_check(const char* utf8, int len, const char* options_json) {
    try {
        if (len < 0 || (len > 0 && !utf8)) return to_c_string(error_json("bad-argument", "输入无效"));
        if (static_cast<size_t>(len) > nianbao::kMaxInputBytes)
            return to_c_string(error_json(
                "input-too-large", "输入为 " + std::to_string(len) + " 字节，超过上限 " +
                                       std::to_string(nianbao::kMaxInputBytes) + " 字节，未检查"));
        const auto options = nianbao::CheckOptions::from_json(options_json ? options_json : "{}");
        auto result = nianbao::check(std::string(utf8 ? utf8 : "", static_cast<size_t>(len)), options);
        if (result->error) return to_c_string(error_json("input-rejected", *result->error));
        if (wants_sarif(options_json)) return to_c_string(nianbao::dump(nianbao::sarif_json({result.get()})));
        return to_c_string(nianbao::dump(nianbao::results_json({result.get()})));
    } catch (const std::bad_alloc&) {
        return to_c_string(error_json("out-of-memory", "内存不足，无法完成检查"));
    } catch (const std::exception& e) {
        return to_c_string(error_json("internal", std::string("内部错误：") + e.what()));
    } catch (...) {
        return to_c_string(error_json("internal", "内部错误"));
    }
}

const char* nianbao_rules() {
    try {
        return to_c_string(nianbao::dump(nianbao::rules_json()));
    } catch (...) {
        return to_c_string(error_json("internal", "内部错误"));
    }
}

// Test hook: traps on purpose so tests/wasm can check that the JS wrapper recovers from a trap
// (throws a tool error, then re-instantiates). Kept in release builds so the shipped artifact itself
// is what gets tested; it only ever affects the instance that calls it.
void nianbao_test_trap() { __builtin_trap(); }

}  // extern "C"
