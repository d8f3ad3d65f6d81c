#pragma once
// The citation graph of an index, read from the terms cable-index writes: a
// cable's REF list is its XREF terms (canonical ids), its own ids the Q term
// (the id as released) and, when the release spelled it otherwise, the XCID
// term (the canonical id). A cable is cited under its canonical id, and, for
// a reference written as released, under that one too: both count.
// Everything here is term and posting-list lookups, which a remote index
// (tcp:) answers as a local one does.

#include "model/Cable.h"

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace cablesearch {

// A cable of the index found by an id as released or canonical (any case).
std::optional<Xapian::docid> find_cable_document(const Xapian::Database& db, const std::string& id);

// The XREF terms that cite a cable: its canonical id's, and its released
// id's when it has one. For an id the index does not hold, that id's.
std::vector<std::string> citing_terms(const Cable& cable);
std::vector<std::string> citing_terms(const Xapian::Database& db, const std::string& id);

// The documents holding any of terms, ascending, each once.
std::vector<Xapian::docid> documents_with_any(const Xapian::Database& db, const std::vector<std::string>& terms);

// How many cables of the index cite the cable: exact (a cable citing it
// under both of its ids counts once).
Xapian::doccount cited_by_count(const Xapian::Database& db, const std::vector<std::string>& terms);
Xapian::doccount cited_by_count(const Xapian::Database& db, const Cable& cable);
// The counts of several cables at once, given each one's citing_terms: the
// frequencies of all the terms from one match, one round trip per server
// where a look-up each cost one per term and server.
std::vector<Xapian::doccount> cited_by_counts(const Xapian::Database& db,
                                              const std::vector<std::vector<std::string>>& terms);

// cites:ID: the cables ID references. Throws std::invalid_argument when the
// index does not hold ID (its references are unknown).
Xapian::Query cites_query(const Xapian::Database& db, const std::string& id);
// cited-by:ID (and ref:ID): the cables that reference ID.
Xapian::Query cited_by_query(const Xapian::Database& db, const std::string& id);

// "cited-by:" -> "cited_by:" (the name the query parser knows; a field name
// has no dash there), outside quotes, in any case; same length, so that
// positions in messages still hold.
std::string spell_citation_fields(std::string query);

} // namespace cablesearch
