#include "saved/SavedSearchExpansion.h"

#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>

namespace cablesearch {

namespace {

// An @NAME in a query: '@' at `at`, the name up to `end`.
struct NameUse {
    size_t at = 0, end = 0;
    std::string name;
};

bool starts_word(const std::string& q, size_t i)
{
    auto boundary = [&](size_t k) { return text::is_space(q[k]) || q[k] == '('; };
    if (i == 0 || boundary(i - 1)) return true;
    return (q[i - 1] == '+' || q[i - 1] == '-') && (i == 1 || boundary(i - 2));
}

// Every @NAME of q outside quotes; QuerySyntaxError for an @ that starts a
// word but names nothing.
std::vector<NameUse> find_names(const std::string& q)
{
    std::vector<NameUse> uses;
    bool quoted = false;
    for (size_t i = 0; i < q.size(); ++i) {
        if (q[i] == '"') quoted = !quoted;
        if (quoted || q[i] != '@' || !starts_word(q, i)) continue;
        size_t j = i + 1;
        while (j < q.size() && is_saved_name_byte(q[j])) ++j;
        if (j == i + 1) throw QuerySyntaxError(q, i, "'@' needs the name of a saved search, as in @ktip");
        if (j < q.size() && !text::is_space(q[j]) && q[j] != ')')
            throw QuerySyntaxError(q, j, "a saved search's name ends at a space or ')' (to search for text with an '@', "
                                         "put it in quotes)");
        uses.push_back({i, j, q.substr(i + 1, j - i - 1)});
    }
    return uses;
}

// A problem inside a saved search: reported at the user's @NAME that led to it.
struct NestedError {
    std::string message;
};

// A filter value as the query language reads it: quoted unless it is one word.
std::string field_value(const char* field, const std::string& v)
{
    if (v.find('"') != std::string::npos)
        throw NestedError{fmt::format("its {} '{}' cannot be written in a query (it holds a '\"')", field, v)};
    bool word = !v.empty() && std::all_of(v.begin(), v.end(), [](char c) {
        return text::is_alnum(c) || c == '-' || c == '_' || c == '.' || c == '/' || static_cast<unsigned char>(c) >= 0x80;
    });
    return fmt::format("{}:{}", field, word ? v : "\"" + v + "\"");
}

// --tag A --tag B: both; --post A --post B: either; --class: all; --since/--until: a date range.
std::string filter_text(const QueryFilters& f)
{
    std::vector<std::string> parts;
    for (const auto& t : f.tags) parts.push_back(field_value("tag", t));
    if (f.posts.size() == 1) parts.push_back(field_value("post", f.posts.front()));
    if (f.posts.size() > 1) {
        std::string any;
        for (const auto& p : f.posts) any += (any.empty() ? "(" : " OR ") + field_value("post", p);
        parts.push_back(any + ")");
    }
    for (const auto& c : f.classes) parts.push_back(field_value("class", c));
    if (!f.since.empty() || !f.until.empty()) {
        if (f.since.find_first_of(" ()\"") != std::string::npos || f.until.find_first_of(" ()\"") != std::string::npos)
            throw NestedError{fmt::format("its dates '{}' and '{}' are not dates", f.since, f.until)};
        parts.push_back(fmt::format("date:{}..{}", f.since, f.until));
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
    return out;
}

std::string chain_text(const std::vector<std::string>& chain, const std::string& last)
{
    std::string out;
    for (const auto& n : chain) out += "@" + n + " -> ";
    return out + "@" + last;
}

class Expander {
public:
    explicit Expander(const SavedSearches& saved) : saved_(saved) {}

    // The group a saved search stands for; chain holds the searches being
    // expanded around it, outermost first.
    std::string group(const std::string& name, std::vector<std::string>& chain)
    {
        for (const auto& outer : chain)
            if (same_saved_name(outer, name))
                throw NestedError{chain.size() == 1 ? fmt::format("@{} refers to itself", name)
                                      : fmt::format("saved searches use each other in a circle: {}", chain_text(chain, name))};
        const SavedSearch* s = saved_.find(name);
        if (!s) {
            if (chain.empty()) throw NestedError{unknown(name)};
            throw NestedError{fmt::format("@{} uses @{}, which is not saved", chain.back(), name)};
        }
        chain.push_back(s->name);
        std::string inner;
        if (!text::trim(s->query).empty()) {
            try {
                inner = expand(s->query, chain);
            } catch (const QuerySyntaxError& e) {
                throw NestedError{fmt::format("@{} ({}): {}", s->name, s->query, e.what())};
            }
        }
        std::string filters = filter_text(s->filters);
        chain.pop_back();
        if (filters.empty()) return "(" + inner + ")";
        if (inner.empty()) return "(" + filters + ")";
        // The query grouped on its own: its OR must not take the filters in.
        return "((" + inner + ") " + filters + ")";
    }

    // q with its @NAMEs replaced.
    std::string expand(const std::string& q, std::vector<std::string>& chain)
    {
        std::string out;
        size_t at = 0;
        for (const auto& use : find_names(q)) {
            out.append(q, at, use.at - at);
            out += group(use.name, chain);
            at = use.end;
        }
        return out + q.substr(at);
    }

    std::string unknown(const std::string& name) const
    {
        if (saved_.all().empty())
            return fmt::format("no saved search @{} (none is saved yet: cable-query --save NAME 'QUERY' saves one; "
                               "\"@{}\" in quotes searches for the text)", name, name);
        std::string names;
        size_t shown = 0;
        for (const auto& s : saved_.all()) {
            if (++shown > 8) {
                names += ", ...";
                break;
            }
            names += (names.empty() ? "@" : ", @") + s.name;
        }
        return fmt::format("no saved search @{} (saved: {}; \"@{}\" in quotes searches for the text)", name, names, name);
    }

private:
    const SavedSearches& saved_;
};

} // namespace

QuerySyntaxError QueryExpansion::relocate(const QuerySyntaxError& e) const
{
    if (!expanded() || !e.pointer().starts_with("  " + text + "\n")) return e;
    const size_t position = e.position();
    size_t shift = 0; // how much longer text is than original before position
    for (const auto& u : uses) {
        if (position < u.text_begin) break;
        if (position < u.text_end) return QuerySyntaxError(original, u.original_begin, fmt::format("in @{}: {}", u.name, e.what()));
        shift += (u.text_end - u.text_begin) - (u.original_end - u.original_begin);
    }
    return QuerySyntaxError(original, position - std::min(shift, position), e.what());
}

bool mentions_saved_search(std::string_view query)
{
    bool quoted = false;
    std::string q(query);
    for (size_t i = 0; i < q.size(); ++i) {
        if (q[i] == '"') quoted = !quoted;
        if (!quoted && q[i] == '@' && starts_word(q, i)) return true;
    }
    return false;
}

std::vector<std::string> saved_names_in(const std::string& query)
{
    std::vector<std::string> names;
    try {
        for (auto& use : find_names(query)) names.push_back(std::move(use.name));
    } catch (const QuerySyntaxError&) {
        names.clear();
    }
    return names;
}

QueryExpansion expand_saved_searches(const std::string& query, const SavedSearches& saved, const std::string& saving)
{
    QueryExpansion x{query, {}, {}};
    Expander expander(saved);
    size_t at = 0;
    for (const auto& use : find_names(query)) {
        x.text.append(query, at, use.at - at);
        std::vector<std::string> chain;
        if (!saving.empty()) chain.push_back(saving);
        try {
            std::string group = expander.group(use.name, chain);
            x.uses.push_back({use.name, use.at, use.end, x.text.size(), x.text.size() + group.size()});
            x.text += group;
        } catch (const NestedError& e) {
            throw QuerySyntaxError(query, use.at, e.message);
        }
        at = use.end;
    }
    x.text += query.substr(at);
    return x;
}

QueryExpansion expand_saved_searches(const std::string& query)
{
    if (!mentions_saved_search(query)) return {query, query, {}};
    return expand_saved_searches(query, SavedSearches::load());
}

} // namespace cablesearch
