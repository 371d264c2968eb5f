#include "check/literal.hpp"

#include <fmt/format.h>

#include <charconv>

namespace drieluik::check {

std::optional<LiteralValue> parse_literal(const ast::Literal& literal, std::string& problem) {
    const std::string& text = literal.text;
    switch (literal.kind) {
        case ast::LiteralKind::date:
            if (auto date = Date::parse(text)) return LiteralValue{Datum::of_date(*date), Type::of(TypeKind::date)};
            problem = fmt::format("{} is not a calendar date", text);
            return std::nullopt;
        case ast::LiteralKind::money:
        case ast::LiteralKind::decimal:
        case ast::LiteralKind::percent: {
            auto number = Decimal::parse(text);
            if (number && literal.kind == ast::LiteralKind::percent) {
                number = number->scale() + 2 <= Decimal::max_scale
                             ? std::optional(Decimal::from_parts(number->mantissa(), number->scale() + 2))
                             : std::nullopt;
            }
            if (!number) {
                problem = fmt::format("{} is not a number drieluik can hold exactly", text);
                return std::nullopt;
            }
            return LiteralValue{Datum::of_decimal(*number),
                                Type::of(literal.kind == ast::LiteralKind::money ? TypeKind::money : TypeKind::decimal)};
        }
        case ast::LiteralKind::integer: {
            std::int64_t value = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (error != std::errc{} || end != text.data() + text.size()) {
                problem = fmt::format("{} is too large for an integer", text);
                return std::nullopt;
            }
            return LiteralValue{Datum::of_integer(value), Type::of(TypeKind::integer)};
        }
        case ast::LiteralKind::string: return LiteralValue{Datum::of_text({}), Type::of(TypeKind::text)};
        case ast::LiteralKind::boolean:
            return LiteralValue{Datum::of_bool(text == "true"), Type::of(TypeKind::boolean)};
    }
    problem = "unknown literal";
    return std::nullopt;
}

bool table_value(LiteralValue& value, Type wanted) {
    if (value.type == wanted) return true;
    const bool number_wanted = wanted.kind == TypeKind::decimal || wanted.kind == TypeKind::money;
    if (value.type.kind == TypeKind::integer && number_wanted) {
        value.value = Datum::of_decimal(Decimal(value.value.integer));
        value.type = wanted;
        return true;
    }
    if (value.type.kind == TypeKind::decimal && wanted.kind == TypeKind::money) {
        value.type = wanted;
        return true;
    }
    return false;
}

Date date_of_day_number(std::int64_t day_number) {
    static const Date epoch = *Date::from_ymd(1, 1, 1);
    return epoch.plus_days(day_number).value_or(epoch);
}

}  // namespace drieluik::check
