#include "MarkingQuery.h"

#include "index/ParagraphMarking.h"
#include "index/Schema.h"

#include <fmt/format.h>
#include <functional>
#include <optional>
#include <stdexcept>
#include <vector>

namespace cablesearch {

namespace {

using Q = Xapian::Query;

bool is_marking_query(const Q& q)
{
    if (q.empty() || q.get_unique_terms_begin() == q.get_unique_terms_end()) return false;
    if (q.get_type() != Q::LEAF_TERM && q.get_type() != Q::OP_OR) return false;
    for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end(); ++t)
        if (!(*t).starts_with(schema::kMarkingPrefix)) return false;
    return true;
}

// A word of the body: "Z" and a stem, no field prefix (capitals) after it.
bool is_body_term(const std::string& t) { return t.size() > 1 && t[0] == 'Z' && !(t[1] >= 'A' && t[1] <= 'Z'); }

std::vector<Q> subqueries(const Q& q)
{
    std::vector<Q> out;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) out.push_back(q.get_subquery(i));
    return out;
}

// The words of q that NEAR can take, each with its positions: a body word,
// an OR or synonym of body words (a wildcard; as OR, since Xapian 1.4's
// positional operators take no synonym groups). A phrase or NEAR chain gives
// its words (Xapian 1.4 nests no positional operators): the chain itself is
// then checked over the whole cable beside the NEAR. Empty when q is none of
// these.
std::vector<Q> positional_words(const Q& q)
{
    switch (q.get_type()) {
    case Q::LEAF_TERM: {
        auto t = q.get_terms_begin();
        if (t != q.get_terms_end() && is_body_term(*t)) return {q};
        return {};
    }
    case Q::OP_OR:
    case Q::OP_SYNONYM: {
        std::vector<Q> terms;
        for (const auto& s : subqueries(q)) {
            if (s.get_type() != Q::LEAF_TERM || !is_body_term(*s.get_terms_begin())) return {};
            terms.push_back(s);
        }
        if (terms.empty()) return {};
        return {Q(Q::OP_OR, terms.begin(), terms.end())};
    }
    case Q::OP_PHRASE:
    case Q::OP_NEAR: {
        std::vector<Q> words;
        for (const auto& s : subqueries(q)) {
            auto w = positional_words(s);
            if (w.size() != 1) return {};
            words.push_back(w.front());
        }
        return words;
    }
    default: return {};
    }
}

bool is_chain(const Q& q) { return q.get_type() == Q::OP_PHRASE || q.get_type() == Q::OP_NEAR; }

Q near(const Q& marking, const std::vector<Q>& words)
{
    std::vector<Q> parts{marking};
    parts.insert(parts.end(), words.begin(), words.end());
    return Q(Q::OP_NEAR, parts.begin(), parts.end(), schema::kMarkingWindow);
}

Q all_of(const std::vector<Q>& qs)
{
    if (qs.size() == 1) return qs.front();
    return Q(Q::OP_AND, qs.begin(), qs.end());
}

struct Bound {
    Q query;
    bool took_markings = false; // the markings handed down were bound here
};

// q with its markings, and those handed down from above (markings), bound
// to the words of its AND spine.
Bound bind_to_words(const Q& q, const std::vector<Q>& markings);

Q bind_free(const Q& q) { return bind_to_words(q, {}).query; }

Bound bind_and_like(const Q& q, const std::vector<Q>& inherited)
{
    const bool filter = q.get_type() == Q::OP_FILTER;
    std::vector<Q> markings = inherited;
    std::vector<Q> words, chains, weighted, filters;
    std::vector<size_t> weighted_unbound; // indexes of weighted that could take the markings
    // The filter side is an AND of filters when there are several
    // (marking:S tag:PGOV): each on its own, so a marking among them is found.
    std::vector<Q> children;
    std::vector<bool> filter_side;
    std::function<void(const Q&, bool)> add = [&](const Q& c, bool is_filter) {
        if (is_filter && c.get_type() == Q::OP_AND) {
            for (const auto& s : subqueries(c)) add(s, true);
            return;
        }
        children.push_back(c);
        filter_side.push_back(is_filter);
    };
    auto direct = subqueries(q);
    for (size_t i = 0; i < direct.size(); ++i) add(direct[i], filter && i > 0);
    for (size_t i = 0; i < children.size(); ++i) {
        const Q& c = children[i];
        const bool is_filter = filter_side[i];
        if (is_marking_query(c)) {
            markings.push_back(c);
        } else if (auto p = positional_words(c); !p.empty() && !is_filter) {
            words.insert(words.end(), p.begin(), p.end());
            if (is_chain(c)) chains.push_back(c);
        } else if (is_filter) {
            filters.push_back(bind_free(c));
        } else {
            weighted.push_back(c);
        }
    }
    bool took = false;
    std::vector<Q> positive;
    if (!markings.empty() && !words.empty()) {
        for (const auto& m : markings) positive.push_back(near(m, words));
        positive.insert(positive.end(), chains.begin(), chains.end());
        for (const auto& w : weighted) positive.push_back(bind_free(w));
        took = true;
    } else {
        for (const auto& w : weighted) {
            if (!markings.empty() && !took) {
                Bound b = bind_to_words(w, markings);
                positive.push_back(b.query);
                took = b.took_markings;
            } else {
                positive.push_back(bind_free(w));
            }
        }
        for (size_t i = 0; i < children.size(); ++i)
            if (!is_marking_query(children[i]) && !positional_words(children[i]).empty() && !filter_side[i])
                positive.push_back(children[i]);
    }
    bool own_markings = markings.size() > inherited.size();
    if (!took && own_markings) {
        // No words to bind them to: marking:X alone, a filter of its own.
        for (size_t i = inherited.size(); i < markings.size(); ++i) filters.push_back(markings[i]);
    }
    Q result;
    if (positive.empty()) result = all_of(filters);
    else if (filters.empty()) result = all_of(positive);
    else result = Q(Q::OP_FILTER, all_of(positive), all_of(filters));
    return {result, took && !inherited.empty()};
}

Bound bind_to_words(const Q& q, const std::vector<Q>& markings)
{
    switch (q.get_type()) {
    case Q::OP_AND:
    case Q::OP_FILTER: return bind_and_like(q, markings);
    case Q::OP_AND_NOT:
    case Q::OP_AND_MAYBE: {
        auto children = subqueries(q);
        Bound left = bind_to_words(children.front(), markings);
        std::vector<Q> parts{left.query};
        for (size_t i = 1; i < children.size(); ++i) parts.push_back(bind_free(children[i]));
        return {Q(q.get_type(), parts.begin(), parts.end()), left.took_markings};
    }
    case Q::OP_SCALE_WEIGHT: // FieldWeights' subject weight: leave as it is
        return {q, false};
    default:
        break;
    }
    if (!markings.empty()) {
        if (auto p = positional_words(q); !p.empty()) {
            std::vector<Q> nears;
            for (const auto& m : markings) nears.push_back(near(m, p));
            if (is_chain(q)) nears.push_back(q);
            return {all_of(nears), true};
        }
    }
    if (q.get_num_subqueries() == 0 || is_marking_query(q)) return {q, false};
    // Operators with a parameter, and those that hold only words.
    if (q.get_type() == Q::OP_NEAR || q.get_type() == Q::OP_PHRASE || q.get_type() == Q::OP_ELITE_SET ||
        q.get_type() == Q::OP_SYNONYM)
        return {q, false};
    // OR, XOR, MAX: each branch on its own.
    std::vector<Q> parts;
    for (const auto& c : subqueries(q)) parts.push_back(bind_free(c));
    return {Q(q.get_type(), parts.begin(), parts.end()), false};
}

} // namespace

Xapian::Query marking_query(const Xapian::Database& db, const std::string& value)
{
    auto wanted = parse_paragraph_marking(value);
    if (!wanted)
        throw std::invalid_argument(fmt::format("'{}' is not a paragraph marking (U, SBU, LOU, C, S or TS, with caveats "
                                                "as in S/NF or \"C/REL NATO\")", value));
    std::vector<Q> terms;
    const std::string prefix(schema::kMarkingPrefix);
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
        if (auto held = marking_of_term(*t); held && held->includes(*wanted)) terms.emplace_back(*t);
    if (terms.empty()) return Q(marking_term(*wanted)); // no cable has it: matches nothing, reads as a marking
    if (terms.size() == 1) return terms.front();
    return Q(Q::OP_OR, terms.begin(), terms.end());
}

Xapian::Query bind_markings(const Xapian::Query& query) { return bind_to_words(query, {}).query; }

} // namespace cablesearch
