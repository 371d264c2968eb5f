#pragma once
// Literals of the rule language as typed constants: "2025-09-01" a date (a real calendar
// date), "€ 13.27" money, "39.5%" the decimal 0.395, "42" an integer.

#include "ast.hpp"
#include "check/ir.hpp"

#include <optional>
#include <string>

namespace drieluik::check {

struct LiteralValue {
    Datum value;  // a string's Datum is empty: the caller stores the text
    Type type;
};

// nullopt with `problem` set when the text is no valid literal of its kind.
std::optional<LiteralValue> parse_literal(const ast::Literal& literal, std::string& problem);

// A table row's value as the table's value type: integers widen to decimal and money,
// and a plain decimal is accepted as money there (the table says what it holds).
bool table_value(LiteralValue& value, Type wanted);

Date date_of_day_number(std::int64_t day_number);

}  // namespace drieluik::check
