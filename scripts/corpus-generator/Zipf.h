#pragma once
// Zipf-distributed ranks: rank r (0-based) is drawn with weight 1/(r+1)^s.
// Natural-language word frequencies follow this law; it gives the corpus a
// few very common words and a long tail of rare ones, as real cables have.

#include "Random.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace corpusgen {

class Zipf {
public:
    Zipf(size_t n, double s)
    {
        cdf_.reserve(n);
        double total = 0;
        for (size_t r = 0; r < n; ++r) cdf_.push_back(total += std::pow(static_cast<double>(r + 1), -s));
        for (auto& c : cdf_) c /= total;
    }

    size_t size() const { return cdf_.size(); }

    size_t operator()(Random& rng) const
    {
        double u = rng.unit();
        auto it = std::upper_bound(cdf_.begin(), cdf_.end(), u);
        return std::min(static_cast<size_t>(it - cdf_.begin()), cdf_.size() - 1);
    }

private:
    std::vector<double> cdf_;
};

// Ranks 0, 1, 2, ... without an upper bound, drawn with weight about
// (r + 1 + q)^-a (a > 1; a continuous approximation, inverted in O(1)): a
// vocabulary that keeps growing as real ones do. In n draws about n^(1/a)
// distinct ranks appear (Heaps' law with beta = 1/a); q flattens the head,
// so that the first draws meet new ranks more often than later ones.
class OpenZipf {
public:
    OpenZipf(double a, double q) : q_(q), inverse_exponent_(-1.0 / (a - 1.0)) {}

    uint64_t operator()(Random& rng) const
    {
        double x = (1 + q_) * std::pow(1.0 - rng.unit(), inverse_exponent_) - q_;
        return x >= 1e15 ? static_cast<uint64_t>(1e15) : static_cast<uint64_t>(x) - 1;
    }

private:
    double q_, inverse_exponent_;
};

} // namespace corpusgen
