#pragma once
// Writes dump(document) where one array of the document is filled one element at a time: the
// batch writers (JSON reports, SARIF results) stream what they would otherwise build whole, and
// produce exactly the same bytes as the one-document producers.
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace nianbao {

class StreamedArray {
public:
    // `skeleton` is the whole document with `key` an empty array (the key must occur once).
    StreamedArray(std::ostream& out, const nlohmann::json& skeleton, std::string_view key);
    void add(const nlohmann::json& element);
    void finish();  // once, after the last add()

private:
    std::ostream& out_;
    std::string head_, tail_;  // the dump before the array's "[" (included) and from its "]"
    std::string indent_;       // an element's indentation
    size_t count_ = 0;
};

}  // namespace nianbao
