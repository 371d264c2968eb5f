#include "recovery.hpp"

#include "lexical.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace drieluik::syntax {

namespace lexical = grammar::lexical;

namespace {

// Longer tokens are cut, so that a message stays one readable line.
constexpr std::size_t longest_shown = 40;

std::string quoted(const char* first, const char* last) {
    if (static_cast<std::size_t>(last - first) > longest_shown) {
        return '"' + std::string(first, longest_shown) + "...\"";
    }
    return '"' + std::string(first, last) + '"';
}

const char* number_end(const char* first, const char* last) {
    const char* p = first;
    while (p != last && (lexical::is_digit(*p) ||
                         ((*p == '.' || *p == '-') && p + 1 != last && lexical::is_digit(p[1])))) {
        ++p;
    }
    return p;
}

std::size_t sequence_length(unsigned char lead) {
    if (lead < 0xC0) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

bool starts_top_level_item(const char* p, const char* end) {
    static constexpr std::array<std::string_view, 7> keywords = {
        "rule", "table", "function", "define", "import", "profile", "ruleset"};
    return std::any_of(keywords.begin(), keywords.end(), [&](std::string_view keyword) {
        return lexical::match_keyword(p, end, keyword).has_value();
    });
}

bool first_on_line(const char* p, const char* begin) {
    while (p != begin && (p[-1] == ' ' || p[-1] == '\t')) --p;
    return p == begin || p[-1] == '\n';
}

}  // namespace

std::string describe_found(const char* at, const char* end) {
    if (at == end) return "end of file";
    const auto lead = static_cast<unsigned char>(*at);
    if (lexical::is_letter(*at)) return quoted(at, lexical::scan_name(at, end));
    if (lexical::is_digit(*at)) return quoted(at, number_end(at, end));
    if (*at == '"') return "a string";
    if (lead < 0x20 || lead == 0x7F) return fmt::format("the control character U+{:04X}", lead);
    const std::size_t length = std::min(sequence_length(lead), static_cast<std::size_t>(end - at));
    return quoted(at, at + length);
}

const char* resume_point(const char* item_start, const char* error, const char* begin,
                         const char* end) {
    const char* p = std::max(error, item_start + 1);
    if (first_on_line(p, begin) && starts_top_level_item(p, end)) return p;
    for (;;) {
        const void* newline = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!newline) return end;
        p = static_cast<const char*>(newline) + 1;
        while (p != end && (*p == ' ' || *p == '\t')) ++p;
        if (starts_top_level_item(p, end)) return p;
    }
}

}  // namespace drieluik::syntax
