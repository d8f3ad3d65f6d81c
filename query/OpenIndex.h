#pragma once
// Opens the index for reading: a local path, or "tcp:HOST:PORT" for an index
// served by xapian-tcpsrv. Errors say what to do ("run cable-index").

#include <string>

#include <xapian.h>

namespace cablesearch {

// Throws std::runtime_error with a one-line message naming the location.
Xapian::Database open_index(const std::string& location);

// tcp:HOST:PORT
bool is_remote_index(const std::string& location);

} // namespace cablesearch
