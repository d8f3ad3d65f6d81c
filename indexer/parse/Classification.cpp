#include "parse/Classification.h"

#include "parse/PostCodes.h"
#include "parse/PostNames.h"
#include "parse/TextScan.h"

#include <algorithm>

namespace cablesearch {

using namespace text;

std::string join_spaced_letters(std::string_view line)
{
    auto words = split_any(line, " \t\r");
    std::string out;
    bool prev_single = false;
    for (auto w : words) {
        bool single = w.size() == 1 && is_alpha(w[0]);
        if (!out.empty() && !(single && prev_single)) out.push_back(' ');
        out.append(w);
        prev_single = single;
    }
    return out;
}

bool is_handling_word(std::string_view w)
{
    static constexpr std::string_view words[] = {
        "SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "STADIS", "SENSITIVE", "EFTO", "ROGER", "CHEROKEE",
        "TERREP", "NOCONTRACT", "ORCON", "PROPIN", "DISSENT", "DECAPTIONED", "FOUO"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

std::vector<std::string> parse_handling_line(std::string_view line)
{
    // Letters and separators only, and a first word that is a handling word
    // or a spaced-out letter: most lines fail here, before any copying.
    for (char c : line)
        if (!(is_alpha(c) || is_space(c) || c == ',' || c == ';' || c == '/' || c == '.')) return {};
    std::string_view t = trim_left(line);
    size_t first_end = 0;
    while (first_end < t.size() && is_alpha(t[first_end])) ++first_end;
    if (first_end > 1 && !is_handling_word(upper(t.substr(0, first_end)))) return {};
    std::string joined = upper(join_spaced_letters(trim(line)));
    auto words = split_any(joined, " ,;/.");
    std::vector<std::string> out;
    if (words.empty() || words.size() > 6) return {};
    for (auto w : words) {
        if (!is_handling_word(w)) return {};
        out.emplace_back(w);
    }
    return out;
}

namespace {

constexpr std::string_view kLevelWords[] = {"UNCLASSIFIED", "UNCLAS", "UNCLASS", "CONFIDENTIAL", "SECRET", "SECRETNOFORN"};

bool is_level_word(std::string_view w)
{
    return std::find(std::begin(kLevelWords), std::end(kLevelWords), w) != std::end(kLevelWords);
}

// A level word as typed or transmitted badly: the first letter doubled
// ("SS E C R E T", "UUNCLAS") or lost ("E C R E T", "NCLAS"). Returns the
// level word and how many words it took; empty when none.
std::pair<std::string, size_t> repaired_level_word(std::string_view w0, std::string_view w1)
{
    if (w0.size() == 2 && w0[0] == w0[1] && !w1.empty()) {
        std::string joined = std::string(1, w0[0]) + std::string(w1);
        if (is_level_word(joined)) return {joined, 2};
    }
    if (w0.size() > 4 && w0[0] == w0[1] && is_level_word(w0.substr(1))) return {std::string(w0.substr(1)), 1};
    if (w0.size() >= 5)
        for (auto level : kLevelWords)
            if (level.substr(1) == w0) return {std::string(level), 1};
    return {};
}

// The first word could begin a level, as written or typed badly: a spaced
// letter, a doubled letter ("SS E C R E T"), a level word whole, doubled or
// without its first letter, LIMITED or TOP.
bool could_start_level(std::string_view t)
{
    size_t end = 0;
    while (end < t.size() && is_alpha(t[end])) ++end;
    std::string first = upper(t.substr(0, end));
    if (first.size() <= 1 || (first.size() == 2 && first[0] == first[1])) return true;
    if (first == "LIMITED" || first == "TOP" || is_level_word(first)) return true;
    if (first[0] == first[1] && is_level_word(std::string_view(first).substr(1))) return true;
    for (auto level : kLevelWords)
        if (level.substr(1) == first) return true;
    return false;
}

std::string_view level_of(std::string_view word)
{
    if (word == "UNCLASSIFIED" || word == "UNCLAS" || word == "UNCLASS") return "UNCLASSIFIED";
    if (word == "CONFIDENTIAL") return "CONFIDENTIAL";
    if (word == "SECRET" || word == "SECRETNOFORN") return "SECRET";
    return {};
}

// "SENSITIVESIPDIS" glued to a serial: the handling words it starts with.
void peel_handling_words(std::string_view rest, std::vector<std::string>& caveats)
{
    static constexpr std::string_view peelable[] = {"SIPDIS", "NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS", "STADIS"};
    for (bool found = true; found && !rest.empty();) {
        found = false;
        for (auto w : peelable) {
            if (rest.starts_with(w)) {
                caveats.emplace_back(w);
                rest.remove_prefix(w.size());
                found = true;
            }
        }
    }
}

// Edits (a letter lost, added or changed) between two short words.
size_t edit_distance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// "SECTION" as copies garble it: "ECTION", "SCTION", "SECTON". No post of
// the release is spelt anything like it.
bool is_section_word(std::string_view w)
{
    return w.size() >= 5 && w.size() <= 8 && edit_distance(w, "SECTION") <= 2;
}

// "OF" with a letter OCR'd: "GF", "QF", "OE".
bool is_of_word(std::string_view w) { return w.size() == 2 && (w[1] == 'F' || w[0] == 'O'); }

// The section group at words[i], also garbled: "SECTION 01 OF 02", "ECTION
// 01 OF 02", "SECTION01 GF02", "SECTION 02 OF 03QRIPOLI". Returns how many
// words it takes (0: none there), the section ("01 OF 02", when its numbers
// can be read) and the letters glued after its last number ("QRIPOLI"),
// which begin the post.
size_t read_section(const std::vector<std::string_view>& words, size_t i, std::string& section, std::string_view& glued)
{
    std::string_view first = words[i];
    size_t letters = 0;
    while (letters < first.size() && is_alpha(first[letters])) ++letters;
    if (!is_section_word(first.substr(0, letters))) return 0;
    // The pieces after the word: runs of digits or of letters, with the word each is in.
    struct Piece {
        std::string_view text;
        size_t word;
        size_t end; // offset in its word
    };
    std::vector<Piece> pieces;
    bool other = false; // a character that is neither a digit nor a letter ends the pieces
    for (size_t k = i; k < words.size() && k < i + 4 && pieces.size() < 4 && !other; ++k) {
        std::string_view w = words[k];
        for (size_t at = k == i ? letters : 0; at < w.size();) {
            size_t end = at;
            bool digit = is_digit(w[at]);
            while (end < w.size() && (digit ? is_digit(w[end]) : is_alpha(w[end]))) ++end;
            if (end == at) {
                other = true;
                break;
            }
            pieces.push_back({w.substr(at, end - at), k, end});
            at = end;
        }
    }
    auto number = [&](size_t p) { return p < pieces.size() && is_digit(pieces[p].text[0]) && pieces[p].text.size() <= 3; };
    if (number(0) && pieces.size() > 2 && is_of_word(pieces[1].text) && number(2)) {
        section = std::string(pieces[0].text) + " OF " + std::string(pieces[2].text);
        glued = words[pieces[2].word].substr(pieces[2].end);
        return pieces[2].word - i + 1;
    }
    // Numbers that cannot be read: the garbled word and its numbers are still no post.
    size_t used = 1;
    for (size_t p = 0; p < pieces.size() && (number(p) || is_of_word(pieces[p].text)); ++p)
        if (pieces[p].end == words[pieces[p].word].size()) used = pieces[p].word - i + 1;
    return used;
}

} // namespace

std::vector<std::string> leading_handling_words(std::string_view line)
{
    // Only words that never start a sentence or a name.
    static constexpr std::string_view unambiguous[] = {"SIPDIS", "NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS",
                                                       "STADIS", "NOCONTRACT", "ORCON", "PROPIN"};
    std::vector<std::string> out;
    std::string_view t = trim(line);
    if (std::none_of(std::begin(unambiguous), std::end(unambiguous), [t](auto w) { return t.starts_with(w); }))
        return out;
    auto words = split_any(t, " ,;/.");
    for (size_t i = 0; i < words.size(); ++i) {
        if (std::find(std::begin(unambiguous), std::end(unambiguous), words[i]) == std::end(unambiguous)) break;
        // "SENSITIVE BUT UNCLASSIFIED" is a banner, not the SENSITIVE caption.
        if (i + 1 < words.size() && words[i + 1] == "BUT") break;
        out.emplace_back(words[i]);
    }
    return out;
}

std::vector<std::string> trailing_handling_words(std::string_view line)
{
    static constexpr std::string_view unambiguous[] = {"SIPDIS", "NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS"};
    if (!trim(line).ends_with("SIPDIS")) return {};
    auto words = split_any(trim(line), " ,;");
    size_t first = words.size();
    while (first > 0 &&
           std::find(std::begin(unambiguous), std::end(unambiguous), words[first - 1]) != std::end(unambiguous))
        --first;
    std::vector<std::string> out;
    for (size_t i = first; i < words.size(); ++i) out.emplace_back(words[i]);
    // Only a run that ends the line with SIPDIS is the caption block run on.
    if (out.empty() || out.back() != "SIPDIS") return {};
    return out;
}

std::optional<ClassificationLine> parse_classification_line(std::string_view raw)
{
    // Stray punctuation before the level: ".C O N F I D E N T I A L", a quote.
    std::string_view t = trim(raw);
    while (!t.empty() && (t[0] == '.' || t[0] == '"' || t[0] == '\'' || t[0] == '*')) t = trim_left(t.substr(1));
    // Every level starts with one of these letters, also with its first letter
    // lost (ECRET, NCLAS, ONFIDENTIAL, IMITED): a cheap test for most lines.
    static constexpr std::string_view kFirstLetters = "UCSLTENOIucsltenoi";
    if (t.empty() || kFirstLetters.find(t[0]) == std::string_view::npos) return std::nullopt;
    if (!could_start_level(t)) return std::nullopt;
    std::string joined = upper(join_spaced_letters(t));
    // "SECRET//NOFORN" and "UNCLAS E F T O": slashes separate words too.
    for (char& c : joined)
        if (c == '/') c = ' ';
    auto words = split_any(joined, " ,;");
    if (words.empty()) return std::nullopt;

    ClassificationLine out;
    size_t i = 0;
    bool repaired = false;
    auto word = [&](size_t k) { return k < words.size() ? words[k] : std::string_view{}; };
    if (auto level = level_of(word(0)); !level.empty()) {
        out.level = std::string(level);
        if (word(0) == "SECRETNOFORN") out.caveats.push_back("NOFORN");
        i = 1;
    } else if (word(0) == "LIMITED" && word(1) == "OFFICIAL" && word(2) == "USE") {
        out.level = "LIMITED OFFICIAL USE";
        i = 3;
    } else if (word(0) == "TOP" && word(1) == "SECRET") {
        out.level = "TOP SECRET";
        i = 2;
    } else if (auto [fixed, used] = repaired_level_word(word(0), word(1)); used > 0) {
        out.level = std::string(level_of(fixed));
        i = used;
        repaired = true;
    } else {
        return std::nullopt;
    }
    if (word(i) == "FOR" && word(i + 1) == "OFFICIAL" && word(i + 2) == "USE" && word(i + 3) == "ONLY") {
        out.for_official_use_only = true;
        i += 4;
    }
    // "UNCLASSIFIED LIMITED OFFICIAL USE SECTION 01 OF 05 ZAGREB 02173": the
    // two levels of a 1990s Zagreb cable; the first is the line's (as the
    // release files it), the second no part of the post.
    if (word(i) == "LIMITED" && word(i + 1) == "OFFICIAL" && word(i + 2) == "USE") i += 3;
    // A classification line is short and carries nothing but these parts
    // before the serial; a sentence that happens to start with "SECRET" is not
    // one. After the serial, copies glue on other text: it is left alone.
    constexpr size_t kMaxPostWords = 4;
    std::string post_words;
    size_t post_word_count = 0;
    for (; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (!out.serial.empty()) {
            if (is_handling_word(w)) {
                out.caveats.emplace_back(w);
                continue;
            }
            for (size_t k = i; k < words.size(); ++k) {
                if (!out.trailing.empty()) out.trailing.push_back(' ');
                out.trailing.append(words[k]);
            }
            break;
        }
        std::string_view glued;
        if (size_t used = out.section.empty() && post_words.empty() ? read_section(words, i, out.section, glued) : 0) {
            i += used - 1;
            if (!glued.empty()) { // "03QRIPOLI"
                ++post_word_count;
                post_words.append(glued);
            }
        } else if (is_handling_word(w)) {
            out.caveats.emplace_back(w);
        } else if (is_digit(w[0])) {
            size_t digits = 0;
            while (digits < w.size() && is_digit(w[digits])) ++digits;
            if (digits < w.size() && !std::all_of(w.begin() + digits, w.end(), is_alpha)) return std::nullopt;
            if (post_words.empty()) {
                if (digits < w.size()) return std::nullopt;
                continue;
            }
            out.serial = std::string(w.substr(0, digits));
            peel_handling_words(w.substr(digits), out.caveats);
        } else if (std::all_of(w.begin(), w.end(), is_alpha)) {
            if (++post_word_count > kMaxPostWords) return std::nullopt;
            if (!post_words.empty()) post_words.push_back(' ');
            post_words.append(w);
        } else if (w == "-" || w == "--") {
            continue;
        } else {
            return std::nullopt;
        }
    }
    // A level word read through a typing slip counts only on a whole line.
    if (repaired && out.serial.empty()) return std::nullopt;
    out.post_code = post_code_of(post_words);
    // "QRIPOLI": a post's name with a letter OCR'd.
    if (!out.serial.empty() && !is_release_post_code(out.post_code))
        if (auto near = near_release_post_code(out.post_code); !near.empty()) out.post_code = std::string(near);
    return out;
}

std::optional<ClassificationLine> find_classification_in_line(std::string_view line)
{
    static constexpr std::string_view markers[] = {"C O N F I D E N T I A L", "S E C R E T", "U N C L A S",
                                                   "CONFIDENTIAL ", "SECRET ", "UNCLAS ", "LIMITED OFFICIAL USE "};
    // One pass over the word starts that could begin a marker.
    for (size_t at = 0; at < line.size(); ++at) {
        char c = line[at];
        if (!(c == 'C' || c == 'S' || c == 'U' || c == 'L') || (at > 0 && is_alpha(line[at - 1]))) continue;
        std::string_view here = line.substr(at);
        if (std::none_of(std::begin(markers), std::end(markers), [here](auto m) { return here.starts_with(m); }))
            continue;
        auto found = parse_classification_line(here);
        // Mid-line only with a post of the release: "SECRET POLICE ARRESTED 300" is prose.
        if (found && found->serial.size() >= 3 && is_release_post_code(found->post_code)) {
            found->leading = std::string(trim(line.substr(0, at)));
            return found;
        }
    }
    return std::nullopt;
}

std::string level_of_marking(std::string_view marking)
{
    std::string m = upper(trim(marking));
    if (m.starts_with("TS")) return "TOP SECRET";
    if (m.starts_with("S") && !m.starts_with("SBU")) return "SECRET";
    if (m.starts_with("C")) return "CONFIDENTIAL";
    if (m.starts_with("U") || m.starts_with("SBU")) return "UNCLASSIFIED";
    return {};
}

int level_rank(std::string_view level)
{
    if (level == "UNCLASSIFIED") return 1;
    if (level == "LIMITED OFFICIAL USE") return 2;
    if (level == "CONFIDENTIAL") return 3;
    if (level == "SECRET") return 4;
    if (level == "TOP SECRET") return 5;
    return 0;
}

std::string release_classification(std::string_view level, const std::vector<std::string>& caveats,
                                   bool for_official_use_only)
{
    auto has = [&](std::string_view w) { return std::find(caveats.begin(), caveats.end(), w) != caveats.end(); };
    std::string out(level);
    // The release files an unclassified cable with a SENSITIVE (or a stray
    // NOFORN) caption as UNCLASSIFIED//FOR OFFICIAL USE ONLY.
    if (level == "UNCLASSIFIED" && (for_official_use_only || has("SENSITIVE") || has("FOUO") || has("NOFORN")))
        out += "//FOR OFFICIAL USE ONLY";
    else if ((level == "CONFIDENTIAL" || level == "SECRET" || level == "TOP SECRET") && has("NOFORN"))
        out += "//NOFORN";
    return out;
}

std::string normalize_classification(std::string_view value)
{
    std::string v = collapse_spaces(upper(value));
    if (v == "UNCLAS") return "UNCLASSIFIED";
    return v;
}

std::string highest_marking_level(const std::vector<Paragraph>& paragraphs)
{
    std::string best;
    for (const auto& p : paragraphs) {
        std::string level = level_of_marking(p.marking);
        if (level_rank(level) > level_rank(best)) best = std::move(level);
    }
    return best;
}

void settle_classification(Cable& cable, const std::optional<ClassificationLine>& line, std::string_view sent_level,
                           const CableHints& hints)
{
    bool sensitive = false;
    if (line) {
        cable.section = line->section;
        sensitive = line->for_official_use_only;
    }
    if (!hints.classification.empty()) {
        cable.classification = normalize_classification(hints.classification);
        return;
    }
    // Without a classification line (lost in a copy, or a partial cable),
    // the transmission line still says it, and failing that the highest
    // paragraph marking does.
    std::string level = line ? line->level : std::string(sent_level);
    if (level.empty()) level = highest_marking_level(cable.paragraphs);
    if (!level.empty()) cable.classification = release_classification(level, cable.caveats, sensitive);
}

} // namespace cablesearch
