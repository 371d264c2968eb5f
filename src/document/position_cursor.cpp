#include "document/position_cursor.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace drieluik {
namespace {

// The number of UTF-8 continuation bytes (10xxxxxx) in [begin, end), eight at a time:
// every other byte starts a code point, so columns are bytes minus these.
std::size_t continuation_bytes(const char* begin, const char* end) {
    std::size_t count = 0;
    for (; end - begin >= 8; begin += 8) {
        std::uint64_t word;
        std::memcpy(&word, begin, 8);
        count += static_cast<std::size_t>(std::popcount(word & ~(word << 1) & 0x8080808080808080ULL));
    }
    for (; begin != end; ++begin) count += (static_cast<unsigned char>(*begin) & 0xC0) == 0x80 ? 1 : 0;
    return count;
}

}  // namespace

Position PositionCursor::at(std::size_t offset) {
    if (offset > text_.size()) offset = text_.size();
    if (offset < offset_) *this = PositionCursor(text_, ascii_);  // rare: start again
    const char* const base = text_.data();
    while (const void* newline = std::memchr(base + offset_, '\n', offset - offset_)) {
        offset_ = static_cast<std::size_t>(static_cast<const char*>(newline) - base) + 1;
        ++line_;
        column_ = 1;
    }
    std::size_t columns = offset - offset_;
    if (!ascii_) columns -= continuation_bytes(base + offset_, base + offset);
    column_ += static_cast<std::uint32_t>(columns);
    offset_ = offset;
    return {line_, column_};
}

}  // namespace drieluik
