#pragma once
// Line and column of byte offsets that are asked for in (mostly) increasing order, as a
// document is read front to back: each call continues from the previous one, so a whole
// document costs one pass over its text instead of one search per node.

#include "base/source.hpp"

#include <cstddef>
#include <string_view>

namespace drieluik {

class PositionCursor {
public:
    // `ascii`: the text has no multi-byte characters, so columns are byte distances.
    PositionCursor(std::string_view text, bool ascii) : text_(text), ascii_(ascii) {}

    Position at(std::size_t offset);

private:
    std::string_view text_;
    bool ascii_;
    std::size_t offset_ = 0;      // where the cursor stands
    std::uint32_t line_ = 1;
    std::uint32_t column_ = 1;    // of offset_
};

}  // namespace drieluik
