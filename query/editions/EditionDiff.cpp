#include "editions/EditionDiff.h"

#include "index/Redactions.h"

#include <algorithm>
#include <cctype>

namespace cablesearch {

namespace {

struct Word {
    std::string key; // lower case, without the punctuation around it; "" for a run of X
    std::string_view text;
    bool run = false;
    size_t block = 0; // blocks are apart by a blank line (Editions.h: edition_text)
};

bool is_white(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Lower case, the punctuation at either end dropped (bytes of UTF-8 letters stay).
std::string key_of(std::string_view w)
{
    auto word_char = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    size_t a = 0, b = w.size();
    while (a < b && !word_char(static_cast<unsigned char>(w[a]))) ++a;
    while (b > a && !word_char(static_cast<unsigned char>(w[b - 1]))) --b;
    std::string k(w.substr(a, b - a));
    for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return k;
}

// The words of text: a run of X is a word of its own, even glued to
// letters; what is only punctuation is no word.
std::vector<Word> words_of(std::string_view text)
{
    std::vector<Word> out;
    size_t block = 0;
    auto piece = [&](std::string_view w) {
        std::string k = key_of(w);
        if (!k.empty()) out.push_back({std::move(k), w, false, block});
    };
    auto spans = redaction_spans(text);
    size_t next_span = 0;
    size_t i = 0;
    while (i < text.size()) {
        size_t newlines = 0;
        while (i < text.size() && is_white(text[i])) newlines += text[i++] == '\n';
        if (newlines > 1 && !out.empty()) ++block;
        size_t end = i;
        while (end < text.size() && !is_white(text[end])) ++end;
        size_t at = i;
        while (next_span < spans.size() && spans[next_span].first < end) {
            auto [a, b] = spans[next_span++];
            if (a > at) piece(text.substr(at, a - at));
            out.push_back({"", text.substr(a, b - a), true, block});
            at = std::max(at, b);
        }
        if (at < end) piece(text.substr(at, end - at));
        i = end;
    }
    return out;
}

bool same(const Word& a, const Word& b) { return a.run == b.run && a.key == b.key; }

enum class Step { Same, OnlyFuller, OnlyRedacted };

// Myers' O(ND) difference of two word lists, as steps from the start; empty
// (and ok false) past max_d differences.
std::vector<Step> difference(const std::vector<Word>& a, const std::vector<Word>& b, size_t max_d, bool& ok)
{
    const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size());
    // Common ends first: most of two editions is the same.
    long head = 0;
    while (head < n && head < m && same(a[head], b[head])) ++head;
    long tail = 0;
    while (tail < n - head && tail < m - head && same(a[n - 1 - tail], b[m - 1 - tail])) ++tail;
    const long an = n - head - tail, bm = m - head - tail;
    std::vector<Step> steps(static_cast<size_t>(head), Step::Same);
    auto A = [&](long x) -> const Word& { return a[static_cast<size_t>(head + x)]; };
    auto B = [&](long y) -> const Word& { return b[static_cast<size_t>(head + y)]; };

    const long max = std::min<long>(an + bm, static_cast<long>(max_d));
    std::vector<std::vector<long>> trace; // V of each d, over k in [-d, d]
    std::vector<long> v(2 * static_cast<size_t>(max) + 3, 0);
    const long off = max + 1;
    long found = -1;
    for (long d = 0; d <= max && found < 0; ++d) {
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            long y = x - k;
            while (x < an && y < bm && same(A(x), B(y))) ++x, ++y;
            v[off + k] = x;
            if (x >= an && y >= bm) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (off - d), v.begin() + (off + d + 1));
    }
    ok = found >= 0;
    if (!ok) return {};
    // Back from the end, one difference at a time.
    std::vector<Step> middle;
    long x = an, y = bm;
    for (long d = found; d > 0; --d) {
        const std::vector<long>& pv = trace[static_cast<size_t>(d - 1)]; // k in [-(d-1), d-1]
        auto at = [&](long k) { return pv[static_cast<size_t>(k + d - 1)]; };
        long k = x - y;
        long prev_k = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        long prev_x = at(prev_k), prev_y = prev_x - prev_k;
        while (x > prev_x && y > prev_y) {
            middle.push_back(Step::Same);
            --x, --y;
        }
        middle.push_back(x == prev_x ? Step::OnlyRedacted : Step::OnlyFuller);
        x = prev_x, y = prev_y;
    }
    while (x > 0 && y > 0) {
        middle.push_back(Step::Same);
        --x, --y;
    }
    steps.insert(steps.end(), middle.rbegin(), middle.rend());
    steps.insert(steps.end(), static_cast<size_t>(tail), Step::Same);
    return steps;
}

std::string joined(const std::vector<Word>& words, size_t from, size_t to)
{
    std::string out;
    for (size_t i = from; i < to; ++i) {
        if (!out.empty()) out += ' ';
        out.append(words[i].text);
    }
    return out;
}

// The hidden words without the punctuation the redacted edition kept around its run.
std::string trimmed(std::string s)
{
    auto word_char = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    size_t a = 0, b = s.size();
    while (a < b && !word_char(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && !word_char(static_cast<unsigned char>(s[b - 1]))) --b;
    return s.substr(a, b - a);
}

// Myers keeps a row per difference: 2,000 differences hold some 16 MB.
constexpr size_t kMostDifferences = 2000;

} // namespace

RedactionDiff diff_redactions(std::string_view fuller, std::string_view redacted, size_t context_words)
{
    RedactionDiff out;
    std::vector<Word> f = words_of(fuller), r = words_of(redacted);
    bool ok = false;
    // a: the fuller edition, b: the redacted one.
    std::vector<Step> steps = difference(f, r, kMostDifferences, ok);
    if (!ok) {
        out.compared = false;
        return out;
    }
    size_t fi = 0, ri = 0, s = 0;
    while (s < steps.size()) {
        if (steps[s] == Step::Same) {
            ++fi, ++ri, ++s;
            continue;
        }
        // A stretch where the two differ.
        size_t f_from = fi, runs = 0;
        for (; s < steps.size() && steps[s] != Step::Same; ++s) {
            if (steps[s] == Step::OnlyFuller) ++fi;
            else runs += r[ri++].run;
        }
        if (runs == 0) continue; // the editions differ here otherwise (a typo, a line the page lost)
        HiddenWords h;
        h.runs = runs;
        h.words = trimmed(joined(f, f_from, fi));
        // The context stays in the paragraph (or subject) of the hidden words.
        size_t from = f_from - std::min(f_from, context_words), to = std::min(f.size(), fi + context_words);
        const size_t first_block = f_from < f.size() ? f[f_from].block : f.empty() ? 0 : f.back().block;
        const size_t last_block = fi > f_from ? f[fi - 1].block : first_block;
        while (from < f_from && f[from].block != first_block) ++from;
        while (to > fi && f[to - 1].block != last_block) --to;
        h.before = joined(f, from, f_from);
        h.after = joined(f, fi, to);
        out.hidden.push_back(std::move(h));
    }
    return out;
}

} // namespace cablesearch
