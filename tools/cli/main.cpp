// nianbao: the command-line front end. Reads files, directories or stdin — text, web pages, .docx and
// PDF, told apart by content (file_text.h) — runs the core check and writes text, JSON or SARIF.
// Exit: 0 no error finding, 1 some error finding, 2 usage or input problem.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "check/check.h"
#include "check/decisions.h"
#include "check/year_pairs.h"
#include "file_text.h"
#include "files/extracted.h"
#include "files/file_kind.h"
#include "input_paths.h"
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
    "                [--kind auto|department|government] [--previous LAST] [--no-pairing]\n"
    "                [--baseline DECISIONS] [--hide-suppressed] FILE|DIR... | -\n"
    "      FILE：文本（UTF-8/UTF-16/GBK）、网页（.html）、Word（.docx）或 PDF，按内容识别；\n"
    "      DIR：递归检查目录中的报告文件（图片、压缩包等跳过）\n"
    "      --previous LAST：与上一年度报告 LAST 比较（上年结转、现行有效件数、照搬上年）；\n"
    "          不指定时，同一批中同一机关相邻年度的报告自动配对（--no-pairing 关闭）\n"
    "      --baseline DECISIONS：网页导出的审核决定或带 suppressions 的 SARIF；已忽略的结果\n"
    "          标记为 dismissed、不计入退出码，--hide-suppressed 时不输出\n"
    "  nianbao text FILE | -                       （输出检查所读的文字：PDF、Word、网页转换后的文本）\n"
    "  nianbao parse [--format json] FILE | -      （调试：输出解析出的文档结构）\n"
    "  nianbao rules [--format text|json|markdown]\n"
    "  nianbao --version\n";

int usage_error(const std::string& msg) {
    std::cerr << "nianbao: " << msg << "\n" << kUsage;
    return 2;
}

// Reads a file or stdin whole, up to the converters' input limit: a larger file is refused without
// reading it into memory (a reviewer's folder may hold a video); `out` then holds its first 64 KiB,
// enough to tell what it is.
bool read_all(const std::string& path, std::string& out, std::string& error) {
    const size_t limit = files::Limits{}.max_input_bytes;
    const std::string too_large = "文件过大，超过 " + std::to_string(limit >> 20) + " MB 的上限，未读取";
    // A stream of unknown length (stdin, a pipe, a device) is read up to the limit.
    auto read_stream = [&](std::istream& in) {
        out.clear();
        char buf[1 << 16];
        while (in.read(buf, sizeof buf) || in.gcount() > 0) {
            out.append(buf, static_cast<size_t>(in.gcount()));
            if (out.size() > limit) return error = too_large, false;
        }
        return true;
    };
    if (path == "-") return read_stream(std::cin);
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) return error = "这是一个目录，不是文件", false;
    std::ifstream in(path, std::ios::binary);
    if (!in) return error = "无法读取文件", false;
    if (!std::filesystem::is_regular_file(status)) return read_stream(in);
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) return error = "无法读取文件", false;
    in.seekg(0);
    if (static_cast<size_t>(size) > limit) {
        out.resize(64 * 1024);
        in.read(out.data(), static_cast<std::streamsize>(out.size()));
        out.resize(static_cast<size_t>(in.gcount()));
        return error = too_large, false;
    }
    out.resize(static_cast<size_t>(size));
    in.read(out.data(), size);
    if (!in && !in.eof()) return error = "无法读取文件", false;
    return true;
}

struct Args {
    std::string command, format, edition = "auto", kind = "auto";
    std::string previous, baseline;
    bool pairing = true, hide_suppressed = false;
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
        } else if (arg.rfind("--previous", 0) == 0) {
            if (!value(a.previous)) return error = "--previous 缺少文件", false;
        } else if (arg.rfind("--baseline", 0) == 0) {
            if (!value(a.baseline)) return error = "--baseline 缺少文件", false;
        } else if (arg == "--hide-suppressed") {
            a.hide_suppressed = true;
        } else if (arg == "--no-pairing") {
            a.pairing = false;
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

// `nianbao text FILE`: the text the rules read, as check() gets it (a PDF's reconstructed layout, a
// .docx's paragraphs and tab-separated table rows, a web page without its markup).
int run_text(const Args& a) {
    if (a.files.size() != 1) return usage_error("text 只接受一个文件（或 - 表示标准输入）");
    if (!a.format.empty()) return usage_error("text 没有 --format 选项");
    const std::string& path = a.files[0];
    std::string bytes, why;
    if (!read_all(path, bytes, why)) {
        std::cerr << "nianbao: " << path << ": " << why << "\n";
        return 2;
    }
    const cli::FileText file = cli::file_text(bytes);
    for (const std::string& note : file.extracted.notes) std::cerr << "nianbao: " << path << ": " << note << "\n";
    if (!file.extracted.ok) {
        std::cerr << "nianbao: " << path << ": " << file.extracted.error << "\n";
        return 2;
    }
    std::cout << file.extracted.text;
    std::cout.flush();
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
    if (a.command == "text") return run_text(a);
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
    auto emit = [&](std::unique_ptr<Result> r) {
        for (const Finding& f : r->findings)
            any_error = any_error || (f.severity == Severity::Error && f.decision != "dismissed");
        if (json_writer) json_writer->add(*r);
        else if (sarif_writer) sarif_writer->add(*r);
        else if (text_writer) text_writer->add(*r);
        else kept.push_back(std::move(r));
    };
    // A file that cannot be checked still gets its entry (with "error"), so a script reading the JSON of
    // a batch sees every file it named.
    auto refuse = [&](const std::string& path, const std::string& why) {
        std::cerr << "nianbao: " << path << ": " << why << "\n";
        input_problem = true;
        auto r = std::make_unique<Result>(std::string());
        r->file = path == "-" ? std::nullopt : std::optional<std::string>(path);
        r->error = why;
        emit(std::move(r));
    };

    std::vector<std::string> walk_problems;
    const std::vector<cli::InputPath> inputs = cli::expand_inputs(a.files, walk_problems);
    for (const std::string& p : walk_problems) {
        std::cerr << "nianbao: " << p << "\n";
        input_problem = true;
    }
    // Last year's report for every file (--previous), or pairs found in the batch.
    std::optional<std::string> previous_text;
    if (!a.previous.empty()) {
        std::string bytes, why;
        if (!read_all(a.previous, bytes, why)) return usage_error(a.previous + "：" + why);
        cli::FileText last = cli::file_text(bytes);
        if (!last.extracted.ok) return usage_error(a.previous + "：" + last.extracted.error);
        previous_text = std::move(last.extracted.text);
    }
    std::vector<Decision> decisions;
    if (!a.baseline.empty()) {
        std::string bytes, why;
        if (!read_all(a.baseline, bytes, why)) return usage_error(a.baseline + "：" + why);
        auto parsed = parse_decisions(bytes, why);
        if (!parsed) return usage_error(a.baseline + "：" + why);
        decisions = std::move(*parsed);
    }

    // First every file's text (refusals keep their place in the output), then the checks: pairing
    // needs to know every report of the batch before checking the first.
    struct Entry {
        std::string path;
        std::optional<std::string> text;  // nullopt: refused with `why`
        std::string why;
    };
    std::vector<Entry> entries;
    size_t skipped = 0;
    for (const cli::InputPath& input : inputs) {
        const std::string& path = input.path;
        std::string bytes, why;
        if (!read_all(path, bytes, why)) {
            // Too large to read: a picture, video or disk image beside the reports is skipped like a small one.
            const files::FileKind head = files::sniff(bytes);
            if (input.from_directory && !bytes.empty() && (head == files::FileKind::Image || head == files::FileKind::Binary)) {
                ++skipped;
                continue;
            }
            entries.push_back({path, std::nullopt, why});
            continue;
        }
        cli::FileText file = cli::file_text(bytes);
        bytes = std::string();  // a PDF's bytes are not needed once its text is out
        if (input.from_directory && !cli::report_in_directory(path, file.kind)) {
            ++skipped;
            continue;
        }
        for (const std::string& note : file.extracted.notes) std::cerr << "nianbao: " << path << ": " << note << "\n";
        if (!file.extracted.ok) entries.push_back({path, std::nullopt, file.extracted.error});
        else entries.push_back({path, std::move(file.extracted.text), ""});
    }
    std::vector<std::optional<size_t>> pairs(entries.size());
    if (a.command == "check" && !previous_text && a.pairing && entries.size() > 1) {
        std::vector<ReportKey> keys(entries.size());
        for (size_t i = 0; i < entries.size(); ++i)
            if (entries[i].text) {
                const auto r = read_report(*entries[i].text, CheckOptions{});
                keys[i] = {r->doc.meta.agency, r->doc.meta.year};
            }
        pairs = pair_with_previous_year(keys);
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        Entry& e = entries[i];
        if (!e.text) {
            refuse(e.path, e.why);
            continue;
        }
        CheckOptions options;
        options.edition = a.edition;
        options.kind = a.kind;
        options.file = e.path == "-" ? std::nullopt : std::optional<std::string>(e.path);
        options.decisions = decisions;
        options.hide_dismissed = a.hide_suppressed;
        if (previous_text) {
            options.previous_text = previous_text;
            options.previous_file = a.previous;
        } else if (pairs[i]) {
            options.previous_text = entries[*pairs[i]].text;
            options.previous_file = entries[*pairs[i]].path;
            std::cerr << "nianbao: " << e.path << "：与上一年度报告 " << entries[*pairs[i]].path << " 比较\n";
        }
        // Copied, not moved: a later report of the batch may be paired with this one.
        auto r = check(*e.text, options);
        if (r->error) {
            std::cerr << "nianbao: " << e.path << ": " << *r->error << "\n";
            input_problem = true;
        }
        emit(std::move(r));
    }
    if (skipped) {
        std::cerr << "nianbao: 目录中有 " << skipped << " 个文件不是报告（图片、压缩包、网页附件等），已跳过\n";
        if (skipped == inputs.size()) {
            std::cerr << "nianbao: 没有找到可检查的报告文件（文本、网页、.docx 或 PDF）\n";
            input_problem = true;
        }
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
