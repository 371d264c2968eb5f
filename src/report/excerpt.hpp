#pragma once
// Quoting the lines of a document around a location: the text report shows the line with
// a caret under the column, the HTML report a few lines around it. Columns count code
// points, as Position does.

#include "base/source.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

struct ExcerptLine {
    std::uint32_t number = 0;  // 1-based
    std::string_view text;     // without its line break
};

// Lines `line - before` .. `line + after` that exist in `source`; empty when `line` does not.
std::vector<ExcerptLine> excerpt(const SourceText& source, std::uint32_t line,
                                 std::uint32_t before, std::uint32_t after);

// The byte offset in `line` of the code point at 1-based `column` (the line's size when
// the column lies past its end).
std::size_t column_offset(std::string_view line, std::uint32_t column);

}  // namespace drieluik
