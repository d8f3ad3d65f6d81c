#include "index/IndexPart.h"

#include "index/Schema.h"
#include "index/ShardLayout.h"

#include <charconv>
#include <fmt/format.h>
#include <stdexcept>

namespace cablesearch {

bool IndexPart::holds(std::string_view document_key) const
{
    return whole() || part_of(schema::id_term(document_key), count) + 1 == number;
}

std::string IndexPart::text() const { return whole() ? std::string() : fmt::format("{}/{}", number, count); }

IndexPart parse_index_part(std::string_view text)
{
    auto number = [&](std::string_view s, size_t& out) {
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return !s.empty() && ec == std::errc() && end == s.data() + s.size();
    };
    size_t slash = text.find('/');
    IndexPart p;
    if (slash == std::string_view::npos || !number(text.substr(0, slash), p.number) ||
        !number(text.substr(slash + 1), p.count))
        throw std::invalid_argument(fmt::format("--part {}: give it as K/N, part K of N (1/3, 2/3, 3/3)", text));
    if (p.count < 1 || p.count > kMaxParts)
        throw std::invalid_argument(fmt::format("--part {}: N is from 1 to {}", text, kMaxParts));
    if (p.number < 1 || p.number > p.count)
        throw std::invalid_argument(fmt::format("--part {}: K is from 1 to N ({})", text, p.count));
    if (p.count == 1) return {}; // 1/1 is the whole corpus
    return p;
}

IndexPart settle_index_part(std::string_view recorded, bool index_empty, const std::optional<IndexPart>& asked,
                            const std::string& db)
{
    if (!recorded.empty()) {
        IndexPart held;
        try {
            held = parse_index_part(recorded);
        } catch (const std::invalid_argument&) {
            throw std::runtime_error(fmt::format("{}: the index records a part it cannot be ('{}')", db, recorded));
        }
        if (asked && *asked != held)
            throw std::runtime_error(fmt::format(
                "{}: the index holds part {} of its corpus, not {}; leave out --part to update it, or index part {} "
                "into another --db",
                db, held.text(), asked->whole() ? std::string("the whole corpus") : asked->text(),
                asked->whole() ? std::string("1/1") : asked->text()));
        return held;
    }
    if (!asked || asked->whole()) return {};
    if (!index_empty)
        throw std::runtime_error(fmt::format("{}: the index holds the whole corpus (made without --part); index part "
                                             "{} into a new --db",
                                             db, asked->text()));
    return *asked;
}

} // namespace cablesearch
