#include "report/excerpt.hpp"

namespace drieluik {

namespace {

bool continuation_byte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0u) == 0x80u;
}

}  // namespace

std::vector<ExcerptLine> excerpt(const SourceText& source, std::uint32_t line,
                                 std::uint32_t before, std::uint32_t after) {
    std::vector<ExcerptLine> lines;
    // The empty "line" after a final line break is no line of the document.
    std::size_t line_count = source.line_count() - (source.text().ends_with('\n') ? 1 : 0);
    if (line == 0 || line > line_count) {
        return lines;
    }
    std::uint32_t first = line > before ? line - before : 1;
    std::uint64_t last = std::uint64_t{line} + after;
    for (std::uint32_t number = first; number <= last && number <= line_count; ++number) {
        lines.push_back({number, source.line(number)});
    }
    return lines;
}

std::size_t column_offset(std::string_view line, std::uint32_t column) {
    std::size_t offset = 0;
    for (std::uint32_t current = 1; current < column && offset < line.size(); ++current) {
        ++offset;
        while (offset < line.size() && continuation_byte(line[offset])) {
            ++offset;
        }
    }
    return offset;
}

}  // namespace drieluik
