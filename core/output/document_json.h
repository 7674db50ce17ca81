#pragma once
// The debug view of a Document (`nianbao parse`): metadata, outline, tables with every cell and its
// line:column, dates, prose numbers, clutter. The first thing a maintainer looks at.
#include <nlohmann/json.hpp>

#include "check/check.h"

namespace nianbao {

nlohmann::json document_json(const Result& r);

}  // namespace nianbao
