#include "index/CableDocument.h"

#include "index/ParagraphBlocks.h"
#include "index/Redactions.h"
#include "index/Schema.h"
#include "index/Vocabulary.h"
#include "model/CableJson.h"
#include "parse/ReferenceIds.h"
#include "parse/TextScan.h"

#include <algorithm>
#include <fmt/format.h>

namespace cablesearch {

using namespace text;

CableDocumentBuilder::CableDocumentBuilder() : tg_(analysis_.make_term_generator(&words_, &parts_)) {}

std::string document_key(const Cable& cable)
{
    return upper(cable.released_id.empty() ? cable.id : cable.released_id);
}

std::vector<std::string> post_terms(const Cable& cable)
{
    std::vector<std::string> terms;
    auto add = [&](std::string_view v) {
        if (trim(v).empty()) return;
        std::string t = schema::post_term(v);
        if (std::find(terms.begin(), terms.end(), t) == terms.end()) terms.push_back(std::move(t));
    };
    add(cable.origin);
    // "Consulate Chengdu" -> "chengdu"; "Embassy The Hague" -> "the hague"
    static constexpr std::string_view kinds[] = {"Embassy ", "Consulate ", "Mission ", "US Office ", "REO "};
    for (auto k : kinds)
        if (cable.origin.starts_with(k)) add(std::string_view(cable.origin).substr(k.size()));
    add(cable.origin_raw);
    std::string_view code = post_code_of_id(cable.released_id.empty() ? cable.id : cable.released_id);
    add(code);
    return terms;
}

std::vector<std::string> class_terms(std::string_view classification)
{
    std::vector<std::string> terms;
    if (classification.empty()) return terms;
    terms.push_back(schema::class_term(classification));
    size_t start = 0;
    while (start < classification.size()) {
        size_t sep = classification.find("//", start);
        std::string_view part = classification.substr(start, sep == std::string_view::npos ? sep : sep - start);
        std::string t = schema::class_term(part);
        if (std::find(terms.begin(), terms.end(), t) == terms.end()) terms.push_back(t);
        if (sep == std::string_view::npos) break;
        start = sep + 2;
    }
    if (classification.find("FOR OFFICIAL USE ONLY") != std::string_view::npos) terms.push_back(schema::class_term("fouo"));
    return terms;
}

namespace {

// Glass refuses a document holding a term over 245 bytes, and cable-index
// would stop there. A field that long (an FM line or a csv column run
// together with the text) names no post or tag anyone filters by: it gets no
// filter term, and its words are still indexed as text.
constexpr size_t kMaxTermBytes = 245;

void add_filter_term(Xapian::Document& doc, const std::string& term)
{
    if (term.size() <= kMaxTermBytes) doc.add_boolean_term(term);
}

} // namespace

std::vector<std::string> CableDocumentBuilder::take_new_words()
{
    std::vector<std::string> fresh;
    for (const auto& w : words_)
        if (is_vocabulary_word(w) && given_.insert(w).second) fresh.push_back(w);
    words_.clear();
    return fresh;
}

Xapian::Document CableDocumentBuilder::build(const Cable& cable)
{
    using namespace schema;
    Xapian::Document doc;
    tg_.set_document(doc);
    words_.clear();

    // Body: each paragraph (with its heading) in a block of its own, its
    // marking with it (ParagraphBlocks.h).
    for (const auto& p : cable.paragraphs) index_paragraph(tg_, doc, p);
    end_paragraphs(tg_);
    // The signature and the text outside header and paragraphs (wrappers,
    // header notes): every word of the cable is found by a plain search.
    if (!cable.signer.empty()) {
        index_unredacted(tg_, cable.signer);
        tg_.increase_termpos(kParagraphGap);
    }
    for (const auto& block : cable.other_text) {
        index_unredacted(tg_, block);
        tg_.increase_termpos(kParagraphGap);
    }
    // Subject: searchable as free text and with subject:.
    index_unredacted(tg_, cable.subject);
    tg_.increase_termpos(kParagraphGap);
    index_unredacted(tg_, cable.subject, std::string(kSubjectPrefix));
    tg_.increase_termpos(kParagraphGap);
    // TAGS: its words are text too (older cables wrote "Human Rights" there).
    tg_.index_text(cable.tags_text);
    tg_.increase_termpos(kParagraphGap);
    for (const auto* list : {&cable.to, &cable.info})
        for (const auto& a : *list) {
            tg_.index_text(a.name, 1, std::string(kRecipientPrefix));
            tg_.increase_termpos(kParagraphGap);
        }

    add_apostrophe_parts(doc, parts_);

    if (has_redactions(cable)) doc.add_boolean_term(std::string(kRedactedTerm));
    doc.add_boolean_term(id_term(document_key(cable))); // never skipped: parse_raw_cable refuses ids that long
    if (!cable.released_id.empty()) add_filter_term(doc, std::string(kCanonicalIdPrefix) + upper(cable.id));
    for (const auto& t : cable.tags) add_filter_term(doc, tag_term(t));
    for (const auto& t : post_terms(cable)) add_filter_term(doc, t);
    for (const auto& t : class_terms(cable.classification)) add_filter_term(doc, t);
    for (const auto& c : cable.caveats) add_filter_term(doc, caveat_term(c));
    for (const auto& r : cable.references) add_filter_term(doc, ref_term(r));
    if (!cable.signer.empty()) add_filter_term(doc, signer_term(cable.signer));
    if (!cable.source_format.empty()) add_filter_term(doc, std::string(kFormatPrefix) + cable.source_format);

    // Dates are of one width, so the key only orders cables of the same minute.
    const std::string key = document_key(cable);
    doc.add_value(kDateLastSlot, (cable.date ? cable.date->sortable() : std::string("~")) + " " + key);
    doc.add_value(kNewestFirstSlot, (cable.date ? cable.date->sortable() : std::string("!")) + " " + key);
    if (cable.date) {
        doc.add_value(kDateSlot, cable.date->sortable());
        doc.add_value(kMonthSlot, fmt::format("{:04}-{:02}", cable.date->year, cable.date->month));
        add_filter_term(doc, fmt::format("{}{:04}-{:02}", kMonthPrefix, cable.date->year, cable.date->month));
    }
    if (int year = cable.year(); year > 0) {
        doc.add_value(kYearSlot, std::to_string(year));
        add_filter_term(doc, fmt::format("{}{}", kYearPrefix, year));
    }
    if (!cable.origin.empty()) doc.add_value(kPostSlot, cable.origin);
    if (!cable.classification.empty()) doc.add_value(kClassSlot, cable.classification);
    if (!cable.tags.empty()) doc.add_value(kTagsSlot, join_facet_values(cable.tags));
    if (!cable.caveats.empty()) doc.add_value(kCaveatsSlot, join_facet_values(cable.caveats));

    doc.set_data(to_json(cable).dump());
    // The document goes to another thread, and Xapian counts references to
    // it without atomics: the term generator must not keep one.
    tg_.set_document(Xapian::Document());
    return doc;
}

} // namespace cablesearch
