// libFuzzer target: the bytes as a plain-text cable file.
// Run with scripts/fuzz text SECONDS.

#include "fuzz/InputChecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cablesearch::fuzz::check_text_cable({reinterpret_cast<const char*>(data), size});
    return 0;
}
