#include "index/Schema.h"

#include "parse/TextScan.h"

namespace cablesearch::schema {

namespace {
std::string prefixed(std::string_view prefix, std::string value)
{
    // A value that starts with an upper-case letter after a multi-letter
    // prefix would be ambiguous to Xapian's conventions; ':' keeps it apart.
    bool colon = prefix.size() > 1 && !value.empty() && text::is_upper(value[0]);
    std::string term;
    term.reserve(prefix.size() + 1 + value.size());
    term.append(prefix.data(), prefix.size());
    if (colon) term.append(1, ':');
    term.append(value);
    return term;
}
} // namespace

std::string post_term(std::string_view v) { return prefixed(kPostPrefix, text::lower(text::collapse_spaces(v))); }
std::string tag_term(std::string_view v) { return std::string(kTagPrefix) + text::upper(text::trim(v)); }
std::string id_term(std::string_view v) { return std::string(kIdPrefix) + text::upper(text::trim(v)); }
std::string class_term(std::string_view v) { return prefixed(kClassPrefix, text::lower(text::collapse_spaces(v))); }
std::string caveat_term(std::string_view v) { return prefixed(kCaveatPrefix, text::lower(text::trim(v))); }
std::string ref_term(std::string_view v) { return prefixed(kRefPrefix, text::upper(text::trim(v))); }
std::string signer_term(std::string_view v) { return prefixed(kSignerPrefix, text::lower(text::collapse_spaces(v))); }

std::string join_facet_values(const std::vector<std::string>& values)
{
    std::string set;
    for (const auto& v : values) {
        if (!set.empty()) set += kFacetValueSeparator;
        set += v;
    }
    return set;
}

} // namespace cablesearch::schema
