#include "Prose.h"

#include <cctype>

namespace corpusgen {

void append_word(std::string& out, std::string_view word)
{
    for (char c : word) out.push_back(c == '_' ? ' ' : c);
}

namespace {

void capitalize_from(std::string& s, size_t pos)
{
    if (pos < s.size()) s[pos] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[pos])));
}

void append_number(Random& rng, std::string& out)
{
    switch (rng.below(4)) {
    case 0: out += std::to_string(rng.between(2, 99)) + " percent"; break;
    case 1: out += "$" + std::to_string(rng.between(1, 900)) + " million"; break;
    case 2: out += std::to_string(rng.between(2, 5000)); break;
    default: out += std::to_string(rng.between(1, 40)) + "," + std::to_string(rng.between(100, 999)); break;
    }
}

} // namespace

Cast Prose::cast(Random& rng, const std::string& post_place) const
{
    Cast c;
    c.post_place = post_place;
    int people = rng.between(2, 9);
    for (int i = 0; i < people; ++i) {
        std::string surname = v_.surname(rng);
        std::string full;
        if (rng.chance(0.6)) {
            append_word(full, v_.titles.draw(rng));
            full += ' ';
        }
        if (rng.chance(0.5)) full += v_.given_name(rng) + " ";
        full += surname;
        c.people.push_back(std::move(full));
        c.surnames.push_back(std::move(surname));
    }
    int places = rng.between(1, 6);
    for (int i = 0; i < places; ++i) c.places.push_back(v_.place(rng));
    return c;
}

void Prose::person(Random& rng, const Cast& cast, std::string& out) const
{
    if (rng.chance(0.25)) { // someone named once
        append_word(out, v_.titles.draw(rng));
        out += ' ';
        out += v_.surname(rng);
        return;
    }
    size_t i = rng.below(cast.people.size());
    out += rng.chance(0.4) ? cast.people[i] : cast.surnames[i];
}

void Prose::noun_phrase(Random& rng, const Cast& cast, std::string& out, int depth) const
{
    double r = rng.unit();
    if (r < 0.06) {
        out += cast.places[rng.below(cast.places.size())];
        return;
    }
    if (r < 0.10) {
        append_word(out, v_.organizations.draw(rng));
        return;
    }
    if (r < 0.13) { // "the KDP", "PRT officials": cables are full of acronyms
        out += "the ";
        out += v_.acronym(rng);
        if (rng.chance(0.4)) out += rng.chance(0.5) ? " officials" : " leadership";
        return;
    }
    bool plural_form = rng.chance(0.3);
    double d = rng.unit();
    size_t indefinite = std::string::npos;
    if (d < 0.36) out += "the ";
    else if (d < 0.46 && !plural_form) indefinite = out.size(), out += "a ";
    else if (d < 0.49) out += "its ";
    else if (d < 0.54) out += plural_form ? "these " : "this ";
    size_t word = out.size();
    if (rng.chance(0.05)) {
        out += cast.post_place;
        out += ' ';
    }
    if (rng.chance(0.4)) {
        append_word(out, v_.adjectives.draw(rng));
        out += ' ';
    }
    std::string_view noun = v_.nouns.draw(rng);
    if (plural_form) append_word(out, plural(noun));
    else append_word(out, noun);
    if (indefinite != std::string::npos && std::string_view("aeiouAEIOU").find(out[word]) != std::string_view::npos)
        out.insert(indefinite + 1, 1, 'n');
    if (depth < 2 && rng.chance(0.1)) {
        out += " and ";
        noun_phrase(rng, cast, out, depth + 1);
    } else if (depth < 2 && rng.chance(0.18)) {
        out += " of ";
        noun_phrase(rng, cast, out, depth + 1);
    }
}

void Prose::prepositional_phrase(Random& rng, const Cast& cast, std::string& out) const
{
    append_word(out, v_.prepositions.draw(rng));
    out += ' ';
    double r = rng.unit();
    if (r < 0.12) out += cast.places[rng.below(cast.places.size())];
    else if (r < 0.20) {
        append_word(out, v_.months_words.draw(rng));
        out += ' ' + std::to_string(rng.between(1, 28));
    } else if (r < 0.25) append_number(rng, out);
    else noun_phrase(rng, cast, out, 1);
}

void Prose::sentence(Random& rng, const Cast& cast, std::string& out) const
{
    size_t start = out.size();
    if (rng.chance(0.15)) {
        append_word(out, v_.openers.draw(rng));
        out += ' ';
    }
    size_t subject_start = out.size();
    double s = rng.unit();
    if (s < 0.08) {
        static constexpr std::string_view pronouns[] = {"he", "she", "they", "we", "he", "it"};
        out += pronouns[rng.below(std::size(pronouns))];
    } else if (s < 0.35) person(rng, cast, out);
    else if (s < 0.55) append_word(out, v_.organizations.draw(rng));
    else if (s < 0.62) {
        out += "the Ministry of ";
        append_word(out, v_.ministries.draw(rng));
    } else noun_phrase(rng, cast, out, 0);
    if (subject_start == start) capitalize_from(out, start);
    out += ' ';
    if (rng.chance(0.1)) {
        append_word(out, v_.adverbs.draw(rng));
        out += ' ';
    }

    double form = rng.unit();
    if (form < 0.1) {
        static constexpr std::string_view copulas[] = {"was", "is", "remains", "appeared", "seemed", "was not", "is not"};
        out += copulas[rng.below(std::size(copulas))];
        out += ' ';
        append_word(out, v_.adjectives.draw(rng));
    } else if (form < 0.45) {
        append_word(out, v_.verbs_past.draw(rng));
        out += " that ";
        noun_phrase(rng, cast, out, 0);
        static constexpr std::string_view modals[] = {"would", "could", "should", "will", "might", "must", "did not"};
        out += ' ';
        out += modals[rng.below(std::size(modals))];
        out += ' ';
        append_word(out, v_.verbs_base.draw(rng));
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    } else if (form < 0.87) {
        append_word(out, v_.verbs_past.draw(rng));
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    } else {
        out += "had ";
        append_word(out, v_.verbs_past.draw(rng));
        out += ' ';
        noun_phrase(rng, cast, out, 0);
    }
    if (rng.chance(0.6)) {
        out += ' ';
        prepositional_phrase(rng, cast, out);
    }
    if (rng.chance(0.25)) {
        out += ' ';
        prepositional_phrase(rng, cast, out);
    }
    if (rng.chance(0.12)) {
        out += ", and ";
        if (rng.chance(0.5)) person(rng, cast, out);
        else noun_phrase(rng, cast, out, 1);
        out += ' ';
        append_word(out, v_.verbs_past.draw(rng));
        out += ' ';
        noun_phrase(rng, cast, out, 1);
    }
    double end = rng.unit();
    if (end < 0.12) {
        out += ", ";
        person(rng, cast, out);
        out += " said";
    } else if (end < 0.18) {
        out += ", according to ";
        append_word(out, v_.organizations.draw(rng));
    } else if (end < 0.22) {
        out += " (";
        out += cast.surnames[rng.below(cast.surnames.size())];
        out += ")";
    }
    out += '.';
}

void Prose::sentences(Random& rng, const Cast& cast, int count, std::string& out) const
{
    for (int i = 0; i < count; ++i) {
        if (i) out += "  ";
        sentence(rng, cast, out);
    }
}

std::string Prose::subject(Random& rng, const Cast& cast) const
{
    std::string s;
    if (rng.chance(0.5)) {
        s += rng.chance(0.6) ? cast.post_place : cast.places[0];
        s += ": ";
    }
    if (rng.chance(0.5)) person(rng, cast, s);
    else noun_phrase(rng, cast, s, 1);
    s += ' ';
    append_word(s, plural(v_.verbs_base.draw(rng))); // third person: "supports", "pushes"
    s += ' ';
    noun_phrase(rng, cast, s, 1);
    if (rng.chance(0.4)) {
        s += ' ';
        prepositional_phrase(rng, cast, s);
    }
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

} // namespace corpusgen
