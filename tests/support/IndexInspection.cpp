#include "support/IndexInspection.h"

#include "index/FileState.h"
#include "index/Schema.h"
#include "index/ShardLayout.h"
#include "support/ToolRun.h"

#include <cstdlib>
#include <unistd.h>
#include <xapian.h>

namespace cablesearch::testing {

IndexContents inspect_index(const std::filesystem::path& index)
{
    Xapian::Database db(index.string());
    IndexContents c;
    c.documents = db.get_doccount();
    const std::string id_prefix(schema::kIdPrefix);
    for (auto t = db.allterms_begin(id_prefix); t != db.allterms_end(id_prefix); ++t) {
        c.ids.insert((*t).substr(id_prefix.size()));
        if (t.get_termfreq() > 1) ++c.ids_on_two_documents;
    }
    // "file:<path>" -> "<path>\n<size> <mtime> ID ~ID ...": '~' marks a copy held elsewhere.
    const std::string state_prefix(kFileStateKeyPrefix);
    for (auto k = db.metadata_keys_begin(state_prefix); k != db.metadata_keys_end(state_prefix); ++k) {
        std::string value = db.get_metadata(*k);
        size_t nl = value.find('\n');
        if (nl == std::string::npos) continue;
        if (auto state = parse_file_state(std::string_view(value).substr(nl + 1)))
            for (const auto& cable : state->cables)
                if (cable.owned) c.recorded_ids.insert(schema::id_term(cable.id).substr(id_prefix.size()));
    }
    return c;
}

std::string xapian_check_program()
{
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    size_t start = 0;
    while (start <= dirs.size()) {
        size_t colon = dirs.find(':', start);
        std::string dir = dirs.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
        std::string candidate = (dir.empty() ? std::string(".") : dir) + "/xapian-check";
        if (access(candidate.c_str(), X_OK) == 0) return candidate;
        if (colon == std::string::npos) break;
        start = colon + 1;
    }
    return {};
}

bool xapian_check_index(const std::string& program, const std::filesystem::path& index, std::string& report)
{
    bool whole = true;
    for (const auto& shard : shard_folders(index.string())) {
        ToolResult r = run_tool(program, {shard});
        report += shard + ": " + r.out + r.err;
        whole = whole && r.status == 0;
    }
    return whole;
}

} // namespace cablesearch::testing
