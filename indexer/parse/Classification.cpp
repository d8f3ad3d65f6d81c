#include "parse/Classification.h"

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

std::optional<ClassificationLine> parse_classification_line(std::string_view raw)
{
    std::string joined = upper(join_spaced_letters(trim(raw)));
    // "SECRET//NOFORN" and "UNCLAS E F T O": slashes separate words too.
    for (char& c : joined)
        if (c == '/') c = ' ';
    auto words = split_any(joined, " ,;");
    if (words.empty()) return std::nullopt;

    ClassificationLine out;
    size_t i = 0;
    auto word = [&](size_t k) { return k < words.size() ? words[k] : std::string_view{}; };
    if (word(0) == "UNCLASSIFIED" || word(0) == "UNCLAS" || word(0) == "UNCLASS") {
        out.level = "UNCLASSIFIED";
        i = 1;
    } else if (word(0) == "LIMITED" && word(1) == "OFFICIAL" && word(2) == "USE") {
        out.level = "LIMITED OFFICIAL USE";
        i = 3;
    } else if (word(0) == "CONFIDENTIAL") {
        out.level = "CONFIDENTIAL";
        i = 1;
    } else if (word(0) == "SECRET" || word(0) == "SECRETNOFORN") {
        out.level = "SECRET";
        if (word(0) == "SECRETNOFORN") out.caveats.push_back("NOFORN");
        i = 1;
    } else if (word(0) == "TOP" && word(1) == "SECRET") {
        out.level = "TOP SECRET";
        i = 2;
    } else {
        return std::nullopt;
    }
    if (word(i) == "FOR" && word(i + 1) == "OFFICIAL" && word(i + 2) == "USE" && word(i + 3) == "ONLY") {
        out.for_official_use_only = true;
        i += 4;
    }
    // A classification line is short and carries nothing but these parts; a
    // sentence that happens to start with "SECRET" is not one.
    std::string post_words;
    for (; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (w == "SECTION" && i + 3 < words.size() + 1 && word(i + 2) == "OF") {
            out.section = std::string(word(i + 1)) + " OF " + std::string(word(i + 3));
            i += 3;
        } else if (is_handling_word(w)) {
            out.caveats.emplace_back(w);
        } else if (!w.empty() && std::all_of(w.begin(), w.end(), is_digit)) {
            if (out.serial.empty() && !post_words.empty()) out.serial = std::string(w);
        } else if (std::all_of(w.begin(), w.end(), is_alpha) && out.serial.empty()) {
            if (!post_words.empty()) post_words.push_back(' ');
            post_words.append(w);
        } else if (w == "-" || w == "--") {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!post_words.empty() && out.serial.empty()) {
        // Words but no number: prose such as "CONFIDENTIAL - ENTIRE TEXT".
        auto n = split_any(post_words, " ").size();
        if (n > 4) return std::nullopt;
    }
    out.post_code = post_code_of(post_words);
    return out;
}

std::string release_classification(std::string_view level, const std::vector<std::string>& caveats,
                                   bool for_official_use_only)
{
    auto has = [&](std::string_view w) { return std::find(caveats.begin(), caveats.end(), w) != caveats.end(); };
    std::string out(level);
    if (level == "UNCLASSIFIED" && (for_official_use_only || has("SENSITIVE") || has("FOUO")))
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

} // namespace cablesearch
