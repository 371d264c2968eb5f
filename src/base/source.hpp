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
    // As above, with the lines already found: `line_starts` holds the byte offset of each
    // line, 0 first and then the one after every '\n' (as the document loader notes them
    // while it checks the text).
    SourceText(std::string name, std::string text, std::vector<std::size_t> line_starts);

    const std::string& name() const { return name_; }
    const std::string& text() const { return text_; }

    // Line and column of the byte at `byte_offset` (clamped to the end of the text). A line
    // ends after '\n'; offsets of the line break itself get the column after the text.
    Position position(std::size_t byte_offset) const;
    // The text of a 1-based line without its line break ("\n" or "\r\n"); empty past the end.
    std::string_view line(std::uint32_t line) const;
    // Lines, counting the (possibly empty) line after a final '\n'.
    std::size_t line_count() const { return line_starts_.size(); }
    // The byte offset of each line, in order; the first is 0.
    const std::vector<std::size_t>& line_starts() const { return line_starts_; }

private:
    std::string name_;
    std::string text_;
    std::vector<std::size_t> line_starts_{0};  // byte offsets; an empty text has one line
};

}  // namespace drieluik
