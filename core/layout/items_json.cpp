#include "layout/items_json.h"

#include "layout/reconstruct.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace nianbao::layout {

namespace {

bool finite_number(const nlohmann::json& j, const char* key, double& out) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return false;
    out = it->get<double>();
    return std::isfinite(out);
}

}  // namespace

std::optional<PositionedText> positioned_text_from_json(std::string_view json, std::string& error) {
    const auto j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
        error = "PDF 文字层数据不是有效的 JSON";
        return std::nullopt;
    }
    PositionedText out;
    const auto pages = j.find("pages");
    const auto items = j.find("items");
    if (pages == j.end() || !pages->is_array() || items == j.end() || !items->is_array()) {
        error = "PDF 文字层数据缺少 pages 或 items";
        return std::nullopt;
    }
    for (const auto& p : *pages) {
        PageBox box;
        if (!p.is_object() || !finite_number(p, "width", box.width) || !finite_number(p, "height", box.height)) {
            error = "PDF 页面尺寸无效";
            return std::nullopt;
        }
        out.pages.push_back(box);
    }
    out.items.reserve(std::min(items->size(), kMaxItems));
    for (const auto& it : *items) {
        if (out.items.size() >= kMaxItems) break;  // reconstruct() reads no more than this anyway
        TextItem item;
        const auto text = it.is_object() ? it.find("text") : it.end();
        const auto page = it.is_object() ? it.find("page") : it.end();
        if (text == it.end() || !text->is_string() || page == it.end() || !page->is_number_integer() ||
            !finite_number(it, "x", item.x) || !finite_number(it, "y", item.y) ||
            !finite_number(it, "width", item.width) || !finite_number(it, "height", item.height)) {
            error = "PDF 文字项无效";
            return std::nullopt;
        }
        const auto index = page->get<long long>();
        if (index < 0 || index >= static_cast<long long>(out.pages.size())) {
            error = "PDF 文字项的页码超出范围";
            return std::nullopt;
        }
        item.page = static_cast<int>(index);
        item.text = text->get<std::string>();
        out.items.push_back(std::move(item));
    }
    return out;
}

}  // namespace nianbao::layout
