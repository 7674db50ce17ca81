#pragma once
// The JSON form of positioned text, for the wasm boundary (pdf.js → core):
//   {"pages":[{"width":595,"height":842},…],
//    "items":[{"page":0,"x":…,"y":…,"width":…,"height":…,"text":"…"},…]}
// Coordinates as in text_item.h (top-left origin). Malformed input → nullopt with a Chinese reason.
#include <optional>
#include <string>
#include <string_view>

#include "layout/text_item.h"

namespace nianbao::layout {

std::optional<PositionedText> positioned_text_from_json(std::string_view json, std::string& error);

}  // namespace nianbao::layout
