#pragma once
// A text held in memory with a table of line starts, so that a byte offset becomes a
// line and a column counted in Unicode code points (not bytes), the way editors count.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

// 1-based line and column; column counts code points. {0, 0} means "no location".
struct Position {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    friend bool operator==(Position, Position) = default;
    friend auto operator<=>(Position, Position) = default;
};

class SourceText {
public:
    SourceText() = default;
    // `text` must be valid UTF-8 (callers convert and validate first).
    SourceText(std::string name, std::string text);

    const std::string& name() const { return name_; }
    const std::string& text() const { return text_; }

    Position position(std::size_t byte_offset) const;
    // The text of a 1-based line without its line break; empty past the end.
    std::string_view line(std::uint32_t line) const;
    std::size_t line_count() const { return line_starts_.size(); }

private:
    std::string name_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

}  // namespace drieluik
