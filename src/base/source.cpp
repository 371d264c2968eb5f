#include "base/source.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace drieluik {
namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

}  // namespace

SourceText::SourceText(std::string name, std::string text) : name_(std::move(name)), text_(std::move(text)) {
    const char* const begin = text_.data();
    const char* const end = begin + text_.size();
    for (const char* p = begin; p != end;) {
        const auto* newline = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (newline == nullptr) break;
        p = newline + 1;
        line_starts_.push_back(static_cast<std::size_t>(p - begin));
    }
}

SourceText::SourceText(std::string name, std::string text, std::vector<std::size_t> line_starts)
    : name_(std::move(name)), text_(std::move(text)), line_starts_(std::move(line_starts)) {}

Position SourceText::position(std::size_t byte_offset) const {
    byte_offset = std::min(byte_offset, text_.size());
    // The last line start at or before the offset.
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    const auto line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
    const std::size_t line_start = line_starts_[line_index];
    const auto code_points = std::count_if(text_.begin() + static_cast<std::ptrdiff_t>(line_start),
                                           text_.begin() + static_cast<std::ptrdiff_t>(byte_offset),
                                           [](char c) { return !is_continuation_byte(c); });
    return {static_cast<std::uint32_t>(line_index + 1), static_cast<std::uint32_t>(code_points + 1)};
}

std::string_view SourceText::line(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    const std::size_t start = line_starts_[line - 1];
    std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
    if (end > start && text_[end - 1] == '\r' && end < text_.size()) --end;
    return std::string_view(text_).substr(start, end - start);
}

}  // namespace drieluik
