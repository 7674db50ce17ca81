#include "output/rules_json.h"

#include "rules/rule.h"

namespace nianbao {

nlohmann::json rules_json() {
    nlohmann::json out = nlohmann::json::array();
    for (const Rule* r : all_rules()) {
        out.push_back({{"id", r->id},
                       {"severity", severity_key(r->severity)},
                       {"summary", r->summary},
                       {"what", r->doc.what},
                       {"why", r->doc.why},
                       {"basis", r->doc.basis},
                       {"fires", r->doc.fires},
                       {"quiet", r->doc.quiet}});
    }
    return out;
}

namespace {
std::string indent_block(std::string_view text) {
    std::string out = "```text\n";
    out += text;
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += "```\n";
    return out;
}
}  // namespace

std::string rules_markdown() {
    std::string md =
        "# 规则参考 · Rule reference\n\n"
        "Generated from the rule sources (`nianbao rules --format markdown`); do not edit by hand.\n"
        "Each rule's examples are run as tests: the first must produce the rule, the second must not.\n\n"
        "| id | 级别 | 说明 |\n|---|---|---|\n";
    for (const Rule* r : all_rules()) {
        md += "| [`" + std::string(r->id) + "`](#" + std::string(r->id) + ") | " + severity_key(r->severity) + " | " +
              std::string(r->summary) + " |\n";
    }
    for (const Rule* r : all_rules()) {
        md += "\n## " + std::string(r->id) + "\n\n";
        md += "<a id=\"" + std::string(r->id) + "\"></a>**" + std::string(r->summary) + "** · 默认级别 `" +
              severity_key(r->severity) + "`\n\n";
        md += "**检查什么**：" + std::string(r->doc.what) + "\n\n";
        md += "**为什么**：" + std::string(r->doc.why) + "\n\n";
        md += "**依据**：" + std::string(r->doc.basis) + "\n\n";
        md += "**会报告的例子**：\n\n" + indent_block(r->doc.fires) + "\n";
        md += "**不会报告的例子**：\n\n" + indent_block(r->doc.quiet);
    }
    return md;
}

}  // namespace nianbao
