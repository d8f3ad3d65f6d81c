#include "TextModel.h"

namespace corpusgen::model {

double all_capitals_share(int year)
{
    // Measured on the 7,488 real cables of ../shared by year.
    if (year < 2000) return 0.98;
    switch (year) {
    case 2000: return 0.79;
    case 2001: return 0.96;
    case 2002: return 0.43;
    case 2003: return 0.12;
    case 2004: return 0.065;
    case 2005: return 0.018;
    default: return 0.012;
    }
}

double cable_words_median(int year)
{
    // Measured on the real cables: each period's median against the whole's.
    constexpr double kMedian = 600;
    if (year < 2000) return kMedian * 1.0;
    if (year < 2003) return kMedian * 0.92;
    if (year == 2003) return kMedian * 0.85;
    if (year == 2004) return kMedian * 0.87;
    if (year == 2005) return kMedian * 1.04;
    return kMedian * 1.29;
}

double cable_words_sigma(int year)
{
    if (year >= 2006) return 0.57;
    if (year == 2004) return 0.62;
    return 0.76;
}

} // namespace corpusgen::model
