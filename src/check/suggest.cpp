#include "check/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace drieluik::check {

namespace {

char folded(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Levenshtein distance, ignoring case and treating '-' and '_' alike (a rule writer
// types associate_degree for associate-degree).
std::size_t distance(std::string_view a, std::string_view b) {
    auto same = [](char x, char y) {
        x = folded(x) == '_' ? '-' : folded(x);
        y = folded(y) == '_' ? '-' : folded(y);
        return x == y;
    };
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::optional<std::string_view> closest(std::string_view name, std::span<const std::string_view> candidates) {
    const std::size_t allowed = std::max<std::size_t>(1, name.size() / 3);
    std::optional<std::string_view> best;
    std::size_t best_distance = allowed + 1;
    for (std::string_view candidate : candidates) {
        if (candidate == name) continue;
        const std::size_t d = distance(name, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view name, std::span<const std::string_view> candidates) {
    if (auto best = closest(name, candidates)) return "; did you mean '" + std::string(*best) + "'?";
    return {};
}

}  // namespace drieluik::check
