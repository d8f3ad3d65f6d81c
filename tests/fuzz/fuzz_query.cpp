// libFuzzer target: the bytes as cable-query's query line and filter options.
// Run with scripts/fuzz query SECONDS.

#include "fuzz/InputChecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cablesearch::fuzz::check_query({reinterpret_cast<const char*>(data), size});
    return 0;
}
