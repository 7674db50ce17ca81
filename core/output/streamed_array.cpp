#include "output/streamed_array.h"

#include "output/json_report.h"

namespace nianbao {

StreamedArray::StreamedArray(std::ostream& out, const nlohmann::json& skeleton, std::string_view key)
    : out_(out) {
    // The skeleton's dump, cut where its empty array stands.
    const std::string whole = dump(skeleton);
    const std::string mark = "\"" + std::string(key) + "\": []";
    const size_t at = whole.find(mark);
    head_ = whole.substr(0, at + mark.size() - 1);  // up to and including "["
    tail_ = whole.substr(at + mark.size() - 1);     // from "]"
    // The elements go one step deeper than the line that holds the key.
    const size_t line = whole.rfind('\n', at);
    indent_ = std::string(at - line, ' ');
}

void StreamedArray::add(const nlohmann::json& element) {
    // The element's own dump with every line indented: JSON strings cannot hold a raw line break,
    // so every '\n' is a line of the layout.
    const std::string one = element.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::string block = (count_++ == 0 ? head_ + "\n" : std::string(",\n")) + indent_;
    block.reserve(block.size() + one.size() + one.size() / 16);
    size_t from = 0;
    for (size_t nl = one.find('\n'); nl != std::string::npos; nl = one.find('\n', from)) {
        block.append(one, from, nl + 1 - from);
        block += indent_;
        from = nl + 1;
    }
    block.append(one, from, std::string::npos);
    out_ << block;
}

void StreamedArray::finish() {
    if (count_ == 0) out_ << head_ << tail_;
    else out_ << "\n" << indent_.substr(1) << tail_;
}

}  // namespace nianbao
