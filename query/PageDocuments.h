#pragma once
// The documents of a page of results, in the page's order.
//
// A remote server (xapian-tcpsrv) answers one document request at a time,
// and sends the document's data and then each of its values as a message of
// its own: about 1.5 ms a document of the generated release, ten for a page,
// most of a short search's time over remote hosts. Xapian 1.4.22's
// MSet::fetch() does not send the requests ahead. So when every database of
// the index is on another host, each host's documents are read on a thread
// of their own, all hosts at once, each through its own connection.

#include "OpenIndex.h"

#include <vector>

#include <xapian.h>

namespace cablesearch {

std::vector<Xapian::Document> page_documents(const CableIndex& index, const Xapian::MSet& mset);

} // namespace cablesearch
