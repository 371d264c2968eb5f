#include "document/position_cursor.hpp"

#include "document/encoding.hpp"

#include <algorithm>
#include <cstring>

namespace drieluik {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

PositionCursor::PositionCursor(std::string_view text, bool ascii) : text_(text), ascii_(ascii) { enter_line(0); }

// Each line is looked at once: where it ends and whether it holds multi-byte characters.
void PositionCursor::enter_line(std::size_t start) {
    ++line_;
    line_start_ = start;
    const void* newline = std::memchr(text_.data() + start, '\n', text_.size() - start);
    line_end_ = newline == nullptr ? text_.size()
                                   : static_cast<std::size_t>(static_cast<const char*>(newline) - text_.data());
    line_is_ascii_ = ascii_ || is_ascii(text_.substr(start, line_end_ - start));
}

Position PositionCursor::at(std::size_t offset) {
    offset = std::min(offset, text_.size());
    if (offset < line_start_) *this = PositionCursor(text_, ascii_);  // rare: start again
    while (offset > line_end_) enter_line(line_end_ + 1);
    std::size_t columns = offset - line_start_;
    if (!line_is_ascii_) {
        columns -= static_cast<std::size_t>(std::count_if(text_.begin() + static_cast<std::ptrdiff_t>(line_start_),
                                                          text_.begin() + static_cast<std::ptrdiff_t>(offset),
                                                          is_continuation));
    }
    return {line_, static_cast<std::uint32_t>(columns + 1)};
}

}  // namespace drieluik
