// nianbao: the command-line front end. Reads files (or stdin), decodes them, runs the core check
// and writes text, JSON or SARIF. Exit: 0 no error finding, 1 some error finding, 2 usage or input problem.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "check/check.h"
#include "decode.h"
#include "output/document_json.h"
#include "output/json_report.h"
#include "output/rules_json.h"
#include "output/sarif.h"
#include "text_writer.h"

namespace {

using namespace nianbao;

constexpr const char* kUsage =
    "用法 / usage:\n"
    "  nianbao check [--format text|json|sarif] [--edition auto|2008|2019|2021]\n"
    "                [--kind auto|department|government] FILE... | -\n"
    "  nianbao parse [--format json] FILE | -      （调试：输出解析出的文档结构）\n"
    "  nianbao rules [--format text|json|markdown]\n"
    "  nianbao --version\n";

int usage_error(const std::string& msg) {
    std::cerr << "nianbao: " << msg << "\n" << kUsage;
    return 2;
}

bool read_all(const std::string& path, std::string& out) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out = ss.str();
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) return false;
    in.seekg(0);
    out.resize(static_cast<size_t>(size));
    in.read(out.data(), size);
    return static_cast<bool>(in) || in.eof();
}

struct Args {
    std::string command, format, edition = "auto", kind = "auto";
    std::vector<std::string> files;
};

bool parse_args(int argc, char** argv, Args& a, std::string& error) {
    if (argc < 2) {
        error = "缺少命令";
        return false;
    }
    a.command = argv[1];
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](std::string& dst) {
            const auto eq = arg.find('=');
            if (eq != std::string::npos) {
                dst = arg.substr(eq + 1);
                return true;
            }
            if (i + 1 >= argc) return false;
            dst = argv[++i];
            return true;
        };
        if (arg.rfind("--format", 0) == 0) {
            if (!value(a.format)) return error = "--format 缺少取值", false;
        } else if (arg.rfind("--edition", 0) == 0) {
            if (!value(a.edition)) return error = "--edition 缺少取值", false;
        } else if (arg.rfind("--kind", 0) == 0) {
            if (!value(a.kind)) return error = "--kind 缺少取值", false;
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            return error = "未知选项 " + arg, false;
        } else {
            a.files.push_back(arg);
        }
    }
    return true;
}

int run_rules(const Args& a) {
    if (a.format == "json") std::cout << dump(rules_json());
    else if (a.format == "markdown") std::cout << rules_markdown();
    else if (a.format.empty() || a.format == "text")
        for (const Rule* r : all_rules())
            std::cout << r->id << "\t" << severity_key(r->severity) << "\t" << r->summary << "\n";
    else return usage_error("rules 不支持格式 " + a.format);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    if (argc >= 2 && (std::string(argv[1]) == "--version" || std::string(argv[1]) == "version")) {
        std::cout << kToolName << " " << kToolVersion << "\n";
        return 0;
    }
    if (argc >= 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
        std::cout << kUsage;
        return 0;
    }
    Args a;
    std::string error;
    if (!parse_args(argc, argv, a, error)) return usage_error(error);
    if (a.command == "rules") return run_rules(a);
    if (a.command != "check" && a.command != "parse") return usage_error("未知命令 " + a.command);
    if (a.files.empty()) return usage_error("没有指定文件（用 - 表示标准输入）");
    const bool tty = isatty(STDOUT_FILENO);
    if (a.format.empty()) a.format = (a.command == "check" && tty) ? "text" : "json";
    if (a.format != "text" && a.format != "json" && a.format != "sarif") return usage_error("未知格式 " + a.format);
    if (a.command == "parse" && a.format != "json") return usage_error("parse 只支持 --format json");
    for (const char* e : {"auto", "2008", "2019", "2021"})
        if (a.edition == e) goto edition_ok;
    return usage_error("--edition 只能是 auto、2008、2019 或 2021");
edition_ok:
    if (a.kind != "auto" && a.kind != "department" && a.kind != "government")
        return usage_error("--kind 只能是 auto、department 或 government");

    // check output is written as each file is checked, so a batch of thousands of reports holds one
    // Result at a time; the parse document is built whole at the end (kept).
    std::optional<JsonReportsWriter> json_writer;
    std::optional<SarifWriter> sarif_writer;
    std::optional<cli::TextWriter> text_writer;
    if (a.command == "check") {
        if (a.format == "json") json_writer.emplace(std::cout);
        else if (a.format == "sarif") sarif_writer.emplace(std::cout);
        else text_writer.emplace(std::cout, tty);
    }
    std::vector<std::unique_ptr<Result>> kept;
    bool input_problem = false, any_error = false;
    for (const std::string& path : a.files) {
        std::string bytes;
        if (!read_all(path, bytes)) {
            std::cerr << "nianbao: " << path << ": 无法读取文件\n";
            input_problem = true;
            continue;
        }
        std::string why;
        auto decoded = cli::decode_text(bytes, why);
        if (!decoded) {
            std::cerr << "nianbao: " << path << ": " << why << "\n";
            input_problem = true;
            continue;
        }
        if (decoded->invalid_bytes > 0)
            std::cerr << "nianbao: " << path << ": 含 " << decoded->invalid_bytes
                      << " 个无效的 UTF-8 字节，按替换字符（U+FFFD）检查\n";
        CheckOptions options;
        options.edition = a.edition;
        options.kind = a.kind;
        options.file = path == "-" ? std::nullopt : std::optional<std::string>(path);
        auto r = check(std::move(decoded->utf8), options);
        if (r->error) {
            std::cerr << "nianbao: " << path << ": " << *r->error << "\n";
            input_problem = true;
        }
        for (const Finding& f : r->findings) any_error = any_error || f.severity == Severity::Error;
        if (json_writer) json_writer->add(*r);
        else if (sarif_writer) sarif_writer->add(*r);
        else if (text_writer) text_writer->add(*r);
        else kept.push_back(std::move(r));
    }

    if (json_writer) {
        json_writer->finish();
    } else if (sarif_writer) {
        sarif_writer->finish();
    } else if (text_writer) {
        text_writer->finish();
    } else {  // parse
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : kept) out.push_back(document_json(*r));
        std::cout << dump(kept.size() == 1 ? out[0] : out);
    }
    std::cout.flush();
    if (input_problem) return 2;
    return any_error ? 1 : 0;
}
