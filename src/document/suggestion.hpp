#pragma once
// "Did you mean ...?" for a misspelt element or attribute name.

#include <span>
#include <string_view>

namespace drieluik {

// The candidate closest to `name` (edit distance, ignoring case), or an empty view when
// none is close enough to be a likely typo.
std::string_view closest_name(std::string_view name, std::span<const std::string_view> candidates);

}  // namespace drieluik
