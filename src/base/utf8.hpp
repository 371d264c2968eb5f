#pragma once
// Rule files must be UTF-8, and reports must be even where file names are not: these find
// where a text is not UTF-8, and make it showable.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace drieluik {

// Offset of the first byte that does not start a well-formed UTF-8 sequence.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The text with every ill-formed sequence replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view text);

}  // namespace drieluik
