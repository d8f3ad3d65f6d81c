#pragma once
// The Cable model: everything the parsers read from one diplomatic cable.
// Shared by every input format, by the index schema and by cable-query.

#include <optional>
#include <string>
#include <vector>

namespace cablesearch {

// A moment in UTC, to the minute. Cables carry no seconds.
struct DateTime {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;

    bool valid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31; }
    // 2007-02-01T07:41Z
    std::string iso() const;
    // 2007-02-01 07:41, the release's own spelling
    std::string release_form() const;
    // 200702010741: sorts as it compares, used in value slots
    std::string sortable() const;
    bool operator==(const DateTime&) const = default;
};

// A calendar day without a time (declassification dates).
struct Day {
    int year = 0, month = 0, day = 0;
    bool valid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31; }
    std::string iso() const;
    bool operator==(const Day&) const = default;
};

struct Addressee {
    std::string name;        // SECSTATE WASHDC, routing indicator and serial removed
    std::string precedence;  // PRIORITY, IMMEDIATE, ... where the line names one
};

struct Paragraph {
    int number = 0;          // 0 for unnumbered text (intro lines, old unnumbered cables)
    std::string marking;     // C, SBU, S/NF, U ... without parentheses; empty when none
    std::string heading;     // section heading printed just before this paragraph
    std::string kind;        // "summary", "comment" or empty
    std::string text;        // joined lines, page-break lines removed
};

struct Cable {
    std::string id;               // canonical reference id: 07CHENGDU32
    std::string released_id;      // the id as the release spelled it, when it differs from id
    std::string source_path;      // file the cable was read from
    std::string source_format;    // text, html or csv
    long source_line = 0;         // first line of the record inside the source (csv)

    std::optional<DateTime> date; // UTC
    std::string date_time_group;  // raw: 010741Z FEB 07
    std::string precedence;       // of the cable: ROUTINE, PRIORITY, IMMEDIATE, FLASH

    std::string origin;           // readable: Consulate Chengdu
    std::string origin_raw;       // as in the FM line: AMCONSUL CHENGDU
    std::vector<Addressee> to, info;

    std::string classification;   // normalized: CONFIDENTIAL, SECRET//NOFORN, ...
    std::vector<std::string> caveats; // SIPDIS, NOFORN, EXDIS, ...
    std::string section;          // 01 OF 02

    std::string executive_order;  // 12958
    std::string declassify_raw;   // 2/1/2027, OADR, ...
    std::optional<Day> declassify_on;

    std::vector<std::string> tags;
    std::string tags_text;        // the TAGS field as written (link markup removed): free text in it is searchable
    std::string subject;
    std::vector<std::string> reference_lines; // REF: text as written
    std::vector<std::string> references;      // canonical ids: 85STATE200090
    // The ids of each entry of reference_lines. The first entry is the REF
    // line with the lines that wrap it, which is what the release's own
    // References metadata covers; lettered items after a blank line follow.
    std::vector<std::vector<std::string>> references_by_line;
    std::string classified_by;
    std::string reason;

    std::vector<Paragraph> paragraphs;
    std::string signer;
    // Text that is neither a header field nor a paragraph, kept so that
    // every word of the cable is searchable: an e-mail or summary sheet a
    // copy put above the telegram, header notes ("DEPT FOR EB/IFD/OIA"), a
    // cancelled cable's notice. One entry per block, lines joined by '\n'.
    std::vector<std::string> other_text;
    bool partial = false;         // released without its routing header

    std::vector<std::string> warnings;

    // Year of the cable: the date's, else the id's two-digit year.
    int year() const;
};

} // namespace cablesearch
