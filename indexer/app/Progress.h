#pragma once
// The progress line of cable-index on a terminal: files and cables done,
// MB/s, ETA. Silent when stderr is not a terminal.

#include "index/IngestPipeline.h"

#include <chrono>

namespace cablesearch {

class ProgressLine {
public:
    explicit ProgressLine(bool enabled);
    void update(const IngestProgress& p);
    void clear(); // before printing another line, and at the end
    double elapsed_seconds() const;

private:
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

} // namespace cablesearch
