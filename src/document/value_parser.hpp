#pragma once
// The typed value of one leaf (element text or attribute value), parsed exactly once
// while a document loads.

#include "document/document.hpp"
#include "document/model.hpp"

#include <string>
#include <string_view>

namespace drieluik {

constexpr bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// White space as XML defines it (space, tab, line feed, carriage return) stripped from
// both ends.
constexpr std::string_view trim_xml_space(std::string_view text) {
    while (!text.empty() && is_xml_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_xml_space(text.back())) text.remove_suffix(1);
    return text;
}

// The part of a leaf's text that the schemas validate: white space around it does not
// count, except for enumerations and patterns, which the schemas define on xs:string
// (" bachelor " is not a level there, so it is not one here either).
constexpr std::string_view value_text(const FieldDef& field, std::string_view raw) {
    const ValueType type = own_value_type(field);
    return type == ValueType::enumeration || type == ValueType::pattern ? raw : trim_xml_space(raw);
}

// `text` in double quotes for a message, cut short with "…" after 40 characters.
std::string quoted(std::string_view text);

// Parses `text` (see value_text) into `value` as `field` declares. Text-like fields
// (text, token, pattern) are only validated; the caller stores them. Returns an empty
// string, or the problem in words without the path: `"2025-02-30" is not a date`.
std::string parse_leaf(const FieldDef& field, std::string_view text, Value& value);

// `text` matches `pattern`, a sequence of character classes with a repeat count such as
// "[0-9]{2}[A-Z]{2}" (the form every pattern of the model has).
bool matches_pattern(std::string_view pattern, std::string_view text);

}  // namespace drieluik
