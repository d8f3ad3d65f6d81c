# Precompiled headers. A clean build (CI makes two: plain and sanitized) spent
# most of its time parsing the same library headers again in every file:
# CLI11 alone costs about 9 s of CPU per file that includes it, nlohmann-json
# 3 s, Catch2 2 s, fmt and Xapian 1 s each. Each target now parses them once.
#
# ccache caches no compilation that uses a precompiled header (unless it is set
# up for them), so with ccache as the compiler launcher -- the incremental
# builds of a developer -- they are off by default: ccache saves more there.
set(_cablesearch_pch_default ON)
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
  set(_cablesearch_pch_default OFF)
endif()
option(CABLESEARCH_PCH "Precompile the library headers (faster clean builds)" ${_cablesearch_pch_default})

# cablesearch_precompile(TARGET HEADER...): TARGET's files get HEADER... parsed once.
function(cablesearch_precompile target)
  if(CABLESEARCH_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      # From a precompiled header GCC 12 no longer knows libstdc++'s code as a
      # system header's, and reports its false -Wstringop-overflow and
      # -Warray-bounds inside std::string (GCC bugs 105651, 105329): nothing
      # about our code. Builds without precompiled headers (ccache's) keep them.
      target_compile_options(${target} PRIVATE -Wno-stringop-overflow -Wno-array-bounds -Wno-stringop-overread)
    endif()
  endif()
endfunction()

# What most files of every target include.
set(CABLESEARCH_COMMON_HEADERS <algorithm> <filesystem> <optional> <string> <string_view> <vector> <fmt/format.h> <xapian.h>)
