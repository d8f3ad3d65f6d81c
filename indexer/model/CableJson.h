#pragma once
// Cable <-> JSON: the `cable-index parse` output, the stored document data of
// the index and cable-query's --json all use these field names.

#include "model/Cable.h"

#include <nlohmann/json.hpp>

namespace cablesearch {

nlohmann::ordered_json to_json(const Cable& cable);
Cable cable_from_json(const nlohmann::ordered_json& j);

} // namespace cablesearch
