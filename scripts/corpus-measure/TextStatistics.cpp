#include "TextStatistics.h"

#include "index/Schema.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace corpusstats {

namespace {

bool has_digit(std::string_view w) { return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }); }
bool is_number(std::string_view w)
{
    return has_digit(w) && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
}

size_t characters(std::string_view w)
{
    size_t n = 0;
    for (unsigned char c : w) n += (c & 0xC0) != 0x80;
    return n;
}

constexpr size_t kLengthBuckets = 16;     // 1..15 characters, 16 for longer
constexpr size_t kParagraphBuckets = 1000; // 0..999 words, last for longer

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Capitals the way a reader sees them: a capitalized word that does not
// start a sentence is a name ("Leon", "Madrid"); two capitals or more make an
// acronym ("GOS", "NATO").
void count_case(std::string_view text, CableCounts& out)
{
    bool sentence_start = true;
    size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (!is_upper(c) && !is_lower(c)) {
            if (c == '.' || c == '!' || c == '?' || c == ':') sentence_start = true;
            else if (c >= '0' && c <= '9') sentence_start = false;
            ++i;
            continue;
        }
        size_t start = i;
        size_t upper = 0, lower = 0;
        while (i < text.size() && (is_upper(text[i]) || is_lower(text[i]))) (is_upper(text[i++]) ? upper : lower) += 1;
        ++out.cased_words;
        if (upper >= 2 && lower == 0) ++out.acronyms;
        else if (upper == 1 && is_upper(text[start]) && lower > 0 && !sentence_start) ++out.capitalized;
        sentence_start = false;
    }
}

} // namespace

CableMeasurer::CableMeasurer() = default;

CableCounts CableMeasurer::measure(const cablesearch::Cable& cable, uint64_t file_bytes)
{
    CableCounts out;
    out.bytes = file_bytes;
    std::unordered_map<std::string, uint32_t> words;
    auto index = [&](const std::string& text, CableCounts::Paragraph* p) {
        Xapian::Document doc;
        tg_.set_document(doc);
        tg_.index_text(text);
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            std::string w = *t;
            uint32_t n = t.get_wdf();
            words[w] += n;
            if (p) {
                p->words += n;
                if (is_number(w)) p->numbers += n;
                else if (has_digit(w)) p->ids += n;
            }
        }
    };
    size_t upper = 0, lower = 0;
    for (const auto& p : cable.paragraphs) {
        if (!p.heading.empty()) index(p.heading, nullptr);
        CableCounts::Paragraph counts;
        index(p.text, &counts);
        if (counts.words) out.paragraphs.push_back(counts);
        for (char c : p.text) upper += is_upper(c), lower += is_lower(c);
    }
    index(cable.subject, nullptr);
    out.all_capitals = upper + lower > 0 && lower * 50 < upper + lower;
    if (!out.all_capitals)
        for (const auto& p : cable.paragraphs) count_case(p.text, out);
    out.words.assign(words.begin(), words.end());
    std::sort(out.words.begin(), out.words.end());
    tg_.set_document(Xapian::Document());
    return out;
}

TextStatistics::TextStatistics()
    : stemmer_(std::string(cablesearch::schema::kStemmerLanguage)), token_length_(kLengthBuckets + 1),
      word_length_(kLengthBuckets + 1), paragraph_words_(kParagraphBuckets + 1)
{
}

void TextStatistics::add(const CableCounts& c)
{
    ++cables_;
    bytes_ += c.bytes;
    all_capitals_ += c.all_capitals;
    cased_words_ += c.cased_words;
    capitalized_ += c.capitalized;
    acronyms_ += c.acronyms;
    uint64_t cable_tokens = 0;
    std::vector<uint32_t> stems;
    stems.reserve(c.words.size());
    for (const auto& [w, n] : c.words) {
        auto [it, fresh] = words_.try_emplace(w);
        Word& word = it->second;
        if (fresh) {
            auto [s, new_stem] = stem_ids_.try_emplace(stemmer_(w), static_cast<uint32_t>(stem_ids_.size()));
            if (new_stem) stem_counts_.push_back(0), stem_names_.push_back(&s->first);
            word.stem = s->second;
            numeric_words_ += has_digit(w);
            word_length_[std::min(characters(w), kLengthBuckets)] += 1;
        }
        if (word.count == 0 && n == 1) ++hapax_words_;
        else if (word.count == 1) --hapax_words_;
        word.count += n;
        word.cables += 1;
        stem_counts_[word.stem] += n;
        stems.push_back(word.stem);
        cable_tokens += n;
        token_length_[std::min(characters(w), kLengthBuckets)] += n;
    }
    std::sort(stems.begin(), stems.end());
    size_t distinct = static_cast<size_t>(std::unique(stems.begin(), stems.end()) - stems.begin());
    distinct_stems_per_cable_ += distinct;
    if (cable_tokens) distinct_share_sum_ += static_cast<double>(distinct) / static_cast<double>(cable_tokens);
    tokens_ += cable_tokens;
    cable_words_.push_back(static_cast<uint32_t>(cable_tokens));
    for (const auto& p : c.paragraphs) {
        ++paragraphs_;
        numbers_ += p.numbers;
        ids_ += p.ids;
        paragraph_words_[std::min<size_t>(p.words, kParagraphBuckets)] += 1;
    }
}

namespace {

double share(const std::vector<uint64_t>& hist, size_t from, size_t to)
{
    uint64_t total = 0, in = 0;
    for (size_t i = 0; i < hist.size(); ++i) {
        total += hist[i];
        if (i >= from && i <= to) in += hist[i];
    }
    return total ? 100.0 * static_cast<double>(in) / static_cast<double>(total) : 0;
}

double mean(const std::vector<uint64_t>& hist)
{
    double total = 0, sum = 0;
    for (size_t i = 0; i < hist.size(); ++i) total += static_cast<double>(hist[i]), sum += static_cast<double>(i * hist[i]);
    return total ? sum / total : 0;
}

double quantile(const std::vector<uint64_t>& hist, double q)
{
    uint64_t total = 0;
    for (auto h : hist) total += h;
    uint64_t seen = 0;
    for (size_t i = 0; i < hist.size(); ++i) {
        seen += hist[i];
        if (static_cast<double>(seen) >= q * static_cast<double>(total)) return static_cast<double>(i);
    }
    return static_cast<double>(hist.size() - 1);
}

double ratio(double a, double b) { return b ? a / b : 0; }

} // namespace

std::vector<Measure> TextStatistics::snapshot() const
{
    std::vector<Measure> m;
    const double n = static_cast<double>(cables_);
    std::vector<uint32_t> per_cable = cable_words_;
    std::sort(per_cable.begin(), per_cable.end());
    double median_cable = per_cable.empty() ? 0 : per_cable[per_cable.size() / 2];
    m.push_back({"words_read", "words read", static_cast<double>(tokens_), 0, false});
    m.push_back({"distinct_words", "distinct words", static_cast<double>(words_.size()), 0, false});
    m.push_back({"distinct_stems", "distinct stems (index terms)", static_cast<double>(stem_counts_.size()), 0, false});
    m.push_back({"hapax_share", "words seen once, share of distinct", 100.0 * ratio(static_cast<double>(hapax_words_), static_cast<double>(words_.size())), 1, true});
    m.push_back({"numeric_vocabulary", "words with a digit, share of distinct", 100.0 * ratio(static_cast<double>(numeric_words_), static_cast<double>(words_.size())), 1, true});
    m.push_back({"kb_per_cable", "KB per cable", ratio(static_cast<double>(bytes_) / 1000.0, n), 2, false});
    m.push_back({"words_per_cable", "words per cable, mean", ratio(static_cast<double>(tokens_), n), 0, false});
    m.push_back({"words_per_cable_median", "words per cable, median", median_cable, 0, false});
    m.push_back({"stems_per_cable", "distinct stems per cable", ratio(static_cast<double>(distinct_stems_per_cable_), n), 0, false});
    m.push_back({"distinct_share", "distinct stems / words, per cable", 100.0 * ratio(distinct_share_sum_, n), 1, true});
    m.push_back({"paragraphs_per_cable", "paragraphs per cable", ratio(static_cast<double>(paragraphs_), n), 1, false});
    m.push_back({"paragraph_words_mean", "words per paragraph, mean", mean(paragraph_words_), 1, false});
    m.push_back({"paragraph_words_median", "words per paragraph, median", quantile(paragraph_words_, 0.5), 0, false});
    m.push_back({"paragraph_words_p90", "words per paragraph, 90th percentile", quantile(paragraph_words_, 0.9), 0, false});
    m.push_back({"paragraphs_1_20", "paragraphs of 1-20 words", share(paragraph_words_, 1, 20), 1, true});
    m.push_back({"paragraphs_21_50", "paragraphs of 21-50 words", share(paragraph_words_, 21, 50), 1, true});
    m.push_back({"paragraphs_51_100", "paragraphs of 51-100 words", share(paragraph_words_, 51, 100), 1, true});
    m.push_back({"paragraphs_101_200", "paragraphs of 101-200 words", share(paragraph_words_, 101, 200), 1, true});
    m.push_back({"paragraphs_201", "paragraphs of 201 words or more", share(paragraph_words_, 201, kParagraphBuckets), 1, true});
    m.push_back({"word_length_mean", "word length (characters), mean", mean(token_length_), 2, false});
    m.push_back({"words_1_3", "words of 1-3 characters", share(token_length_, 1, 3), 1, true});
    m.push_back({"words_4_6", "words of 4-6 characters", share(token_length_, 4, 6), 1, true});
    m.push_back({"words_7_9", "words of 7-9 characters", share(token_length_, 7, 9), 1, true});
    m.push_back({"words_10", "words of 10 characters or more", share(token_length_, 10, kLengthBuckets), 1, true});
    m.push_back({"distinct_length_mean", "distinct word length, mean", mean(word_length_), 2, false});
    m.push_back({"all_capitals", "all-capitals cables", 100.0 * ratio(static_cast<double>(all_capitals_), n), 1, true});
    m.push_back({"numbers_per_paragraph", "numbers per paragraph", ratio(static_cast<double>(numbers_), static_cast<double>(paragraphs_)), 2, false});
    m.push_back({"ids_per_paragraph", "ids (letters and digits) per paragraph", ratio(static_cast<double>(ids_), static_cast<double>(paragraphs_)), 2, false});
    m.push_back({"capitalized_per_100", "capitalized words inside sentences, per 100 words", 100.0 * ratio(static_cast<double>(capitalized_), static_cast<double>(cased_words_)), 1, false});
    m.push_back({"acronyms_per_100", "acronyms per 100 words", 100.0 * ratio(static_cast<double>(acronyms_), static_cast<double>(cased_words_)), 1, false});
    return m;
}

void TextStatistics::write_vocabulary(std::FILE* out) const
{
    std::vector<std::pair<const std::string*, const Word*>> all;
    all.reserve(words_.size());
    for (const auto& [w, word] : words_) all.push_back({&w, &word});
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.second->count != b.second->count ? a.second->count > b.second->count : *a.first < *b.first;
    });
    for (const auto& [w, word] : all)
        std::fprintf(out, "%s\t%u\t%u\t%s\n", w->c_str(), word->count, word->cables, stem_names_[word->stem]->c_str());
}

double HeapsFit::predict(double n) const { return k * std::pow(n, beta); }

HeapsFit fit_heaps(const std::vector<std::pair<double, double>>& n_v)
{
    HeapsFit f;
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    const double m = static_cast<double>(n_v.size());
    for (auto [n, v] : n_v) {
        double x = std::log(n), y = std::log(v);
        sx += x, sy += y, sxx += x * x, sxy += x * y, syy += y * y;
    }
    double d = m * sxx - sx * sx;
    if (n_v.size() < 2 || d == 0) return f;
    f.beta = (m * sxy - sx * sy) / d;
    double a = (sy - f.beta * sx) / m;
    f.k = std::exp(a);
    double ss_tot = syy - sy * sy / m, ss_res = 0;
    for (auto [n, v] : n_v) {
        double e = std::log(v) - (a + f.beta * std::log(n));
        ss_res += e * e;
    }
    f.r2 = ss_tot > 0 ? 1 - ss_res / ss_tot : 1;
    return f;
}

} // namespace corpusstats
