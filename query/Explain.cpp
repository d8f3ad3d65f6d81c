#include "Explain.h"

#include "index/Schema.h"
#include "tags/TagMeanings.h"

#include <fmt/format.h>
#include <string_view>

namespace cablesearch {

namespace {

using Q = Xapian::Query;

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

// The value after a prefix, without the ':' that keeps a capital apart.
std::string after_prefix(const std::string& term, size_t length)
{
    std::string v = term.substr(length);
    if (!v.empty() && v[0] == ':') v.erase(0, 1);
    return v;
}

// "(a@1 NEAR 6 b@2)" -> 6
unsigned window_of(const Q& q, std::string_view op)
{
    std::string d = q.get_description();
    size_t at = d.find(fmt::format(" {} ", op));
    if (at == std::string::npos) return 0;
    return static_cast<unsigned>(std::strtoul(d.c_str() + at + op.size() + 2, nullptr, 10));
}

// The words after the operator in Xapian's description of a leaf:
// "Query(VALUE_RANGE 0 200701010000 200712312359)" -> {"0", "2007...", ...}
std::vector<std::string> description_words(const Q& q)
{
    std::string d = q.get_description();
    if (d.starts_with("Query(")) d = d.substr(6, d.size() - 7);
    std::vector<std::string> words;
    size_t i = 0;
    while (i < d.size()) {
        size_t j = d.find(' ', i);
        if (j == std::string::npos) j = d.size();
        if (j > i) words.push_back(d.substr(i, j - i));
        i = j + 1;
    }
    return words;
}

// 200702010741 -> 2007-02-01 07:41
std::string readable_date(const std::string& v)
{
    if (v.size() != 12) return v;
    return fmt::format("{}-{}-{} {}:{}", v.substr(0, 4), v.substr(4, 2), v.substr(6, 2), v.substr(8, 2), v.substr(10, 2));
}

std::string describe_value_query(const Q& q)
{
    auto w = description_words(q);
    if (w.size() < 3) return q.get_description();
    Xapian::valueno slot = static_cast<Xapian::valueno>(std::stoul(w[1]));
    const char* what = slot == schema::kDateSlot ? "date" : slot == schema::kYearSlot ? "year" : "value";
    auto v = [&](const std::string& s) { return slot == schema::kDateSlot ? readable_date(s) : s; };
    switch (q.get_type()) {
    case Q::OP_VALUE_RANGE:
        return w.size() >= 4 ? fmt::format("{} from {} to {}", what, v(w[2]), v(w[3])) : q.get_description();
    case Q::OP_VALUE_GE: return fmt::format("{} from {} on", what, v(w[2]));
    case Q::OP_VALUE_LE: return fmt::format("{} up to {}", what, v(w[2]));
    default: return q.get_description();
    }
}

void explain(const Q& q, int depth, std::string& out, const char* note = "");

void line(std::string& out, int depth, const std::string& text, const char* note = "")
{
    out += std::string(2 * static_cast<size_t>(depth) + 2, ' ') + text + note + "\n";
}

void children(const Q& q, int depth, std::string& out, size_t from = 0, size_t to = SIZE_MAX)
{
    for (size_t i = from; i < q.get_num_subqueries() && i < to; ++i) explain(q.get_subquery(i), depth, out);
}

void explain(const Q& q, int depth, std::string& out, const char* note)
{
    switch (q.get_type()) {
    case Q::LEAF_TERM: line(out, depth, describe_term(*q.get_terms_begin()), note); return;
    case Q::LEAF_MATCH_ALL: line(out, depth, "every cable", note); return;
    case Q::LEAF_MATCH_NOTHING: line(out, depth, "nothing", note); return;
    case Q::OP_VALUE_RANGE:
    case Q::OP_VALUE_GE:
    case Q::OP_VALUE_LE: line(out, depth, describe_value_query(q), note); return;
    case Q::OP_WILDCARD: {
        auto w = description_words(q);
        line(out, depth, fmt::format("words starting with \"{}\"", w.empty() ? "" : w.back()), note);
        return;
    }
    case Q::OP_SCALE_WEIGHT:
        // The parser gives filters a weight of 0: they select, they do not rank.
        if (q.get_description().starts_with("Query(0 * ")) explain(q.get_subquery(0), depth, out, " (filter)");
        else children(q, depth, out);
        return;
    case Q::OP_AND: line(out, depth, "all of:", note); break;
    case Q::OP_OR:
    case Q::OP_ELITE_SET:
    case Q::OP_MAX: line(out, depth, "any of:", note); break;
    case Q::OP_SYNONYM: line(out, depth, "any of (ranked as one word):", note); break;
    case Q::OP_XOR: line(out, depth, "exactly one of:", note); break;
    case Q::OP_NEAR: {
        unsigned window = window_of(q, "NEAR");
        line(out, depth, fmt::format("within {} words of each other, in any order:", window > 0 ? window - 1 : 0), note);
        break;
    }
    case Q::OP_PHRASE: {
        unsigned window = window_of(q, "PHRASE");
        if (window <= q.get_num_subqueries()) line(out, depth, "the phrase (words next to each other, in order):", note);
        else line(out, depth, fmt::format("in this order, within {} words:", window - 1), note);
        break;
    }
    case Q::OP_AND_NOT:
        // Every cable but every cable: how cites: of a cable that cites
        // nothing matches no cable (Citations.cpp).
        if (q.get_num_subqueries() == 2 && q.get_subquery(0).get_type() == Q::LEAF_MATCH_ALL &&
            q.get_subquery(1).get_type() == Q::LEAF_MATCH_ALL) {
            line(out, depth, "no cable (the cable of cites: cites none)", note);
            return;
        }
        line(out, depth, "matching:", note);
        children(q, depth + 1, out, 0, 1);
        line(out, depth, "but not:");
        children(q, depth + 1, out, 1);
        return;
    case Q::OP_AND_MAYBE:
        line(out, depth, "matching:", note);
        children(q, depth + 1, out, 0, 1);
        line(out, depth, "ranked higher when also:");
        children(q, depth + 1, out, 1);
        return;
    case Q::OP_FILTER:
        line(out, depth, "matching:", note);
        children(q, depth + 1, out, 0, 1);
        line(out, depth, "only cables with (filters, no effect on ranking):");
        children(q, depth + 1, out, 1);
        return;
    default: line(out, depth, q.get_description(), note); return;
    }
    children(q, depth + 1, out);
}

} // namespace

std::string describe_term(const std::string& t)
{
    using namespace schema;
    struct Prefix {
        std::string_view prefix;
        const char* format;
    };
    // Multi-letter prefixes end at the first non-capital; single letters
    // (Q, K) are followed by the value itself, capitals and all.
    static const Prefix prefixes[] = {
        {"ZXTO", "any form of \"{}\" in the TO/INFO addressees"},
        {kCanonicalIdPrefix, "id {} (released under a malformed id)"},
        {kPostPrefix, "post \"{}\""},
        {kClassPrefix, "classification \"{}\""},
        {kCaveatPrefix, "caveat \"{}\""},
        {kRefPrefix, "cites {}"},
        {kSignerPrefix, "signer \"{}\""},
        {kYearPrefix, "year {}"},
        {kMonthPrefix, "month {}"},
        {kFormatPrefix, "source format {}"},
        {kRecipientPrefix, "\"{}\" exactly, in the TO/INFO addressees"},
        {kIdPrefix, "id {}"},
        {kTagPrefix, "tag {}"},
    };
    if (t.size() > 2 && t[0] == 'Z' && t[1] == 'S' && !is_capital(t[2]))
        return fmt::format("any form of \"{}\" in the subject", t.substr(2));
    for (const auto& p : prefixes)
        if (t.starts_with(p.prefix) &&
            (p.prefix.size() == 1 || t.size() == p.prefix.size() || !is_capital(t[p.prefix.size()]))) {
            std::string value = after_prefix(t, p.prefix.size());
            std::string said = fmt::format(fmt::runtime(p.format), value);
            if (p.prefix == kTagPrefix)
                if (auto m = TagMeanings::builtin().find(value); m && !m->meaning.empty()) said += " (" + m->meaning + ")";
            return said;
        }
    if (t.size() > 1 && t[0] == 'S' && !is_capital(t[1])) return fmt::format("\"{}\" exactly, in the subject", t.substr(1));
    if (t.size() > 1 && t[0] == 'Z' && !is_capital(t[1]))
        return fmt::format("any form of \"{}\" (stem)", t.substr(1));
    return fmt::format("\"{}\" exactly", t);
}

std::string explain_query(const Xapian::Query& query)
{
    std::string out;
    explain(query, 0, out);
    return out;
}

} // namespace cablesearch
