#include "Numbers.h"

#include "TextModel.h"
#include "Zipf.h"

#include <array>
#include <cmath>
#include <fmt/format.h>

namespace corpusgen {

namespace {

// Uniform in [lo, hi], skewed towards lo by the power (1: uniform).
long skewed(Random& rng, long lo, long hi, double power)
{
    double u = std::pow(rng.unit(), power);
    return lo + static_cast<long>(u * static_cast<double>(hi - lo + 1));
}

std::string with_separators(long v)
{
    std::string s = std::to_string(v);
    for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
    return s;
}

// Serial numbers, telephone numbers, exact amounts: figures of many digits,
// some of which recur from cable to cable (a reference number, an office's
// telephone), so that they grow with the corpus the way its words do.
long figure(Random& rng, long lo, long hi, const OpenClassLaw& law = model::kFigureLaw)
{
    const OpenZipf ranks(law.a, law.q);
    uint64_t h = mix64(ranks(rng) * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(lo));
    return lo + static_cast<long>(h % static_cast<uint64_t>(hi - lo + 1));
}

// Amounts are often round: "45,000", "1,200,000".
long amount(Random& rng, long lo, long hi)
{
    if (!rng.chance(0.7)) return figure(rng, lo, hi);
    long v = skewed(rng, lo, hi, 1.6);
    long unit = 1;
    while (unit * 100 <= v) unit *= 10;
    return std::max(v / unit * unit, lo);
}

int year_near(Random& rng, int cable_year)
{
    if (rng.chance(0.08)) return cable_year + rng.between(1, 6);
    int back = 0;
    while (back < 40 && rng.chance(0.45)) back += rng.chance(0.7) ? 1 : rng.between(2, 10);
    return cable_year - back;
}

} // namespace

void append_number(Random& rng, int cable_year, std::string& out)
{
    // Shares of number words by shape (per cent), measured on real cables.
    double r = rng.unit() * 100;
    if ((r -= 15) < 0) out += std::to_string(skewed(rng, 1, 9, 1.3));
    else if ((r -= 40) < 0) out += std::to_string(skewed(rng, 10, 99, 1.5));
    else if ((r -= 8) < 0) out += std::to_string(figure(rng, 100, 999, model::kHundredsLaw));
    else if ((r -= 20) < 0) out += std::to_string(year_near(rng, cable_year));
    else if ((r -= 3.4) < 0) out += std::to_string(figure(rng, 1000, 9999));
    else if ((r -= 1.7) < 0) out += std::to_string(figure(rng, 10000, 99999));
    else if ((r -= 0.5) < 0) out += std::to_string(figure(rng, 100000, 999999));
    else if ((r -= 0.07) < 0) out += std::to_string(figure(rng, 1000000, 9999999));
    else if ((r -= 0.65) < 0) out += std::to_string(figure(rng, 10000000, 99999999));
    else if ((r -= 1.5) < 0) out += with_separators(amount(rng, 1000, 9999));
    else if ((r -= 1.6) < 0) out += with_separators(amount(rng, 10000, 99999));
    else if ((r -= 1.1) < 0) out += with_separators(amount(rng, 100000, 999999));
    else if ((r -= 0.11) < 0) out += with_separators(amount(rng, 1000000, 99999999));
    else if ((r -= 4.0) < 0) out += fmt::format("{}.{}", skewed(rng, 0, 9, 1.5), rng.between(0, 9));
    else if ((r -= 1.2) < 0) out += fmt::format("{}.{}", skewed(rng, 10, 99, 1.4), rng.between(0, 9));
    else if ((r -= 0.4) < 0) out += fmt::format("{}.{:02}", skewed(rng, 0, 9, 1.3), rng.between(0, 99));
    else if ((r -= 0.3) < 0) out += fmt::format("{}.{}", skewed(rng, 100, 999, 1.3), rng.between(0, 9));
    else if ((r -= 0.17) < 0) out += fmt::format("{}.{:02}", skewed(rng, 10, 99, 1.2), rng.between(0, 99));
    else out += fmt::format("{}.{:02}", skewed(rng, 100, 999, 1.2), rng.between(0, 99));
}

void append_alphanumeric(Random& rng, int cable_year, std::string& out)
{
    static constexpr std::array<std::string_view, 12> units = {"km", "mw", "kg", "mm", "hrs", "h", "bn", "mn", "m", "b", "pm", "am"};
    double r = rng.unit();
    // Shares of these words by kind, measured on real cables: most are
    // codes seen in one cable only, which is why they grow with the corpus.
    if (r < 0.12) { // ordinals
        long n = skewed(rng, 1, 120, 2.2);
        std::string_view suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        out += std::to_string(n);
        out += suffix;
    } else if (r < 0.19) { // decades
        int decade = (year_near(rng, cable_year) - 10) / 10 * 10;
        out += rng.chance(0.7) ? fmt::format("{}s", decade) : fmt::format("{:02}s", decade % 100);
    } else if (r < 0.22) { // a number and its unit, run together
        out += std::to_string(skewed(rng, 1, 1000, 2.5));
        out += units[rng.below(units.size())];
    } else { // codes, some far commoner than others: F16, G8, C130, H5N1, 4x4
        static const OpenZipf ranks(model::kCodeLaw.a, model::kCodeLaw.q);
        Random shape(ranks(rng), 0xC0DE);
        double kind = shape.unit();
        if (kind < 0.7) {
            int letters = shape.chance(0.7) ? 1 : shape.between(2, 3);
            for (int i = 0; i < letters; ++i) out += static_cast<char>('A' + shape.below(26));
            out += std::to_string(skewed(shape, 1, 999, 2.2));
        } else if (kind < 0.85) {
            out += static_cast<char>('A' + shape.below(26));
            out += std::to_string(shape.between(1, 99));
            out += static_cast<char>('A' + shape.below(26));
            if (shape.chance(0.5)) out += std::to_string(shape.between(1, 9));
        } else {
            out += std::to_string(shape.between(1, 99));
            out += static_cast<char>('a' + shape.below(26));
            out += std::to_string(shape.between(1, 999));
        }
    }
}

} // namespace corpusgen
