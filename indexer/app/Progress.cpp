#include "app/Progress.h"

#include <cstdio>
#include <fmt/format.h>

namespace cablesearch {

ProgressLine::ProgressLine(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

double ProgressLine::elapsed_seconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressLine::update(const IngestProgress& p)
{
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = elapsed_seconds();
    double mbps = secs > 0 ? p.bytes_done / 1e6 / secs : 0;
    std::string eta = "--";
    if (mbps > 0 && p.bytes_total > p.bytes_done) {
        int left = static_cast<int>((p.bytes_total - p.bytes_done) / 1e6 / mbps);
        eta = fmt::format("{}:{:02}", left / 60, left % 60);
    }
    fmt::print(stderr, "\r\033[K{}/{} files  {} cables  {:.1f} MB/s  ETA {}", p.files_done, p.files_total,
               p.cables_done, mbps, eta);
    std::fflush(stderr);
    shown_ = true;
}

void ProgressLine::clear()
{
    if (!shown_) return;
    fmt::print(stderr, "\r\033[K");
    std::fflush(stderr);
    shown_ = false;
}

} // namespace cablesearch
