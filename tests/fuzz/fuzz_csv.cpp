// libFuzzer target: the bytes as a corpus file of any format, seeded with cables.csv records.
// Run with scripts/fuzz csv SECONDS.

#include "fuzz/InputChecks.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cablesearch::fuzz::check_corpus_file({reinterpret_cast<const char*>(data), size});
    return 0;
}
