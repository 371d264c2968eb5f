#pragma once
// Rule files must be UTF-8; these find where one is not, and make it showable.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace drieluik::syntax {

// Offset of the first byte that does not start a well-formed UTF-8 sequence.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The text with every ill-formed sequence replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view text);

}  // namespace drieluik::syntax
