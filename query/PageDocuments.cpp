#include "PageDocuments.h"

#include <future>

namespace cablesearch {

std::vector<Xapian::Document> page_documents(const CableIndex& index, const Xapian::MSet& mset)
{
    std::vector<Xapian::Document> documents;
    // The databases `all` is made of, when each is one remote database: the
    // page's document id d is then database (d - 1) % n's document
    // (d - 1) / n + 1. A local member may hold shards of its own.
    std::vector<const Xapian::Database*> hosts;
    bool all_remote = !index.members.empty();
    for (const auto& m : index.members)
        if (m.open()) {
            all_remote = all_remote && m.remote;
            hosts.push_back(&m.db);
        }
    if (!all_remote || hosts.size() < 2 || mset.size() < 2) {
        for (auto it = mset.begin(); it != mset.end(); ++it) documents.push_back(it.get_document());
        return documents;
    }
    const auto n = static_cast<Xapian::docid>(hosts.size());
    std::vector<std::vector<size_t>> places(hosts.size()); // each host's items, by place on the page
    std::vector<Xapian::docid> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        places[(*it - 1) % n].push_back(ids.size());
        ids.push_back((*it - 1) / n + 1);
    }
    documents.resize(ids.size());
    // Each thread uses one host's database alone, and this thread waits: no
    // Xapian object is used by two threads at once. A host's error leaves
    // only after the other threads end: a future of std::async waits for its
    // thread when destroyed, and `reads`, declared after what the threads
    // use, is destroyed before it.
    std::vector<std::future<void>> reads;
    for (size_t h = 0; h < hosts.size(); ++h)
        if (!places[h].empty())
            reads.push_back(std::async(std::launch::async, [&, h] {
                for (size_t place : places[h]) documents[place] = hosts[h]->get_document(ids[place]);
            }));
    for (auto& r : reads) r.get();
    return documents;
}

} // namespace cablesearch
