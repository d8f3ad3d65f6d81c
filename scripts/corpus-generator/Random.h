#pragma once
// Deterministic randomness for the corpus generator. Every cable draws from
// its own generator, seeded from the corpus seed and the cable's place in the
// release list, so a cable's text depends on nothing else: the output is the
// same whatever the thread count or --count.

#include <cstdint>

namespace corpusgen {

inline uint64_t mix64(uint64_t x)
{
    // SplitMix64 finalizer: spreads nearby seeds over the whole state space.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// xoshiro256**: fast, small state, good enough statistics for text.
class Random {
public:
    Random(uint64_t seed, uint64_t stream)
    {
        uint64_t x = mix64(seed) ^ mix64(stream + 0x632BE59BD9B4E019ULL);
        for (auto& s : s_) s = x = mix64(x);
    }

    uint64_t next()
    {
        uint64_t result = rotl(s_[1] * 5, 7) * 9;
        uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform in [0, n).
    uint64_t below(uint64_t n) { return n ? static_cast<uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64) : 0; }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint64_t>(hi - lo + 1))); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t s_[4];
};

} // namespace corpusgen
