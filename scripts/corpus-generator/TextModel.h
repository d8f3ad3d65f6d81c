#pragma once
// The numbers behind the generated text, calibrated so that a generated
// corpus measures like the real cables of ../shared at the same sizes
// (scripts/corpus-stats prints both side by side) and its vocabulary keeps
// growing over the whole release as Heaps' law fitted on the real cables
// predicts (README, Speed). Each is a statistic of real cables, never their
// text.

#include "Lexicon.h"

namespace corpusgen::model {

// Open classes: the share of draws that go to made-up words, and the
// open-ended Zipf law of their ranks (Zipf.h: in n draws about n^(1/a)
// distinct words).
inline constexpr OpenClassLaw kNounLaw{0.45, 2.35, 250};
inline constexpr OpenClassLaw kVerbLaw{0.40, 2.4, 180};
inline constexpr OpenClassLaw kAdjectiveLaw{0.40, 2.4, 180};
inline constexpr OpenClassLaw kSurnameLaw{1.0, 1.85, 3000};
inline constexpr OpenClassLaw kGivenNameLaw{1.0, 2.0, 600};
inline constexpr OpenClassLaw kPlaceLaw{1.0, 1.85, 1500};
inline constexpr OpenClassLaw kAcronymLaw{0.7, 2.2, 600};
// Figures of four digits or more (Numbers.cpp) and codes of letters and
// digits ("F16"): they recur too.
inline constexpr OpenClassLaw kFigureLaw{1.0, 1.85, 2500};
inline constexpr OpenClassLaw kCodeLaw{1.0, 1.35, 50};
// Numbers of three digits: a few recur in every other cable ("100", "500"),
// the rest one by one, until nearly all 900 have been seen.
inline constexpr OpenClassLaw kHundredsLaw{1.0, 1.35, 0.5};

// A cable keeps coming back to its subject: this share of its nouns, verbs
// and adjectives are drawn from a few words it chose first.
inline constexpr double kTopicShare = 0.38;

// Words per cable (the parser's paragraphs and subject): log-normal, with
// the median and spread of the cable's year (real cables of 2006 on are
// longer than those of 2003 and 2004).
double cable_words_median(int year);
double cable_words_sigma(int year);
// Paragraphs: shares of short ones (a line or two, up to 20 words) and of
// medium ones (21 to 50 words); the others log-normal.
inline constexpr double kShortParagraphShare = 0.07;
inline constexpr double kMediumParagraphShare = 0.10;
inline constexpr double kParagraphWordsMedian = 112;
inline constexpr double kParagraphWordsSigma = 0.45;

// Slips of the pen per word: typed-in paper copies (all capitals) have far
// more, from the OCR that read them.
inline constexpr double kTypoRate = 0.0008;
inline constexpr double kTypoRateAllCapitals = 0.006;

// Share of cables in all capitals, by year (real cables: every one before
// 2000, then fewer and fewer).
double all_capitals_share(int year);

} // namespace corpusgen::model
