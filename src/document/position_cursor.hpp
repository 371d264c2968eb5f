#pragma once
// Line and column of byte offsets that are asked for in (mostly) increasing order, as a
// document is read front to back: each call continues from the previous one, so a whole
// document costs one pass over its lines instead of one search per node.

#include "base/source.hpp"

#include <cstddef>
#include <string_view>

namespace drieluik {

class PositionCursor {
public:
    // `ascii`: the text has no multi-byte characters, so columns are byte distances.
    PositionCursor(std::string_view text, bool ascii);

    Position at(std::size_t offset);

private:
    void enter_line(std::size_t start);

    std::string_view text_;
    bool ascii_;
    std::uint32_t line_ = 0;
    std::size_t line_start_ = 0;
    std::size_t line_end_ = 0;        // offset of the '\n' that ends the line, or the text's size
    bool line_is_ascii_ = true;       // then a column is a byte distance
};

}  // namespace drieluik
