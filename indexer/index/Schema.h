#pragma once
// The index schema: term prefixes and value slots, shared by cable-index
// (which writes them) and cable-query (which reads them). The README has the
// same table for users; change both together.

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace cablesearch::schema {

// --- Boolean term prefixes (exact filters) -----------------------------------
inline constexpr std::string_view kIdPrefix = "Q";            // Q07CHENGDU32: the document key (see document_key)
inline constexpr std::string_view kCanonicalIdPrefix = "XCID"; // canonical id of a cable released under a malformed one
inline constexpr std::string_view kTagPrefix = "K";          // KPGOV
inline constexpr std::string_view kPostPrefix = "XPOST";     // XPOSTconsulate chengdu, XPOSTchengdu
inline constexpr std::string_view kClassPrefix = "XCLASS";   // XCLASSconfidential, XCLASSnoforn
inline constexpr std::string_view kCaveatPrefix = "XCAVEAT"; // XCAVEATsipdis
inline constexpr std::string_view kRefPrefix = "XREF";       // XREF85STATE200090
inline constexpr std::string_view kSignerPrefix = "XSIGNER"; // XSIGNERboughner
inline constexpr std::string_view kYearPrefix = "XYEAR";     // XYEAR2007
inline constexpr std::string_view kMonthPrefix = "XMONTH";   // XMONTH2007-02
inline constexpr std::string_view kFormatPrefix = "XFORMAT"; // XFORMATtext
inline constexpr std::string_view kRedactedTerm = "XREDACTED"; // a cable with runs of X (Redactions.h)

// --- Free-text prefixes (stemmed, with positions) ----------------------------
// A text term is "Z", the prefix, the stem: Ztraffick, ZStraffick, ZXTOsecstat.
inline constexpr std::string_view kSubjectPrefix = "S";      // subject words
inline constexpr std::string_view kRecipientPrefix = "XTO";  // TO and INFO addressee words
// --- Positional, not text ------------------------------------------------------
// One posting per marked paragraph, at its first position (ParagraphMarking.h).
inline constexpr std::string_view kMarkingPrefix = "XMARK";   // XMARKs/nf, XMARKc, XMARKsbu

// --- Value slots ---------------------------------------------------------------
// One value per slot per document, so that Xapian's built-in
// ValueCountMatchSpy can count facets, also on a remote (xapian-tcpsrv)
// database. A multi-valued field (tags, caveats) is one value too: the set,
// its members joined by kFacetValueSeparator. One spy then reads one value
// per match, where a run of slots (one per tag) cost a read per slot and
// match: on a server, which has only the built-in spies, most of a search's
// time. The spy counts each set; the client adds a set's count to each member.
inline constexpr Xapian::valueno kDateSlot = 0;     // 200702010741 (sorts as it compares)
inline constexpr Xapian::valueno kYearSlot = 1;     // 2007
inline constexpr Xapian::valueno kMonthSlot = 2;    // 2007-02
inline constexpr Xapian::valueno kPostSlot = 3;     // Consulate Chengdu
inline constexpr Xapian::valueno kClassSlot = 4;    // CONFIDENTIAL
// Slots 5 and 6 (the id, the source file) are no longer written: no search
// reads them, and a remote server sends every value of each document it
// returns, one message each (schema 9).
// The order of results, the same whatever the document ids (which depend on
// the order cables were indexed in, and on how an index is split into shards
// and parts): the date, then the document key, so no two cables tie.
inline constexpr Xapian::valueno kDateLastSlot = 7;   // oldest first: 200702010741 07CHENGDU32, "~" and the key when undated (last)
inline constexpr Xapian::valueno kNewestFirstSlot = 8; // read backwards: the same, "!" and the key when undated (last again)
// A cable the corpus holds in more than one edition: every edition, the
// redacted ones with their text (index/Editions.h). Absent when only one.
inline constexpr Xapian::valueno kEditionsSlot = 9;
inline constexpr Xapian::valueno kTagsSlot = 10;    // PGOV\x1fPHUM\x1fCH
inline constexpr Xapian::valueno kCaveatsSlot = 11; // NOFORN\x1fSIPDIS
inline constexpr char kFacetValueSeparator = '\x1f';
std::string join_facet_values(const std::vector<std::string>& values);
// Calls f with each member of a set written by join_facet_values.
template <typename F> void for_each_facet_value(std::string_view set, F&& f)
{
    while (!set.empty()) {
        const size_t end = set.find(kFacetValueSeparator);
        f(set.substr(0, end));
        if (end == std::string_view::npos) break;
        set.remove_prefix(end + 1);
    }
}

// The other text blocks (signature, subject, addressees) are this many
// positions apart, so no phrase or NEAR query can match across two of them.
inline constexpr Xapian::termpos kParagraphGap = 100;
// Each paragraph of the body starts at a multiple of this block (and at least
// half a block after the previous one ends): its marking term sits at the
// first position, its words after it. Then "words in one paragraph with this
// marking" is OP_NEAR of the words and the marking term with a window of
// half a block (kMarkingWindow), which Xapian's remote backend runs too.
inline constexpr Xapian::termpos kParagraphBlock = 1u << 14;
inline constexpr Xapian::termcount kMarkingWindow = kParagraphBlock / 2;

// Metadata keys (Xapian user metadata).
inline constexpr std::string_view kSchemaVersionKey = "cablesearch:schema";
// 2: text terms are stems only (STEM_ALL_Z), the words kept in the vocabulary.
// 3: the order slots (7, 8) end with the document key.
// 4: the parts of apostrophe words (d'Estaing: estaing) and the words of the
//    TAGS field are text terms too.
// 5: paragraphs start at multiples of kParagraphBlock, a marking term at each
//    marked paragraph's first position.
// 6: runs of X (redactions) are no words; XREDACTED on cables that have them.
// 7: tags and caveats each in one slot, as a set (kTagsSlot, kCaveatsSlot).
// 8: the fullest edition of a cable is indexed, its editions in
//    kEditionsSlot; file states note each copy's redactions and length.
// 9: no id and source slots (5, 6).
inline constexpr std::string_view kSchemaVersion = "9";
// The vocabulary: one key per word of the indexed text (lower case, with a
// letter in it), its stem as the value. Keys sort, so the words a wildcard
// stands for are a range of keys.
inline constexpr std::string_view kWordKeyPrefix = "cablesearch:word:";
// Counts cable-index's commits: with shards, the index as a whole has no
// Xapian revision, and cable-query's facet cache needs to tell it changed.
inline constexpr std::string_view kCommitKey = "cablesearch:commit";
// The files and folders cable-index was given, one a line (index/RunScope.h).
inline constexpr std::string_view kRootsKey = "cablesearch:roots";

// Field values are matched case-insensitively: each prefix has one case.
std::string post_term(std::string_view value);    // lower case, single spaces
std::string tag_term(std::string_view value);     // upper case
std::string id_term(std::string_view value);      // upper case
std::string class_term(std::string_view value);   // lower case
std::string caveat_term(std::string_view value);  // lower case
std::string ref_term(std::string_view value);     // upper case
std::string signer_term(std::string_view value);  // lower case

// The stemmer for body, subject and recipients: English (Porter2).
inline constexpr std::string_view kStemmerLanguage = "english";

} // namespace cablesearch::schema
