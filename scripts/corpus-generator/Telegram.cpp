#include "Telegram.h"

#include "Posts.h"
#include "SyntheticWords.h"
#include "TextModel.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fmt/format.h>

namespace corpusgen {

namespace {

constexpr std::string_view kMonthAbbrev[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                             "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

int days_in_month(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

int day_of_year(int year, int month, int day)
{
    int n = day;
    for (int m = 1; m < month; ++m) n += days_in_month(year, m);
    return n;
}

enum class Level { Unclassified, Fouo, Confidential, ConfidentialNoforn, Secret, SecretNoforn };

// The release's mix: 75,792 unclassified, 58,095 FOUO, 97,070 confidential,
// 4,678 confidential//noforn, 11,322 secret, 4,330 secret//noforn.
Level draw_level(Random& rng)
{
    double r = rng.unit() * 251287;
    if ((r -= 75792) < 0) return Level::Unclassified;
    if ((r -= 58095) < 0) return Level::Fouo;
    if ((r -= 97070) < 0) return Level::Confidential;
    if ((r -= 4678) < 0) return Level::ConfidentialNoforn;
    if ((r -= 11322) < 0) return Level::Secret;
    return Level::SecretNoforn;
}

std::string_view release_form(Level l)
{
    switch (l) {
    case Level::Unclassified: return "UNCLASSIFIED";
    case Level::Fouo: return "UNCLASSIFIED//FOR OFFICIAL USE ONLY";
    case Level::Confidential: return "CONFIDENTIAL";
    case Level::ConfidentialNoforn: return "CONFIDENTIAL//NOFORN";
    case Level::Secret: return "SECRET";
    case Level::SecretNoforn: return "SECRET//NOFORN";
    }
    return "UNCLASSIFIED";
}

bool is_classified(Level l) { return l != Level::Unclassified && l != Level::Fouo; }
bool is_secret(Level l) { return l == Level::Secret || l == Level::SecretNoforn; }
bool is_noforn(Level l) { return l == Level::ConfidentialNoforn || l == Level::SecretNoforn; }

std::string_view paragraph_marking(Level l, Random& rng)
{
    switch (l) {
    case Level::Unclassified: return rng.chance(0.5) ? "U" : "";
    case Level::Fouo: return rng.chance(0.8) ? "SBU" : "U";
    case Level::Confidential:
    case Level::ConfidentialNoforn: return rng.chance(0.8) ? "C" : (rng.chance(0.5) ? "SBU" : "U");
    case Level::Secret: return rng.chance(0.7) ? "S" : "C";
    case Level::SecretNoforn: return rng.chance(0.6) ? "S/NF" : (rng.chance(0.5) ? "S" : "C");
    }
    return "";
}

// "S E C R E T" (2006 on), "SECRET" before; "UNCLAS" always.
std::string level_words(Level l, bool spaced)
{
    std::string_view word = is_secret(l) ? "SECRET" : is_classified(l) ? "CONFIDENTIAL" : "UNCLAS";
    if (!spaced || !is_classified(l)) return std::string(word);
    std::string out;
    for (char c : word) {
        if (!out.empty()) out += ' ';
        out += c;
    }
    return out;
}

std::string_view secretary_of_state(int year)
{
    if (year <= 1988) return "SHULTZ";
    if (year <= 1992) return "BAKER";
    if (year <= 1996) return "CHRISTOPHER";
    if (year <= 2000) return "ALBRIGHT";
    if (year <= 2004) return "POWELL";
    if (year <= 2008) return "RICE";
    return "CLINTON";
}

std::string upper(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string routing_code(const std::string& code)
{
    uint64_t h = mix64(std::hash<std::string>{}(code));
    std::string out = "RUEH";
    out += static_cast<char>('A' + h % 26);
    out += static_cast<char>('A' + (h / 26) % 26);
    return out;
}

// Wraps text at width, every line ending in a blank as the cables do.
void wrap(std::string_view text, size_t width, std::string& out)
{
    size_t line_start = 0;
    while (line_start < text.size()) {
        size_t end = line_start + width;
        if (end >= text.size()) {
            out.append(text.substr(line_start));
            out += " \n";
            return;
        }
        size_t space = text.rfind(' ', end);
        if (space == std::string_view::npos || space <= line_start) space = text.find(' ', end);
        if (space == std::string_view::npos) space = text.size();
        out.append(text.substr(line_start, space - line_start));
        out += " \n";
        line_start = space;
        while (line_start < text.size() && text[line_start] == ' ') ++line_start;
    }
}

// Words of each paragraph: log-normal cables cut into log-normal
// paragraphs, a few of them a line or two long (TextModel.h).
constexpr int kShortParagraph = 20;

double normal(Random& rng)
{
    // Box-Muller; 1 - unit() is never 0.
    return std::sqrt(-2 * std::log(1 - rng.unit())) * std::cos(2 * M_PI * rng.unit());
}

std::vector<int> paragraph_lengths(Random& rng, int year)
{
    const double cable =
        std::clamp(model::cable_words_median(year) * std::exp(model::cable_words_sigma(year) * normal(rng)), 30.0, 20000.0);
    std::vector<int> out;
    double total = 0;
    while (total < cable) {
        double kind = rng.unit();
        int words = kind < model::kShortParagraphShare ? rng.between(3, kShortParagraph)
                  : kind < model::kShortParagraphShare + model::kMediumParagraphShare
                      ? rng.between(kShortParagraph + 1, 50)
                      : std::clamp(static_cast<int>(model::kParagraphWordsMedian * std::exp(model::kParagraphWordsSigma * normal(rng))),
                                   kShortParagraph + 1, 900);
        out.push_back(words);
        total += words;
    }
    return out;
}

// A line or two: one sentence cut short.
void short_paragraph(Random& rng, const Prose& prose, const Cast& cast, int words, std::string& out)
{
    std::string sentence;
    prose.sentence(rng, cast, sentence);
    size_t end = 0;
    int seen = 0;
    for (size_t i = 0; i < sentence.size(); ++i)
        if (sentence[i] == ' ' && ++seen == words) {
            end = i;
            break;
        }
    if (end) {
        sentence.resize(end);
        size_t open = sentence.rfind('(');
        if (open != std::string::npos && sentence.find(')', open) == std::string::npos) sentence.resize(open);
        while (!sentence.empty() && (sentence.back() == ',' || sentence.back() == ' ')) sentence.pop_back();
        sentence += '.';
    }
    out += sentence;
}

struct Reference {
    std::string written;    // "07 STATE 75839", "BERLIN 1001"
    std::string canonical;  // 07STATE75839
};

Reference draw_reference(Random& rng, const ReleaseEntry& e, const Post& origin)
{
    int year = rng.chance(0.75) ? e.year : e.year - 1;
    double r = rng.unit();
    Post post = r < 0.4 ? post_for_code("STATE")
              : r < 0.8 ? origin
                        : listed_post(rng.below(60));
    long serial = post.code == "STATE" ? rng.between(1, 190000)
                                       : rng.between(1, std::max<int>(2, static_cast<int>(e.serial > 1 ? e.serial : 900)));
    std::string place = post.code == "STATE" ? "STATE" : post.place;
    Reference ref;
    ref.written = year == e.year ? fmt::format("{} {}", place, serial) : fmt::format("{:02} {} {}", year % 100, place, serial);
    std::string code = post.code;
    ref.canonical = fmt::format("{:02}{}{}", year % 100, code, serial);
    return ref;
}

std::string addressee(const Post& p, std::string_view precedence, Random& rng)
{
    std::string out = routing_code(p.code) + "/" + p.fm;
    if (!precedence.empty()) out += " " + std::string(precedence);
    if (rng.chance(0.6)) out += fmt::format(" {:04}", rng.between(1, 9999));
    return out;
}

} // namespace

GeneratedCable TelegramComposer::compose(const ReleaseEntry& e, uint64_t index) const
{
    Random rng(seed_, index);
    const Vocabulary& v = prose_.vocabulary();
    const Post origin = post_for_code(e.post);
    const bool from_state = origin.code == "STATE";
    const int era = e.year < 1995 ? 0 : e.year < 2006 ? 1 : 2;
    const bool partial = era == 1 && rng.chance(e.year >= 2003 ? 0.75 : 0.3);
    const bool old_style = era == 0;

    GeneratedCable c;
    c.partial = partial;
    c.id = e.id;
    c.year = e.year;
    c.month = e.month;
    const int day = rng.between(1, days_in_month(e.year, e.month));
    const int hour = rng.between(0, 23), minute = rng.between(0, 59);
    c.csv_date = fmt::format("{}/{}/{} {}:{:02}", e.month, day, e.year, hour, minute);
    c.date = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}Z", e.year, e.month, day, hour, minute);
    c.origin = origin.readable;
    const Level level = draw_level(rng);
    c.classification = release_form(level);

    std::string place_title = origin.place;
    for (size_t i = 1; i < place_title.size(); ++i)
        if (place_title[i - 1] != ' ') place_title[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(place_title[i])));
    const Cast cast = prose_.cast(rng, from_state ? std::string("Washington") : place_title, e.year);
    const bool all_capitals = old_style || rng.chance(model::all_capitals_share(e.year));

    // --- Routing header -------------------------------------------------
    const std::string dtg = fmt::format("{:02}{:02}{:02}Z {} {:02}", day, hour, minute, kMonthAbbrev[e.month - 1], e.year % 100);
    double p = rng.unit();
    char prec = p < 0.6 ? 'R' : p < 0.9 ? 'P' : p < 0.99 ? 'O' : 'Z';
    std::string_view prec_word = prec == 'P' ? "PRIORITY" : prec == 'O' ? "IMMEDIATE" : prec == 'Z' ? "FLASH" : "";

    std::vector<std::string> addressees;
    std::vector<std::string> infos;
    if (from_state) {
        int n = rng.between(1, 3);
        for (int i = 0; i < n; ++i) addressees.push_back(addressee(listed_post(1 + rng.below(120)), prec_word, rng));
    } else {
        addressees.push_back("RUEHC/SECSTATE WASHDC" + (prec_word.empty() ? std::string() : " " + std::string(prec_word)) +
                             fmt::format(" {:04}", rng.between(1, 9999)));
    }
    int n_info = static_cast<int>(rng.below(4)) * static_cast<int>(rng.below(4));
    for (int i = 0; i < n_info; ++i) infos.push_back(addressee(listed_post(1 + rng.below(150)), prec_word, rng));
    if (rng.chance(0.1)) infos.push_back(routing_code(origin.code + "C") + "/ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE");

    const long serial = e.serial > 0 ? e.serial : rng.between(1, 9999);
    std::string& h = c.header;
    if (partial) {
        h = "This record is a partial extract of the original cable. The full text of the original cable is not available.\n";
    } else if (old_style) {
        h = fmt::format("{} {} \nFM {}\nTO {} ", prec, dtg, origin.fm,
                        from_state ? addressees[0].substr(addressees[0].find('/') + 1) : "SECSTATE WASHDC");
        if (!from_state) h += fmt::format("{}", rng.between(1, 9999));
        for (const auto& i : infos) h += "\nINFO " + i.substr(i.find('/') + 1);
    } else {
        h = rng.chance(0.5) ? "VZCZCXYZ0000\n" : fmt::format("VZCZCXRO{:04}\n", rng.between(0, 9999));
        h += fmt::format("{}{} RUEHWEB\n\n", prec, prec);
        const char* zny = is_secret(level) ? "ZNY SSSSS ZZH" : is_classified(level) ? "ZNY CCCCC ZZH" : "ZNR UUUUU ZZH";
        h += fmt::format("DE {} #{:04}{} {:03}{:02}{:02}\n{}\n", routing_code(origin.code), serial % 10000,
                         rng.chance(0.3) ? "/01" : "", day_of_year(e.year, e.month, day), hour, minute, zny);
        h += fmt::format("{} {}\nFM {}\nTO {}", prec, dtg, origin.fm, addressees[0]);
        for (size_t i = 1; i < addressees.size(); ++i) h += "\n" + addressees[i];
        for (size_t i = 0; i < infos.size(); ++i) h += (i == 0 ? "\nINFO " : "\n") + infos[i];
    }

    // --- Body paragraphs (generated first: their size decides the sections)
    const std::vector<int> lengths = paragraph_lengths(rng, e.year);
    const int paragraphs = static_cast<int>(lengths.size());
    const bool numbered = !(old_style && rng.chance(0.3));
    const bool summary = paragraphs >= 4 && rng.chance(0.55);
    const bool comment = paragraphs >= 5 && rng.chance(0.35);
    const bool headings = paragraphs >= 6 && rng.chance(0.25);
    const size_t width = 58 + rng.below(12);
    const double typo_rate = all_capitals ? model::kTypoRateAllCapitals : model::kTypoRate;
    std::vector<std::string> paras;
    for (int i = 0; i < paragraphs; ++i) {
        std::string text;
        if (numbered) {
            text += fmt::format("{}{}. ", era == 2 ? "\u00b6" : "", i + 1);
            if (!old_style) {
                std::string_view mark = paragraph_marking(level, rng);
                if (!mark.empty()) text += fmt::format("({}) ", mark);
            }
        }
        bool is_summary = summary && i == 0, is_comment = comment && i == paragraphs - 1;
        if (is_summary) text += rng.chance(0.5) ? "Summary: " : "SUMMARY: ";
        if (is_comment) text += rng.chance(0.5) ? "Comment: " : "COMMENT: ";
        std::string prose;
        if (lengths[i] <= kShortParagraph) short_paragraph(rng, prose_, cast, lengths[i], prose);
        else prose_.paragraph(rng, cast, lengths[i], prose);
        add_typos(prose, typo_rate, rng);
        text += prose;
        if (is_summary) text += rng.chance(0.5) ? "  End Summary." : " END SUMMARY.";
        if (is_comment) text += rng.chance(0.5) ? "  End Comment." : " END COMMENT.";
        if (era == 2 && rng.chance(0.02)) text.replace(text.find(' ', text.size() / 2) + 1, 0, "XXXXXXXXXXXX ");
        std::string block;
        if (headings && i > 0 && rng.chance(0.3)) {
            std::string heading;
            append_word(heading, v.headings.draw(rng));
            block += heading + "\n" + std::string(heading.size(), '-') + "\n";
        }
        if (old_style) block += text + " \n";
        else wrap(text, width, block);
        paras.push_back(std::move(block));
    }
    size_t body_size = 0;
    for (const auto& b : paras) body_size += b.size();
    const int sections = old_style ? 1 : static_cast<int>(body_size / 9000) + 1;

    // --- Classification line and the fields -----------------------------
    auto class_line = [&](int section) {
        std::string line = level_words(level, era == 2 && rng.chance(0.9));
        if (sections > 1) line += fmt::format(" SECTION {:02} OF {:02}", section, sections);
        std::string place = from_state ? "STATE" : origin.place;
        line += old_style ? fmt::format(" {} {} ", place, serial) : fmt::format(" {} {:06} ", place, serial);
        return line;
    };
    std::string& t = c.content;
    if (partial) t += "\n \n";
    t += class_line(1) + "\n \n";
    if (!old_style) {
        if (level == Level::Fouo) t += "SENSITIVE \n";
        if (e.year >= 2002) t += "SIPDIS \n";
        if (is_noforn(level)) t += "NOFORN \n";
        if (rng.chance(0.15)) t += fmt::format("\n{} FOR {} \n", from_state ? "PASS TO" : "STATE", upper(cast.surnames[0]));
        t += " \n";
    } else if (level == Level::Fouo) {
        t += "SENSITIVE \n \n";
    }
    // E.O. line.
    if (!is_classified(level)) t += "E.O. 12958: N/A \n";
    else if (e.year < 1995) t += fmt::format("E.O. 12356: DECL: OADR \n");
    else t += fmt::format("E.O. {}: DECL: {:02}/{:02}/{} \n", e.year >= 2010 ? 13526 : 12958, e.month, day, e.year + 10);
    // TAGS.
    std::vector<std::string> tags;
    int n_tags = rng.between(1, 4) + static_cast<int>(rng.below(3));
    for (int i = 0; i < n_tags; ++i) {
        std::string tag(v.subject_tags.draw(rng));
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    }
    std::string country = origin.country;
    if (from_state || country.empty()) country = listed_post(1 + rng.below(100)).country;
    if (!country.empty()) tags.push_back(country);
    if (rng.chance(0.15)) {
        std::string other = listed_post(1 + rng.below(150)).country;
        if (!other.empty() && std::find(tags.begin(), tags.end(), other) == tags.end()) tags.push_back(other);
    }
    c.tags = tags;
    t += "TAGS: ";
    for (size_t i = 0; i < tags.size(); ++i) t += (i ? (era == 2 ? " " : ", ") : "") + tags[i];
    t += era == 2 ? "\n" : " \n";
    // SUBJECT.
    std::string subject = prose_.subject(rng, cast);
    if (is_classified(level) && era == 2 && rng.chance(0.3))
        subject = "(" + std::string(is_secret(level) ? "S" : "C") + ") " + subject;
    c.subject = subject;
    {
        std::string wrapped;
        wrap("SUBJECT: " + subject, old_style ? 200 : width, wrapped);
        t += wrapped;
    }
    t += " \n";
    // REF.
    if (rng.chance(0.55)) {
        int n = rng.chance(0.6) ? 1 : rng.between(2, 5);
        std::string refs = "REF: ";
        for (int i = 0; i < n; ++i) {
            Reference r = draw_reference(rng, e, origin);
            if (n > 1) refs += fmt::format("{}{}. ", i ? " " : "", static_cast<char>('A' + i));
            refs += r.written;
            if (std::find(c.references.begin(), c.references.end(), r.canonical) == c.references.end())
                c.references.push_back(r.canonical);
        }
        std::string wrapped;
        wrap(refs, old_style ? 200 : width, wrapped);
        t += wrapped + " \n";
    }
    // Classified By.
    if (is_classified(level) && !old_style && rng.chance(0.85)) {
        static constexpr std::string_view who[] = {"Ambassador", "DCM", "Political Counselor", "Charge d'Affaires",
                                                   "PolOff", "Economic Counselor", "Consul General", "A/DCM"};
        std::string line = fmt::format("Classified By: {} {} {} for reasons 1.4 (b) and (d).",
                                       who[rng.below(std::size(who))], v.given_name(rng), cast.surnames[0]);
        std::string wrapped;
        wrap(line, width, wrapped);
        t += wrapped + " \n";
    }

    // --- Paragraphs, with the classification line repeated at each section
    size_t since_break = 0;
    int section = 1;
    for (size_t i = 0; i < paras.size(); ++i) {
        if (sections > 1 && since_break > 9000 && section < sections) {
            t += class_line(++section) + "\n \n";
            since_break = 0;
        }
        t += paras[i];
        t += " \n";
        since_break += paras[i].size();
    }
    std::string signer = from_state ? std::string(secretary_of_state(e.year))
                                    : upper(v.surname_of_rank(mix64(std::hash<std::string>{}(origin.code) + e.year) % 40000));
    t += signer;
    if (all_capitals) {
        c.content = upper(c.content);
        if (!partial) c.header = upper(c.header);
    }
    return c;
}

} // namespace corpusgen
