#include "document/value_parser.hpp"

#include <charconv>
#include <cstdint>
#include <optional>

namespace drieluik {
namespace {

constexpr std::string_view xml_space = " \t\n\r";

std::string join(std::span<const std::string_view> values) {
    std::string joined;
    for (std::string_view value : values) {
        if (!joined.empty()) joined += ", ";
        joined += value;
    }
    return joined;
}

// XML Schema integers: optional sign, digits.
std::optional<std::int64_t> parse_integer(std::string_view text) {
    if (text.size() > 1 && text[0] == '+' && text[1] != '-') text.remove_prefix(1);
    std::int64_t result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return result;
}

// Below 0, 0 or above 0 as `value` is less than, equal to or more than `whole`.
std::int64_t compare_to_whole(std::int64_t value, std::int64_t whole) { return (value > whole) - (value < whole); }
// For a decimal, `whole` is scaled up to its mantissa rather than the mantissa divided
// down (as compare() does): the bounds are whole numbers and the scale at most 18, so
// this fits.
std::int64_t compare_to_whole(const Decimal& value, std::int64_t whole) {
    Decimal::Mantissa scaled = whole;
    for (int k = 0; k < value.scale(); ++k) scaled *= 10;
    return (value.mantissa() > scaled) - (value.mantissa() < scaled);
}

// The bounds of `field`, or an empty string when `value` is within them.
template <typename Number>
std::string check_bounds(const FieldDef& field, std::string_view text, const Number& value) {
    const bool below = field.min && compare_to_whole(value, *field.min) < 0;
    const bool above = field.max && compare_to_whole(value, *field.max) > 0;
    if (!below && !above) return {};
    if (field.min && field.max) {
        return quoted(text) + " is not between " + std::to_string(*field.min) + " and " + std::to_string(*field.max);
    }
    return below ? quoted(text) + " is less than " + std::to_string(*field.min)
                 : quoted(text) + " is more than " + std::to_string(*field.max);
}

std::string parse_integer_leaf(const FieldDef& field, std::string_view text, Value& value) {
    const auto number = parse_integer(text);
    if (field.type == ValueType::count && (!number || *number < 0)) {
        return quoted(text) + " is not a count (a whole number, 0 or more)";
    }
    if (!number) return quoted(text) + " is not a whole number";
    value.integer = *number;
    return check_bounds(field, text, *number);
}

// The plain form of nearly every amount in a document ("2541.00", "-0.5", "40", at most
// 18 characters) read straight into the mantissa: the value Decimal::parse gives, in a
// fraction of its time. nullopt for any other text, which Decimal::parse then reads or
// refuses.
std::optional<Decimal> parse_plain_decimal(std::string_view text) {
    const bool negative = text.starts_with('-');
    if (negative) text.remove_prefix(1);
    if (text.empty() || text.size() > 18 || text.front() == '.' || text.back() == '.') return std::nullopt;
    std::int64_t mantissa = 0;
    int scale = 0;
    bool point = false;
    for (const char c : text) {
        if (c == '.' && !point) {
            point = true;
        } else if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + (c - '0');
            scale += point ? 1 : 0;
        } else {
            return std::nullopt;
        }
    }
    return Decimal::from_parts(negative ? -mantissa : mantissa, scale);
}

// XML Schema also writes decimals as "+5", ".5" and "5."; Decimal::parse reads the
// plain form, so those are rewritten first (only then is anything copied).
std::optional<Decimal> parse_schema_decimal(std::string_view text) {
    if (auto plain = parse_plain_decimal(text)) return plain;
    const bool plus = text.starts_with('+');
    const bool minus = text.starts_with('-');
    const std::string_view digits = plus || minus ? text.substr(1) : text;
    const bool leading_point = digits.starts_with('.');
    const bool trailing_point = digits.ends_with('.');
    if (!plus && !leading_point && !trailing_point) return Decimal::parse(text);
    if (digits.starts_with('-') || digits == "." || (leading_point && trailing_point)) return std::nullopt;
    std::string plain = minus ? "-" : "";
    if (leading_point) plain += '0';
    plain += trailing_point ? digits.substr(0, digits.size() - 1) : digits;
    return Decimal::parse(plain);
}

std::string parse_decimal_leaf(const FieldDef& field, std::string_view text, Value& value) {
    const auto number = parse_schema_decimal(text);
    if (field.type == ValueType::money) {
        if (!number) return quoted(text) + " is not an amount of money";
        if (number->is_negative()) return quoted(text) + " is negative; an amount of money is never negative";
        if (number->fraction_digits() > 2) return quoted(text) + " has more than 2 decimals";
    } else if (!number) {
        return quoted(text) + " is not a decimal number";
    }
    value.decimal = *number;
    return check_bounds(field, text, *number);
}

std::string parse_enum_list(const FieldDef& field, std::string_view text, Value& value) {
    value.enum_set = 0;
    std::size_t start = 0;
    while ((start = text.find_first_not_of(xml_space, start)) != std::string_view::npos) {
        std::size_t end = text.find_first_of(xml_space, start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view item = text.substr(start, end - start);
        const int index = field.enumeration->index_of(item);
        if (index < 0) return quoted(item) + " is not one of " + join(field.enumeration->values);
        value.enum_set |= std::uint64_t{1} << index;
        start = end;
    }
    if (value.enum_set == 0) return "must not be empty";
    return {};
}

// What the schemas say about blank text: a required text element's (or a repeated
// element's) text holds a non-space character, so do tokens and patterns; optional
// text elements and text attributes may be blank.
bool may_be_blank(const FieldDef& field) {
    return own_value_type(field) == ValueType::text &&
           (field.attribute || field.cardinality == Cardinality::optional);
}

std::string check_text(const FieldDef& field, std::string_view text) {
    if (text.empty() && own_value_type(field) != ValueType::pattern) {
        return may_be_blank(field) ? std::string() : "must not be empty";
    }
    if (own_value_type(field) == ValueType::pattern && !matches_pattern(field.pattern, text)) {
        return quoted(text) + " does not match " + std::string(field.pattern) + " (" +
               std::string(field.pattern_hint) + ")";
    }
    return {};
}

}  // namespace

std::string quoted(std::string_view text) {
    constexpr std::size_t max_code_points = 40;
    std::size_t code_points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
        if (++code_points > max_code_points) return "\"" + std::string(text.substr(0, i)) + "…\"";
    }
    return "\"" + std::string(text) + "\"";
}

std::string parse_leaf(const FieldDef& field, std::string_view text, Value& value) {
    switch (own_value_type(field)) {
    case ValueType::text:
    case ValueType::token:
    case ValueType::pattern:
        return check_text(field, text);
    case ValueType::date:
        if (const auto date = Date::parse(text)) {
            value.date = *date;
            return {};
        }
        return quoted(text) + " is not a date";
    case ValueType::decimal:
    case ValueType::money:
        return parse_decimal_leaf(field, text, value);
    case ValueType::count:
    case ValueType::integer:
        return parse_integer_leaf(field, text, value);
    case ValueType::boolean:
        if (text == "true" || text == "false") {
            value.boolean = text == "true";
            return {};
        }
        return quoted(text) + " is not true or false";
    case ValueType::enumeration:
        if (const int index = field.enumeration->index_of(text); index >= 0) {
            value.enum_index = static_cast<std::uint32_t>(index);
            return {};
        }
        return quoted(text) + " is not one of " + join(field.enumeration->values);
    case ValueType::enum_list:
        return parse_enum_list(field, text, value);
    case ValueType::container:
    case ValueType::list:
        break;
    }
    return {};  // containers and lists have no text of their own
}

bool matches_pattern(std::string_view pattern, std::string_view text) {
    std::size_t at = 0;  // in pattern
    while (at < pattern.size()) {
        // "[...]" then "{n}"
        const std::size_t class_end = pattern.find(']', at);
        const std::size_t count_end = pattern.find('}', class_end);
        if (pattern[at] != '[' || class_end == std::string_view::npos || count_end == std::string_view::npos ||
            pattern[class_end + 1] != '{') {
            return false;
        }
        const std::string_view character_class = pattern.substr(at + 1, class_end - at - 1);
        const auto count = parse_integer(pattern.substr(class_end + 2, count_end - class_end - 2));
        if (!count || static_cast<std::size_t>(*count) > text.size()) return false;
        for (std::int64_t k = 0; k < *count; ++k) {
            const char c = text.front();
            bool in_class = false;
            for (std::size_t i = 0; i < character_class.size(); ++i) {
                const bool range = i + 2 < character_class.size() && character_class[i + 1] == '-';
                const char low = character_class[i];
                const char high = range ? character_class[i + 2] : low;
                in_class = in_class || (c >= low && c <= high);
                if (range) i += 2;
            }
            if (!in_class) return false;
            text.remove_prefix(1);
        }
        at = count_end + 1;
    }
    return text.empty();
}

}  // namespace drieluik
