#include "CompletionCommand.h"

#include "OpenIndex.h"
#include "index/IndexLocation.h"
#include "index/Schema.h"
#include "parse/TextScan.h"
#include "saved/SavedSearches.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <string_view>
#include <xapian.h>

namespace cablesearch {

namespace {

// Enough for any field but ids, which a shell would not list anyway.
constexpr size_t kMaxValues = 1000;

struct FieldTerms {
    std::string_view field;
    std::string_view prefix; // the term prefix (index/Schema.h)
    bool upper;              // the case of the values in the index
};

constexpr FieldTerms kFields[] = {
    {"tag", schema::kTagPrefix, true},          {"post", schema::kPostPrefix, false},
    {"class", schema::kClassPrefix, false},     {"caveat", schema::kCaveatPrefix, false},
    {"signer", schema::kSignerPrefix, false},   {"id", schema::kIdPrefix, true},
    {"ref", schema::kRefPrefix, true},          {"year", schema::kYearPrefix, false},
};

const FieldTerms* field_terms(std::string_view field)
{
    std::string name = text::lower(field);
    for (const auto& f : kFields)
        if (f.field == name) return &f;
    return nullptr;
}

} // namespace

CLI::App* add_completion_subcommand(CLI::App& app, CompletionArgs& args)
{
    CLI::App* complete = app.add_subcommand("__complete", "Values of a field in the index, for shell completion");
    complete->group(""); // hidden
    complete->add_option("field", args.field, "tag, post, class, caveat, signer, id, ref, year, or saved (search names)")->required();
    complete->add_option("prefix", args.prefix, "The start of the value, any case");
    complete->add_option("--db", args.db, "Index location");
    return complete;
}

namespace {

// The names of the saved searches that start with prefix (any case): no index needed.
int complete_saved_names(const std::string& prefix)
{
    try {
        std::string out;
        const SavedSearches saved = SavedSearches::load();
        for (const auto& s : saved.all())
            if (same_saved_name(std::string_view(s.name).substr(0, std::min(s.name.size(), prefix.size())), prefix))
                out += s.name + "\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
        return out.empty() ? 1 : 0;
    } catch (const std::exception&) {
        return 1;
    }
}

} // namespace

int run_completion(const CompletionArgs& args)
{
    if (text::lower(args.field) == "saved") return complete_saved_names(args.prefix);
    const FieldTerms* field = field_terms(args.field);
    if (!field) return 1;
    // A query cannot hold a value with a space unquoted: those are left out.
    std::string start = std::string(field->prefix) + (field->upper ? text::upper(args.prefix) : text::lower(args.prefix));
    try {
        std::string where = args.db.empty() ? default_index_path().string() : args.db;
        // One opening of the index as a whole: the values are all the
        // shards' terms, merged.
        // Hosts of an index on several (RemoteIndex.h): those that answer
        // soon; a <Tab> must not wait on one that is down.
        OpenOptions hosts;
        hosts.timeout = std::chrono::milliseconds(2000);
        hosts.allow_partial = true;
        Xapian::Database db = is_remote_index(where) || lists_remote_indexes(where) ? open_index(where, hosts).all
                                                                                   : Xapian::Database(where);
        size_t given = 0;
        std::string out;
        for (auto it = db.allterms_begin(start); it != db.allterms_end(start) && given < kMaxValues; ++it) {
            const std::string term = *it; // the iterator gives a string by value
            std::string_view value = term;
            value.remove_prefix(field->prefix.size());
            if (value.empty() || value.find(' ') != std::string_view::npos) continue;
            out.append(value).push_back('\n');
            ++given;
        }
        std::fwrite(out.data(), 1, out.size(), stdout);
        return given ? 0 : 1;
    } catch (const Xapian::Error&) {
        return 1;
    } catch (const std::exception&) {
        return 1;
    }
}

} // namespace cablesearch
