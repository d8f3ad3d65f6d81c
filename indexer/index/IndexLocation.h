#pragma once
// Where the index lives when --db is not given; cable-index and cable-query
// agree on it, so `cable-index corpus && cable-query trafficking` just works.

#include <filesystem>

namespace cablesearch {

// $CABLESEARCH_INDEX, else $XDG_DATA_HOME/cablesearch/index, else
// ~/.local/share/cablesearch/index, else ./.cablesearch/index.
std::filesystem::path default_index_path();

} // namespace cablesearch
