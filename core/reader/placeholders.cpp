// Records placeholders standing where content should be (doc.placeholders):
//   - image markers left by converters and web copies: "[image: image1.png]", "[图片]", "【图片】",
//     "![](x.png)", "<img …>";
//   - references to an attachment instead of the content: "见附件", "详见附表".
// Whether a reference is a defect depends on the tables found later (content.placeholder decides);
// the reader only records where they are. Linear scan of each content line.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "reader/hygiene_scan.h"
#include "reader/read_document.h"

namespace nianbao {

namespace {

using namespace hygiene;

// What may follow the opening bracket of an image marker (ASCII compared case-insensitively).
constexpr std::array<std::string_view, 7> kImageWords = {"image", "img", "picture", "图片", "图像", "插图", "图表"};
constexpr std::array<std::string_view, 4> kSeeWords = {"见附件", "见附表", "见附图", "见下图"};

bool starts_with_ci(std::string_view s, std::string_view p) {
    if (s.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i) {
        char a = s[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != p[i]) return false;
    }
    return true;
}

class PlaceholderReader {
public:
    explicit PlaceholderReader(Document& doc) : doc_(doc) {}

    void run() {
        for (const Line& line : doc_.lines) {
            if (line.blank || line.clutter) continue;
            images(line.span);
            references(line.span);
        }
    }

private:
    Document& doc_;

    void add(Placeholder::Kind kind, uint32_t b, uint32_t e) {
        Placeholder p;
        p.kind = kind;
        p.span = {b, e};
        p.text = shorten(doc_.slice(p.span), 40);
        doc_.placeholders.push_back(std::move(p));
    }

    void images(Span line) {
        std::string_view s = doc_.slice(line);
        for (size_t i = 0; i < s.size(); ++i) {
            const bool bracket = s[i] == '[' || starts_with(s.substr(i), "【");
            if (bracket) {
                const size_t open_len = s[i] == '[' ? 1 : 3;
                std::string_view rest = s.substr(i + open_len);
                size_t lead = 0;
                while (lead < rest.size() && rest[lead] == ' ') ++lead;
                bool word = false;
                for (std::string_view w : kImageWords)
                    if (starts_with_ci(rest.substr(lead), w)) word = true;
                if (!word) continue;
                const std::string_view close = s[i] == '[' ? "]" : "】";
                size_t end = s.find(close, i + open_len);
                if (end == std::string_view::npos || end - i > 300) continue;
                add(Placeholder::Kind::Image, line.begin + static_cast<uint32_t>(i),
                    line.begin + static_cast<uint32_t>(end + close.size()));
                i = end;
            } else if (s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[') {
                // Markdown image: ![alt](target)
                size_t mid = s.find("](", i + 2);
                if (mid == std::string_view::npos || mid - i > 300) continue;
                size_t end = s.find(')', mid + 2);
                if (end == std::string_view::npos || end - mid > 500) continue;
                add(Placeholder::Kind::Image, line.begin + static_cast<uint32_t>(i),
                    line.begin + static_cast<uint32_t>(end + 1));
                i = end;
            } else if (s[i] == '<' && starts_with_ci(s.substr(i + 1), "img")) {
                size_t end = s.find('>', i);
                if (end == std::string_view::npos || end - i > 500) continue;
                add(Placeholder::Kind::Image, line.begin + static_cast<uint32_t>(i),
                    line.begin + static_cast<uint32_t>(end + 1));
                i = end;
            }
        }
    }

    void references(Span line) {
        std::string_view s = doc_.slice(line);
        for (std::string_view w : kSeeWords) {
            size_t from = 0;
            while (true) {
                size_t at = s.find(w, from);
                if (at == std::string_view::npos) break;
                size_t b = at;
                if (b >= 3 && s.substr(b - 3, 3) == "详") b -= 3;  // 详见附表
                if (b >= 3 && s.substr(b - 3, 3) == "请") b -= 3;  // 请见附件
                size_t e = at + w.size();
                // Include a number or short name right after: "见附件1", "详见附表2".
                while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
                add(Placeholder::Kind::SeeAttachment, line.begin + static_cast<uint32_t>(b),
                    line.begin + static_cast<uint32_t>(e));
                from = at + w.size();
            }
        }
    }
};

}  // namespace

void read_placeholders(Document& doc, const EditionSet&) {
    if (!doc.text) return;
    PlaceholderReader(doc).run();
    std::stable_sort(doc.placeholders.begin(), doc.placeholders.end(),
                     [](const Placeholder& a, const Placeholder& b) { return a.span.begin < b.span.begin; });
}

}  // namespace nianbao
