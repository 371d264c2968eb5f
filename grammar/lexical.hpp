#pragma once
// The tokens of the rule language, scanned by hand: white space and comments, names,
// rule ids, keywords and literals. The X3 grammar (grammar.cpp) wraps these scanners as
// primitive parsers; the parser driver uses them to describe what it found at an error
// and where to resume. Every scanner runs in time linear in what it consumes.

#include "ast.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace drieluik::grammar {

// A syntax error whose message is complete on its own (an unterminated string, a nesting
// limit); "expected ..." failures travel as x3::expectation_failure instead.
struct syntax_error {
    const char* where;
    std::string message;
};

namespace lexical {

bool is_letter(char c);
bool is_digit(char c);

// Past white space (space, tab, CR, LF) and comments ('#' to the end of the line).
const char* skip_space(const char* first, const char* last);
// Whether white space or a comment starts with `c`: whether skip_space moves past it.
inline bool starts_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '#';
}

// Whether a name goes on at `p`, so that a keyword or number ending just before it would
// be the prefix of a longer word ("rule-x", "ifx").
bool continues_name(const char* p, const char* last);

// End of the name starting at `first`: a letter, then letters, digits, '_', and '-'
// followed by a letter or digit. `first` itself when no name starts there.
const char* scan_name(const char* first, const char* last);

// End of the rule id at `first` (upper case, digits, '-'); `first` when there is none or
// when a lower-case letter or '_' follows, which makes it a name instead.
const char* scan_rule_id(const char* first, const char* last);

// Words that are operators or start an expression, so that they can never be names in
// expressions: and or not in if then else every some count sum min max find where
// otherwise true false. After a '.' every name is a member name, reserved or not.
bool is_reserved(std::string_view word);

// `first` advanced past `word` when the text there is that keyword (not a longer name).
std::optional<const char*> match_keyword(const char* first, const char* last,
                                         std::string_view word);

struct LiteralToken {
    ast::LiteralKind kind = ast::LiteralKind::integer;
    std::string text;  // see ast::Literal
    const char* end = nullptr;
};

// The literal at `first` (date, money, percent, decimal, integer, string, true/false).
// nullopt when none starts there; throws syntax_error for a malformed string and
// x3::expectation_failure when '€' has no amount after it.
std::optional<LiteralToken> scan_literal(const char* first, const char* last);

struct StringToken {
    std::string value;  // unescaped, without the quotes
    const char* end = nullptr;
};

// The string at `first` (which must be '"'): escapes \" and \\, ends on its own line.
// Throws syntax_error when it is unterminated or holds another escape.
StringToken scan_string(const char* first, const char* last);

}  // namespace lexical
}  // namespace drieluik::grammar
