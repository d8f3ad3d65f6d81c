#include "ProximityQuery.h"

#include "index/Schema.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <vector>

namespace cablesearch {

namespace {

constexpr char kHex[] = "0123456789abcdef";

std::string from_hex(std::string_view hex)
{
    std::string out;
    auto digit = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
    for (size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(digit(hex[i]) * 16 + digit(hex[i + 1])));
    return out;
}

std::vector<std::string> split_words(const std::string& s)
{
    std::vector<std::string> words;
    size_t i = 0;
    while (i < s.size()) {
        size_t j = s.find(' ', i);
        if (j == std::string::npos) j = s.size();
        if (j > i) words.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    return words;
}

struct Operator {
    bool ordered = false; // ADJ
    unsigned distance = 10; // NEAR alone is NEAR/10, as in Xapian
};

std::optional<Operator> read_operator(const std::string& w)
{
    Operator op;
    std::string_view name = w;
    size_t slash = name.find('/');
    if (slash != std::string_view::npos) {
        int n = 0;
        if (!text::parse_uint(name.substr(slash + 1), n) || n < 1) return std::nullopt; // checked before
        op.distance = static_cast<unsigned>(n);
        name = name.substr(0, slash);
    }
    if (name == "ADJ") op.ordered = true;
    else if (name != "NEAR") return std::nullopt;
    return op;
}

} // namespace

std::string proximity_field(std::string_view chain)
{
    std::string out(kProximityField);
    out += ':';
    for (unsigned char c : chain) {
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    return out;
}

ProximityQuery::ProximityQuery(const Xapian::Database& db, const Xapian::Stem& stemmer,
                               Xapian::termcount max_wildcard_stems, std::function<void(const std::string&)> refuse)
    : text_(db, "", max_wildcard_stems), subject_(db, std::string(schema::kSubjectPrefix), max_wildcard_stems),
      recipients_(db, std::string(schema::kRecipientPrefix), max_wildcard_stems), refuse_(std::move(refuse))
{
    words_.set_stemmer(stemmer);
    words_.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
    words_.add_prefix("subject", std::string(schema::kSubjectPrefix));
    words_.add_prefix("to", std::string(schema::kRecipientPrefix));
}

Xapian::Query ProximityQuery::word_query(const std::string& word)
{
    if (word[0] == '-' || word[0] == '+') {
        refuse_(fmt::format("a + or - inside NEAR or ADJ means nothing; put it before the first word ('{}')", word));
        return Xapian::Query::MatchNothing;
    }
    std::string field, value = word;
    if (size_t colon = word.find(':'); colon != std::string::npos) {
        field = text::lower(word.substr(0, colon));
        value = word.substr(colon + 1);
        if (field != "subject" && field != "to") {
            refuse_(fmt::format("NEAR and ADJ join words of the text, subject or addressees; '{}' is a filter", word));
            return Xapian::Query::MatchNothing;
        }
    }
    if (value.size() > 1 && value.back() == '*') {
        const WildcardTerms& terms = field.empty() ? text_ : field == "subject" ? subject_ : recipients_;
        return terms.expand(value.substr(0, value.size() - 1), Xapian::Query::OP_OR);
    }
    Xapian::Query q;
    try {
        q = words_.parse_query(word, 0);
    } catch (const Xapian::QueryParserError&) {
    }
    if (q.get_type() != Xapian::Query::LEAF_TERM) {
        refuse_(fmt::format("NEAR and ADJ join single words; '{}' is not one (quote a phrase apart: \"...\")", word));
        return Xapian::Query::MatchNothing;
    }
    return Xapian::Query(*q.get_terms_begin());
}

Xapian::Query ProximityQuery::operator()(const std::string& hex)
{
    const std::vector<std::string> parts = split_words(from_hex(hex));
    // word OP word [OP word ...], as QueryRewrite found it.
    std::vector<Xapian::Query> words;
    std::optional<std::string> field;
    std::optional<bool> ordered;
    unsigned distance = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i % 2 == 0) {
            // The subject and the addressees have positions of their own.
            size_t colon = parts[i].find(':');
            std::string in = colon == std::string::npos ? "" : text::lower(parts[i].substr(0, colon));
            if (field && *field != in) {
                refuse_(fmt::format("NEAR and ADJ join words of one field ('{}' and '{}')", parts[0], parts[i]));
                return Xapian::Query::MatchNothing;
            }
            field = in;
            words.push_back(word_query(parts[i]));
            continue;
        }
        std::optional<Operator> op = read_operator(parts[i]);
        if (!op) return Xapian::Query::MatchNothing;
        if (ordered && *ordered != op->ordered) {
            refuse_(fmt::format("NEAR and ADJ cannot join the same words ('{} {} {}')", parts[i - 1], parts[i],
                                i + 1 < parts.size() ? parts[i + 1] : ""));
            return Xapian::Query::MatchNothing;
        }
        ordered = op->ordered;
        distance = std::max(distance, op->distance);
    }
    if (words.size() < 2 || !ordered) return Xapian::Query::MatchNothing;
    // Xapian's window: the distance plus the words after the first (with
    // several distances, the largest).
    const auto window = static_cast<Xapian::termcount>(distance + words.size() - 1);
    return Xapian::Query(*ordered ? Xapian::Query::OP_PHRASE : Xapian::Query::OP_NEAR, words.begin(), words.end(), window);
}

} // namespace cablesearch
