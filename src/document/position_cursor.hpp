#pragma once
// Line and column of byte offsets that are asked for in (mostly) increasing order, as a
// document is read front to back. The lines come from the decoder (DecodedText); each
// call continues from the previous one, so a whole document costs one walk over its
// lines and at most one count of the bytes of the lines that hold multi-byte characters.

#include "base/source.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace drieluik {

class PositionCursor {
public:
    // `line_starts` and `first_multibyte`: as DecodedText has them for `text`.
    PositionCursor(std::string_view text, std::span<const std::size_t> line_starts,
                   std::span<const std::uint32_t> first_multibyte)
        : text_(text), line_starts_(line_starts), first_multibyte_(first_multibyte) {}

    Position at(std::size_t offset) {
        // Most offsets lie on the line of the previous one or the next, before any
        // multi-byte character of it.
        if (offset >= line_starts_[line_] && offset <= text_.size()) {
            while (line_ + 1 < line_starts_.size() && line_starts_[line_ + 1] <= offset) ++line_;
            if (offset <= first_multibyte_[line_]) {
                return {static_cast<std::uint32_t>(line_ + 1),
                        static_cast<std::uint32_t>(offset - line_starts_[line_] + 1)};
            }
        }
        return elsewhere(offset);
    }

private:
    Position elsewhere(std::size_t offset);

    std::string_view text_;
    std::span<const std::size_t> line_starts_;
    std::span<const std::uint32_t> first_multibyte_;
    std::size_t line_ = 0;  // index of the line of the previous offset
    // Continuation bytes (the bytes of a character after its first) of the line of the
    // previous offset, counted from its first multi-byte character up to `counted_to_`.
    std::size_t counted_to_ = 0;
    std::size_t continuations_ = 0;
};

}  // namespace drieluik
