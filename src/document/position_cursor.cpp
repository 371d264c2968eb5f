#include "document/position_cursor.hpp"

#include <algorithm>

namespace drieluik {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

// An offset past a multi-byte character of its line, before the previous offset or past
// the end of the text.
Position PositionCursor::elsewhere(std::size_t offset) {
    offset = std::min(offset, text_.size());
    if (offset < line_starts_[line_]) {
        const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        line_ = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    }
    while (line_ + 1 < line_starts_.size() && line_starts_[line_ + 1] <= offset) ++line_;
    const std::size_t line_start = line_starts_[line_];
    std::size_t columns = offset - line_start;
    const std::size_t first_multibyte = first_multibyte_[line_];
    if (offset > first_multibyte) {
        // Counted so far on another line, or beyond `offset`: count this line afresh.
        if (counted_to_ < first_multibyte || counted_to_ > offset) {
            counted_to_ = first_multibyte;
            continuations_ = 0;
        }
        continuations_ += static_cast<std::size_t>(
            std::count_if(text_.begin() + static_cast<std::ptrdiff_t>(counted_to_),
                          text_.begin() + static_cast<std::ptrdiff_t>(offset), is_continuation));
        counted_to_ = offset;
        columns -= continuations_;
    }
    return {static_cast<std::uint32_t>(line_ + 1), static_cast<std::uint32_t>(columns + 1)};
}

}  // namespace drieluik
