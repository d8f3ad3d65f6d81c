#pragma once
// An index spread over several hosts: a folder whose stub lists indexes
// served by xapian-tcpsrv (cable-index remote add), beside local shards or
// not, or one server given as tcp:HOST:PORT. Xapian searches them as one,
// with the same BM25 statistics as one index, and its built-in match spies
// count the facets on each server; what Xapian's remote backend does not do
// is done here:
//  - each host is opened with the --timeout, so that one that does not
//    answer is named instead of waited for;
//  - with --allow-partial, a host that does not answer (when opened, or in
//    the middle of a search) is left out and the search runs again over the
//    others, the results then labelled partial;
//  - the vocabulary (wildcards) is read from every member, where Xapian
//    reads the first one's metadata only, and "did you mean" comes from the
//    folder's own dictionary (indexer/index/SearchSpelling.h), as Xapian
//    reads no spelling data through a server.

#include "OpenIndex.h"

#include <stdexcept>
#include <string>

namespace cablesearch {

// Throws std::runtime_error naming the location, or the host that does not
// answer (unless options.allow_partial).
CableIndex open_remote_index(const std::string& location, const OpenOptions& options);

// Called with a Xapian::NetworkError met while reading index: leaves the
// host that failed out (options.allow_partial) so that the read can run
// again, else throws std::runtime_error naming it.
void leave_out_failed_host(CableIndex& index, const Xapian::Error& error);

// read(), run again over the hosts that still answer while one fails
// (options.allow_partial); errors naming the host otherwise.
template <typename Read>
auto read_answering_hosts(CableIndex& index, Read&& read)
{
    for (;;) {
        try {
            return read();
        } catch (const Xapian::NetworkError& e) {
            if (index.members.empty()) throw;
            leave_out_failed_host(index, e);
        }
    }
}

} // namespace cablesearch
