// libFuzzer target: the bytes as a release HTML page.
// Run with scripts/fuzz html SECONDS.

#include "fuzz/InputChecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cablesearch::fuzz::check_html_page({reinterpret_cast<const char*>(data), size});
    return 0;
}
