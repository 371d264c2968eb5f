#pragma once
// "Did you mean": the candidate closest to a misspelt name, when one is close enough to
// be a likely intent (case differences and a few typos), so that a suggestion is never
// a wild guess.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace drieluik::check {

std::optional<std::string_view> closest(std::string_view name, std::span<const std::string_view> candidates);

// "; did you mean 'startDate'?" or "" when nothing is close.
std::string did_you_mean(std::string_view name, std::span<const std::string_view> candidates);

}  // namespace drieluik::check
