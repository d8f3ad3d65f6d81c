#include "QueryLanguage.h"

#include "graph/Citations.h"

#include "DateFilter.h"
#include "MarkingQuery.h"
#include "ProximityQuery.h"
#include "QueryRewrite.h"
#include "WildcardTerms.h"
#include "index/CableDocument.h"
#include "index/Schema.h"
#include "parse/TextScan.h"
#include "saved/SavedSearchExpansion.h"
#include "tags/TagMeanings.h"

#include <algorithm>
#include <fmt/format.h>
#include <functional>
#include <map>

namespace cablesearch {

namespace {

// A wildcard stands for at most this many stems, the most frequent.
constexpr Xapian::termcount kMaxWildcardStems = 500;

std::string make_pointer(const std::string& query, size_t position)
{
    return "  " + query + "\n  " + std::string(std::min(position, query.size()), ' ') + "^";
}

// The first bad field value of a parse. A processor must not throw: Xapian
// 1.4's query parser leaks the half-built query when an exception passes
// through it, so the value is noted here and the parse refused afterwards.
struct ValueError {
    std::string message;
    void note(const std::string& what)
    {
        if (message.empty()) message = what;
    }
};

// A field value -> its query; make throws std::invalid_argument for a bad value.
class FieldQuery : public Xapian::FieldProcessor {
public:
    FieldQuery(std::function<Xapian::Query(const std::string&)> make, ValueError& error)
        : make_(std::move(make)), error_(error)
    {
    }
    Xapian::Query operator()(const std::string& value) override
    {
        try {
            return make_(value);
        } catch (const std::invalid_argument& e) {
            error_.note(e.what());
            return Xapian::Query::MatchNothing;
        }
    }

private:
    std::function<Xapian::Query(const std::string&)> make_;
    ValueError& error_;
};

// date:A..B and year:A..B; the prefix is kept off the values by Xapian.
class PrefixedRange : public Xapian::RangeProcessor {
public:
    PrefixedRange(const std::string& prefix, std::function<Xapian::Query(const std::string&, const std::string&)> make,
                  ValueError& error)
        : Xapian::RangeProcessor(Xapian::BAD_VALUENO, prefix), make_(std::move(make)), error_(error)
    {
    }
    Xapian::Query operator()(const std::string& begin, const std::string& end) override
    {
        try {
            return make_(begin, end);
        } catch (const std::invalid_argument& e) {
            error_.note(e.what());
            return Xapian::Query::MatchNothing;
        }
    }

private:
    std::function<Xapian::Query(const std::string&, const std::string&)> make_;
    ValueError& error_;
};

Xapian::Query term(const std::string& t) { return Xapian::Query(t); }

std::string class_alias(std::string v)
{
    v = text::lower(text::collapse_spaces(v));
    if (v == "unclas" || v == "u") return "unclassified";
    if (v == "sbu" || v == "fouo" || v == "for official use only" || v == "sensitive") return "fouo";
    if (v == "lou") return "limited official use";
    if (v == "c") return "confidential";
    if (v == "s") return "secret";
    if (v == "nf") return "noforn";
    return v;
}

Xapian::Query year_query(const std::string& v)
{
    int y = 0;
    if (!text::parse_uint(v, y) || v.size() != 4) throw std::invalid_argument(fmt::format("'{}' is not a year", v));
    return term(fmt::format("{}{}", schema::kYearPrefix, y));
}

Xapian::Query year_range(const std::string& a, const std::string& b)
{
    int from = 1900, to = 2100;
    if (!a.empty() && (!text::parse_uint(a, from) || a.size() != 4)) throw std::invalid_argument(fmt::format("'{}' is not a year", a));
    if (!b.empty() && (!text::parse_uint(b, to) || b.size() != 4)) throw std::invalid_argument(fmt::format("'{}' is not a year", b));
    if (from > to) throw std::invalid_argument(fmt::format("the range '{}..{}' ends before it starts", a, b));
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kYearSlot, std::to_string(from), std::to_string(to));
}

// tag:KTIP is that tag. A value that is no code of the table also stands for
// every tag whose meaning holds all its words (tag:"trafficking in persons"
// is KTIP), besides the tag written so where the index has one. Words that
// pick out no tag and name none are refused.
Xapian::Query tag_query(const Xapian::Database& db, const std::string& v)
{
    std::string written = schema::tag_term(v);
    const TagMeanings& table = TagMeanings::builtin();
    if (table.is_code(v)) return term(written);
    std::vector<Xapian::Query> tags;
    if (db.get_termfreq(written) > 0) tags.push_back(term(written));
    for (const auto& t : table.tags_meaning(v)) tags.push_back(term(schema::tag_term(t)));
    if (tags.empty()) {
        if (text::trim(v).find(' ') == std::string::npos) return term(written); // a code no cable has
        throw std::invalid_argument(fmt::format("'{}' is no tag, and no tag has those words in its meaning "
                                                "(cable-query tags lists them)", v));
    }
    if (tags.size() == 1) return tags.front();
    return Xapian::Query(Xapian::Query::OP_OR, tags.begin(), tags.end());
}

Xapian::Query date_query(const std::string& v)
{
    // date:2007-02 alone is the whole month.
    return date_range_query(v, v);
}

} // namespace

QuerySyntaxError::QuerySyntaxError(const std::string& query, size_t position, const std::string& message)
    : std::runtime_error(message), position_(position), pointer_(make_pointer(query, position))
{
}

const std::vector<std::string>& QueryLanguage::field_names()
{
    static const std::vector<std::string> names = {"tag",     "post", "to",     "class", "caveat", "id",
                                                   "subject", "ref",  "signer", "date",  "year",
                                                   "cites",   "cited_by", // cited-by: as typed (graph/Citations.h)
                                                   "marking", "redacted"};
    return names;
}

struct QueryLanguage::Impl {
    Xapian::Database db;
    Xapian::QueryParser qp;
    Xapian::Stem stemmer{std::string(schema::kStemmerLanguage)};
    std::string empty_grouping;
    std::string corrected;
    std::string expanded; // the query with its @NAMEs replaced, when it has any
    bool spelling = false; // the index has a spelling dictionary
    IndexWords words;
    std::string spelling_problem;
    ValueError value_error;
    std::vector<std::unique_ptr<Xapian::FieldProcessor>> fields;
    std::vector<std::unique_ptr<Xapian::RangeProcessor>> ranges;

    void boolean_field(const std::string& name, std::function<Xapian::Query(const std::string&)> make)
    {
        fields.push_back(std::make_unique<FieldQuery>(std::move(make), value_error));
        // Each filter its own group: tag:A tag:B means both tags (drill-down).
        qp.add_boolean_prefix(name, fields.back().get(), &empty_grouping);
    }
};

QueryLanguage::QueryLanguage(const Xapian::Database& db, IndexWords words) : impl_(std::make_unique<Impl>())
{
    using namespace schema;
    auto& qp = impl_->qp;
    impl_->db = db;
    impl_->words = std::move(words);
    qp.set_database(db);
    try {
        const Xapian::Database& dictionary = impl_->words.spelling ? *impl_->words.spelling : db;
        impl_->spelling = dictionary.spellings_begin() != dictionary.spellings_end() ||
                          impl_->words.spelling_problem; // which then says why there is none
    } catch (const Xapian::Error&) {
        impl_->spelling = false; // a remote index keeps its spelling data to itself
    }
    qp.set_stemmer(impl_->stemmer);
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z); // as the index (TextAnalysis.h)
    qp.set_default_op(Xapian::Query::OP_AND);
    qp.set_max_expansion(kMaxWildcardStems, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                         Xapian::QueryParser::FLAG_WILDCARD);

    qp.add_prefix("subject", std::string(kSubjectPrefix));
    qp.add_prefix("to", std::string(kRecipientPrefix));
    // Wildcards, as QueryRewrite passes them (WildcardTerms.h).
    for (const auto& [field, prefix] : {std::pair<std::string, std::string_view>{"", ""},
                                        {"subject", kSubjectPrefix},
                                        {"to", kRecipientPrefix}}) {
        impl_->fields.push_back(
            std::make_unique<WildcardTerms>(db, std::string(prefix), kMaxWildcardStems, impl_->words.vocabularies));
        qp.add_prefix(std::string(kWildcardField) + field, impl_->fields.back().get());
    }

    impl_->fields.push_back(std::make_unique<ProximityQuery>(
        db, impl_->stemmer, kMaxWildcardStems, [&error = impl_->value_error](const std::string& why) { error.note(why); }));
    qp.add_prefix(std::string(kProximityField), impl_->fields.back().get());

    // Ranges first: "date:2007..2008" must not reach the date: field as one value.
    impl_->ranges.push_back(std::make_unique<PrefixedRange>(
        "date:", [](const std::string& a, const std::string& b) { return date_range_query(a, b); }, impl_->value_error));
    qp.add_rangeprocessor(impl_->ranges.back().get());
    impl_->ranges.push_back(std::make_unique<PrefixedRange>("year:", year_range, impl_->value_error));
    qp.add_rangeprocessor(impl_->ranges.back().get());

    impl_->boolean_field("tag", [db](const std::string& v) { return tag_query(db, v); });
    impl_->boolean_field("post", [](const std::string& v) { return term(post_term(v)); });
    impl_->boolean_field("class", [](const std::string& v) { return term(class_term(class_alias(v))); });
    impl_->boolean_field("caveat", [](const std::string& v) { return term(caveat_term(v)); });
    impl_->boolean_field("id", [](const std::string& v) {
        return Xapian::Query(Xapian::Query::OP_OR, term(id_term(v)), term(std::string(kCanonicalIdPrefix) + text::upper(v)));
    });
    impl_->boolean_field("ref", [db](const std::string& v) { return cited_by_query(db, v); });
    impl_->boolean_field("cited_by", [db](const std::string& v) { return cited_by_query(db, v); });
    impl_->boolean_field("cites", [db](const std::string& v) { return cites_query(db, v); });
    impl_->boolean_field("signer", [](const std::string& v) { return term(signer_term(v)); });
    impl_->boolean_field("marking", [db](const std::string& v) { return marking_query(db, v); });
    impl_->boolean_field("redacted", [](const std::string& v) {
        std::string answer = text::lower(v);
        if (answer == "yes") return term(std::string(kRedactedTerm));
        if (answer == "no") return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll, term(std::string(kRedactedTerm)));
        throw std::invalid_argument(fmt::format("redacted: is yes or no, not '{}'", v));
    });
    impl_->boolean_field("date", date_query);
    impl_->boolean_field("year", year_query);
}

QueryLanguage::~QueryLanguage() = default;

const Xapian::Stem& QueryLanguage::stemmer() const { return impl_->stemmer; }

std::string QueryLanguage::corrected_query() const { return impl_->corrected; }

std::string QueryLanguage::expanded_query() const { return impl_->expanded; }

std::string QueryLanguage::spelling_problem() const { return impl_->spelling_problem; }

std::string QueryLanguage::field_example(const std::string& field)
{
    static const std::map<std::string, std::string> examples = {
        {"tag", "tag:KTIP"},         {"post", "post:tripoli"},       {"to", "to:secstate"},
        {"class", "class:secret"},   {"caveat", "caveat:noforn"},    {"id", "id:07CHENGDU32"},
        {"subject", "subject:oil"},  {"ref", "ref:85STATE200090"},  {"signer", "signer:boughner"},
        {"date", "date:2007-02"},    {"year", "year:2007"},
        {"cites", "cites:07CHENGDU32"}, {"cited_by", "cited-by:85STATE200090"},
        {"marking", "marking:S/NF"},   {"redacted", "redacted:yes"},
    };
    auto it = examples.find(field);
    return it == examples.end() ? field + ":VALUE" : it->second;
}

namespace {

// Where a value Xapian or a field refused sits in the query: the quoted part
// of the message ("'2007-13' is not a date"), else the first field.
size_t error_position(const std::string& query, const std::string& message)
{
    size_t open = message.find('\'');
    if (open != std::string::npos) {
        size_t close = message.find('\'', open + 1);
        if (close != std::string::npos) {
            size_t at = query.find(message.substr(open + 1, close - open - 1));
            if (at != std::string::npos) return at;
        }
    }
    for (const auto& f : QueryLanguage::field_names())
        if (size_t p = text::find_ci(query, f + ":"); p != std::string::npos) return p;
    return 0;
}

} // namespace

namespace {

// What ends a word of the query for the checks below.
bool is_query_delimiter(char c) { return text::is_space(c) || c == '(' || c == ')' || c == '"'; }

bool is_proximity_word(std::string_view w)
{
    return w == "NEAR" || w == "ADJ" || w.starts_with("NEAR/") || w.starts_with("ADJ/");
}

// NEAR/n and ADJ/n join two words: Xapian would quietly read a group or a
// phrase beside them as more words ("NEAR", "3", ...).
void check_proximity(const std::string& q, size_t at, size_t end)
{
    std::string_view op(q.data() + at, end - at);
    size_t slash = op.find('/');
    if (slash != std::string_view::npos) {
        std::string_view n = op.substr(slash + 1);
        int words = 0;
        if (n.empty() || !text::parse_uint(n, words) || words < 1)
            throw QuerySyntaxError(q, at + slash + 1, fmt::format("{} needs a number of words, as in {}/5",
                                                                   op.substr(0, slash), op.substr(0, slash)));
    }
    size_t before = at;
    while (before > 0 && text::is_space(q[before - 1])) --before;
    size_t after = end;
    while (after < q.size() && text::is_space(q[after])) ++after;
    // The words beside it, which must not be operators themselves ("AND NEAR/5").
    size_t prev_start = before;
    while (prev_start > 0 && !is_query_delimiter(q[prev_start - 1])) --prev_start;
    size_t next_end = after;
    while (next_end < q.size() && !is_query_delimiter(q[next_end])) ++next_end;
    auto is_operator = [](std::string_view w) {
        return w == "AND" || w == "OR" || w == "NOT" || w == "XOR" || is_proximity_word(w);
    };
    bool word_before = before > 0 && !is_query_delimiter(q[before - 1]) &&
                       !is_operator(std::string_view(q).substr(prev_start, before - prev_start));
    bool word_after = after < q.size() && !is_query_delimiter(q[after]) &&
                      !is_operator(std::string_view(q).substr(after, next_end - after));
    std::string name(op.substr(0, op.find('/')));
    if (!word_before || !word_after)
        throw QuerySyntaxError(q, at, fmt::format("{} joins two single words (poverty {}/5 trafficking); not a "
                                                  "phrase, a group, an operator or nothing", name, name));
}

// Checks Xapian would let through silently: a quote or parenthesis left open,
// a field name that does not exist or has no value, NEAR/ADJ misused.
void check_syntax(const std::string& q)
{
    size_t open_quote = std::string::npos;
    int depth = 0;
    size_t last_open_paren = std::string::npos;
    for (size_t i = 0; i < q.size(); ++i) {
        char c = q[i];
        if (c == '"') {
            open_quote = open_quote == std::string::npos ? i : std::string::npos;
            continue;
        }
        if (open_quote != std::string::npos) continue;
        if (c == '(') {
            if (depth++ == 0) last_open_paren = i;
        } else if (c == ')') {
            if (--depth < 0) throw QuerySyntaxError(q, i, "this ')' closes nothing");
        } else if (text::is_alpha(c) && (i == 0 || !(text::is_alnum(q[i - 1]) || q[i - 1] == '.' || q[i - 1] == '_'))) {
            size_t j = i;
            while (j < q.size() && (text::is_alnum(q[j]) || q[j] == '_')) ++j;
            if (j < q.size() && q[j] == ':') {
                std::string field = text::lower(q.substr(i, j - i));
                const auto& names = QueryLanguage::field_names();
                bool known = std::find(names.begin(), names.end(), field) != names.end();
                bool has_value = j + 1 < q.size() && !text::is_space(q[j + 1]) && q[j + 1] != ')';
                if (!known && has_value)
                    throw QuerySyntaxError(q, i, fmt::format("unknown field '{}:' (fields: tag post to class caveat id "
                                                             "subject ref cites cited-by signer date year marking redacted)", field));
                if (known && !has_value)
                    throw QuerySyntaxError(q, j + 1, fmt::format("'{}:' needs a value, as in {}", field,
                                                                 QueryLanguage::field_example(field)));
            }
            size_t word_end = j;
            while (word_end < q.size() && !is_query_delimiter(q[word_end])) ++word_end;
            if (is_proximity_word(std::string_view(q).substr(i, word_end - i))) check_proximity(q, i, word_end);
            i = j - 1;
        }
    }
    if (open_quote != std::string::npos) throw QuerySyntaxError(q, open_quote, "this quote is never closed");
    if (depth > 0) throw QuerySyntaxError(q, last_open_paren, "this '(' is never closed");
}

// "tag:" filters from options: several values mean all of them.
Xapian::Query all_of(const std::vector<std::string>& values, const std::function<std::string(const std::string&)>& to_term)
{
    Xapian::Query q;
    for (const auto& v : values) {
        Xapian::Query t(to_term(v));
        q = q.empty() ? t : Xapian::Query(Xapian::Query::OP_AND, q, t);
    }
    return q;
}

} // namespace

Xapian::Query QueryLanguage::parse(const std::string& query, const QueryFilters& filters)
{
    // The saved searches are read only when the query has an @NAME; a
    // mistake inside one is told at its @NAME in the user's query.
    const QueryExpansion expansion = expand_saved_searches(query);
    impl_->expanded = expansion.expanded() ? expansion.text : std::string();
    try {
        return parse_expanded(expansion.text, filters);
    } catch (const QuerySyntaxError& e) {
        throw expansion.relocate(e);
    }
}

Xapian::Query QueryLanguage::parse_expanded(const std::string& typed, const QueryFilters& filters)
{
    const std::string query = spell_citation_fields(typed);
    check_syntax(query);
    const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                           Xapian::QueryParser::FLAG_PURE_NOT;
    Xapian::Query q;
    impl_->corrected.clear();
    if (!text::trim(query).empty()) {
        std::string rewritten = rewrite_query(query);
        impl_->value_error.message.clear();
        try {
            q = impl_->qp.parse_query(rewritten, flags);
        } catch (const Xapian::QueryParserError& e) {
            throw QuerySyntaxError(query, error_position(query, e.get_msg()), e.get_msg());
        }
        if (const std::string& bad = impl_->value_error.message; !bad.empty())
            throw QuerySyntaxError(query, error_position(query, bad), bad);
        q = bind_markings(q);
        // Only a word that matches nothing gets a suggestion, and looking one
        // up costs more than the rest of a search: the query is parsed again
        // for it only then. "Did you mean" quotes the user's own words, not
        // the rewrite.
        bool unmatched = false;
        for (auto t = q.get_unique_terms_begin(); t != q.get_unique_terms_end() && !unmatched; ++t)
            unmatched = impl_->db.get_termfreq(*t) == 0;
        impl_->spelling_problem.clear();
        if (impl_->spelling && unmatched && impl_->words.spelling_problem)
            impl_->spelling_problem = impl_->words.spelling_problem();
        if (impl_->spelling && unmatched && impl_->spelling_problem.empty()) {
            // The spelling pass alone reads another dictionary when there is one.
            if (impl_->words.spelling) impl_->qp.set_database(*impl_->words.spelling);
            try {
                impl_->qp.parse_query(query, flags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
                impl_->corrected = impl_->qp.get_corrected_query_string();
            } catch (const Xapian::Error&) {
                impl_->corrected.clear(); // no suggestion rather than no answer
            }
            if (impl_->words.spelling) impl_->qp.set_database(impl_->db);
        }
    }
    using namespace schema;
    std::vector<Xapian::Query> parts;
    if (!q.empty()) parts.push_back(q);
    if (!filters.tags.empty()) parts.push_back(all_of(filters.tags, [](const std::string& v) { return tag_term(v); }));
    if (!filters.posts.empty()) {
        // --post A --post B: either post (a cable has one origin).
        std::vector<Xapian::Query> posts;
        for (const auto& p : filters.posts) posts.emplace_back(post_term(p));
        parts.emplace_back(Xapian::Query::OP_OR, posts.begin(), posts.end());
    }
    if (!filters.classes.empty())
        parts.push_back(all_of(filters.classes, [](const std::string& v) { return class_term(class_alias(v)); }));
    if (!filters.since.empty() || !filters.until.empty()) {
        // A bad date is shown in its option, the caret under the value.
        auto check = [](const std::string& option, const std::string& value) {
            if (value.empty()) return;
            try {
                parse_date_period(value);
            } catch (const std::invalid_argument& e) {
                throw QuerySyntaxError(option + " " + value, option.size() + 1, e.what());
            }
        };
        check("--since", filters.since);
        check("--until", filters.until);
        try {
            parts.push_back(date_range_query(filters.since, filters.until));
        } catch (const std::invalid_argument& e) {
            throw QuerySyntaxError("--since " + filters.since + " --until " + filters.until, 0, e.what());
        }
    }
    if (parts.empty()) return Xapian::Query::MatchAll;
    if (parts.size() == 1) return parts.front();
    // Filters take no part in the ranking.
    Xapian::Query result = parts.front();
    for (size_t i = 1; i < parts.size(); ++i)
        result = result.empty() ? parts[i] : Xapian::Query(Xapian::Query::OP_FILTER, result, parts[i]);
    return result;
}

} // namespace cablesearch
