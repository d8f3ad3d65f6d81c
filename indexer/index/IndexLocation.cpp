#include "index/IndexLocation.h"

#include <cstdlib>

namespace cablesearch {

std::filesystem::path default_index_path()
{
    if (const char* env = std::getenv("CABLESEARCH_INDEX"); env && *env) return env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "cablesearch" / "index";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "cablesearch" / "index";
    return std::filesystem::path(".cablesearch") / "index";
}

} // namespace cablesearch
