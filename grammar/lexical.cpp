#include "lexical.hpp"

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/directive/expect.hpp>

#include <algorithm>
#include <array>
#include <cstring>

namespace drieluik::grammar::lexical {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

constexpr std::string_view euro_sign = "\xE2\x82\xAC";

// End of `digits [ "." digits ]` at `first`; `first` when no digit starts there. The
// '.' belongs to the number only before a digit, so that `1..n` is a range.
const char* scan_number(const char* first, const char* last) {
    const char* p = first;
    while (p != last && is_digit(*p)) ++p;
    if (p == first) return first;
    if (p != last && *p == '.' && p + 1 != last && is_digit(p[1])) {
        p += 2;
        while (p != last && is_digit(*p)) ++p;
    }
    return p;
}

// End of `digit4 "-" digit2 "-" digit2` at `first` when no further digit follows.
std::optional<const char*> scan_date(const char* first, const char* last) {
    constexpr std::string_view shape = "dddd-dd-dd";
    if (static_cast<std::size_t>(last - first) < shape.size()) return std::nullopt;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const bool ok = shape[i] == 'd' ? is_digit(first[i]) : first[i] == '-';
        if (!ok) return std::nullopt;
    }
    const char* end = first + shape.size();
    if (end != last && is_digit(*end)) return std::nullopt;
    return end;
}

// Length in bytes of the UTF-8 sequence whose lead byte is `c` (the text is valid).
std::size_t sequence_length(char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) return 1;
    if (byte < 0xE0) return 2;
    if (byte < 0xF0) return 3;
    return 4;
}

}  // namespace

bool is_letter(char c) { return is_upper(c) || is_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

const char* skip_space(const char* first, const char* last) {
    while (first != last) {
        const char c = *first;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++first;
        } else if (c == '#') {
            const void* eol = std::memchr(first, '\n', static_cast<std::size_t>(last - first));
            first = eol ? static_cast<const char*>(eol) : last;
        } else {
            break;
        }
    }
    return first;
}

bool continues_name(const char* p, const char* last) {
    if (p == last) return false;
    if (is_letter(*p) || is_digit(*p) || *p == '_') return true;
    return *p == '-' && p + 1 != last && (is_letter(p[1]) || is_digit(p[1]));
}

const char* scan_name(const char* first, const char* last) {
    if (first == last || !is_letter(*first)) return first;
    const char* p = first + 1;
    while (p != last) {
        if (is_letter(*p) || is_digit(*p) || *p == '_') {
            ++p;
        } else if (continues_name(p, last)) {  // '-' before a letter or digit
            p += 2;
        } else {
            break;
        }
    }
    return p;
}

const char* scan_rule_id(const char* first, const char* last) {
    if (first == last || !is_upper(*first)) return first;
    const char* p = first + 1;
    while (p != last && (is_upper(*p) || is_digit(*p) || *p == '-')) ++p;
    if (p != last && (is_lower(*p) || *p == '_')) return first;
    return p;
}

bool is_reserved(std::string_view word) {
    static constexpr std::array<std::string_view, 19> reserved = {
        "and", "or",  "not", "in",   "if",    "then",      "else", "every", "some", "count",
        "sum", "min", "max", "find", "where", "otherwise", "true", "false"};
    return std::find(reserved.begin(), reserved.end(), word) != reserved.end();
}

std::optional<const char*> match_keyword(const char* first, const char* last,
                                         std::string_view word) {
    if (static_cast<std::size_t>(last - first) < word.size()) return std::nullopt;
    // Most keywords tried are not there: the first letter tells without comparing more.
    if (!word.empty() && *first != word.front()) return std::nullopt;
    if (std::string_view(first, word.size()) != word) return std::nullopt;
    const char* end = first + word.size();
    if (continues_name(end, last)) return std::nullopt;
    return end;
}

StringToken scan_string(const char* first, const char* last) {
    constexpr auto special = [](char c) {
        return c == '"' || c == '\\' || c == '\n' || c == '\r';
    };
    StringToken token;
    const char* p = first + 1;
    for (;;) {
        const char* const run = p;  // characters that stand for themselves, copied at once
        p = std::find_if(p, last, special);
        token.value.append(run, p);
        if (p == last || *p == '\n' || *p == '\r') {
            throw syntax_error{first, "unterminated string: expected '\"' before the end of the line"};
        }
        if (*p == '"') break;
        const char* escaped = p + 1;  // after a backslash
        if (escaped == last || *escaped == '\n' || *escaped == '\r') {
            throw syntax_error{first, "unterminated string: expected '\"' before the end of the line"};
        }
        if (*escaped != '"' && *escaped != '\\') {
            const std::size_t length =
                std::min(sequence_length(*escaped), static_cast<std::size_t>(last - escaped));
            throw syntax_error{p, "invalid escape \"\\" + std::string(escaped, length) +
                                      "\" in a string (only \\\" and \\\\ are allowed)"};
        }
        token.value += *escaped;
        p = escaped + 1;
    }
    token.end = p + 1;
    return token;
}

std::optional<LiteralToken> scan_literal(const char* first, const char* last) {
    using ast::LiteralKind;
    if (first == last) return std::nullopt;
    if (*first == '"') {
        StringToken string = scan_string(first, last);
        return LiteralToken{LiteralKind::string, std::move(string.value), string.end};
    }
    if (std::string_view(first, static_cast<std::size_t>(last - first)).starts_with(euro_sign)) {
        const char* amount = skip_space(first + euro_sign.size(), last);
        const char* end = scan_number(amount, last);
        if (end == amount) {
            throw boost::spirit::x3::expectation_failure<const char*>(
                amount, "an amount such as € 13.27");
        }
        return LiteralToken{LiteralKind::money, std::string(amount, end), end};
    }
    if (is_digit(*first)) {
        if (auto end = scan_date(first, last)) {
            return LiteralToken{LiteralKind::date, std::string(first, *end), *end};
        }
        const char* end = scan_number(first, last);
        std::string text(first, end);
        const char* after = skip_space(end, last);
        if (after != last && *after == '%') {
            return LiteralToken{LiteralKind::percent, std::move(text), after + 1};
        }
        if (auto currency_end = match_keyword(after, last, "EUR")) {
            return LiteralToken{LiteralKind::money, std::move(text), *currency_end};
        }
        const bool has_fraction = text.find('.') != std::string::npos;
        return LiteralToken{has_fraction ? LiteralKind::decimal : LiteralKind::integer,
                            std::move(text), end};
    }
    for (std::string_view word : {std::string_view("true"), std::string_view("false")}) {
        if (auto end = match_keyword(first, last, word)) {
            return LiteralToken{LiteralKind::boolean, std::string(word), *end};
        }
    }
    return std::nullopt;
}

}  // namespace drieluik::grammar::lexical
