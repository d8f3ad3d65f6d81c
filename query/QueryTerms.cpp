#include "QueryTerms.h"

#include <algorithm>
#include <cstdlib>

namespace cablesearch {

namespace {

// The subqueries whose words the matching cables hold: not those after the
// first of an AND_NOT ("terrorist -athens" highlights no "athens").
size_t positive_subqueries(const Xapian::Query& q)
{
    return q.get_type() == Xapian::Query::OP_AND_NOT ? std::min<size_t>(1, q.get_num_subqueries()) : q.get_num_subqueries();
}

void collect_terms(const Xapian::Query& q, std::vector<std::string>& out)
{
    if (q.get_type() == Xapian::Query::LEAF_TERM) {
        out.push_back(*q.get_terms_begin());
        return;
    }
    for (size_t i = 0; i < positive_subqueries(q); ++i) collect_terms(q.get_subquery(i), out);
}

void collect_patterns(const Xapian::Query& q, std::vector<std::string>& out)
{
    if (q.get_type() == Xapian::Query::OP_WILDCARD) {
        // "Query(WILDCARD SYNONYM traffick)": the API has no accessor for it.
        std::string d = q.get_description();
        size_t space = d.rfind(' ');
        if (space != std::string::npos && d.size() > space + 2) out.push_back(d.substr(space + 1, d.size() - space - 2));
        return;
    }
    for (size_t i = 0; i < positive_subqueries(q); ++i) collect_patterns(q.get_subquery(i), out);
}

// Strict phrases only: ADJ/n with room between the words is left to single
// words. Terms outside them go to loose.
void collect_phrases(const Xapian::Query& q, std::vector<std::vector<std::string>>& out, std::vector<std::string>& loose)
{
    if (q.get_type() == Xapian::Query::LEAF_TERM) {
        loose.push_back(*q.get_terms_begin());
        return;
    }
    if (q.get_type() == Xapian::Query::OP_PHRASE) {
        std::vector<std::string> words;
        for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
            Xapian::Query sub = q.get_subquery(i);
            if (sub.get_type() != Xapian::Query::LEAF_TERM) {
                for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t) loose.push_back(*t);
                return;
            }
            words.push_back(*sub.get_terms_begin());
        }
        std::string d = q.get_description();
        size_t at = d.find(" PHRASE ");
        unsigned window = at == std::string::npos ? 0 : static_cast<unsigned>(std::strtoul(d.c_str() + at + 8, nullptr, 10));
        if (window <= words.size()) out.push_back(std::move(words));
        else loose.insert(loose.end(), words.begin(), words.end());
        return;
    }
    for (size_t i = 0; i < positive_subqueries(q); ++i) collect_phrases(q.get_subquery(i), out, loose);
}

} // namespace

QueryTerms::QueryTerms(const Xapian::Query& query)
{
    collect_terms(query, terms_);
    std::sort(terms_.begin(), terms_.end());
    terms_.erase(std::unique(terms_.begin(), terms_.end()), terms_.end());
    collect_patterns(query, patterns_);
    collect_phrases(query, phrases_, loose_);
    std::sort(loose_.begin(), loose_.end());
}

bool QueryTerms::only_in_phrases(const std::string& term) const
{
    if (std::binary_search(loose_.begin(), loose_.end(), term)) return false;
    for (const auto& p : phrases_)
        if (std::find(p.begin(), p.end(), term) != p.end()) return true;
    return false;
}

} // namespace cablesearch
