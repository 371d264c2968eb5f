#include "compile/operations.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <limits>

namespace drieluik::operations {

using check::Why;

namespace {

// The absent one of two operands, the left one first; nullptr when both have a value.
const Datum* absent_of(const Datum& left, const Datum& right) {
    if (!left.present) return &left;
    if (!right.present) return &right;
    return nullptr;
}

Datum decimal_result(const std::optional<Decimal>& value, Why why, std::uint32_t label) {
    return value ? Datum::of_decimal(*value) : Datum::absent(why, label);
}

}  // namespace

Datum logical_not(const Datum& value) {
    if (!value.present) return value;
    return Datum::of_bool(!value.boolean);
}

Datum logical_and(const Datum& left, const Datum& right) {
    if (left.present && !left.boolean) return Datum::of_bool(false);
    if (right.present && !right.boolean) return Datum::of_bool(false);
    if (const Datum* missing = absent_of(left, right)) return *missing;
    return Datum::of_bool(true);
}

Datum logical_or(const Datum& left, const Datum& right) {
    if (left.present && left.boolean) return Datum::of_bool(true);
    if (right.present && right.boolean) return Datum::of_bool(true);
    if (const Datum* missing = absent_of(left, right)) return *missing;
    return Datum::of_bool(false);
}

bool equal(TypeKind kind, const Datum& left, const Datum& right) {
    switch (kind) {
        case TypeKind::integer: return left.integer == right.integer;
        case TypeKind::decimal:
        case TypeKind::money: return left.decimal == right.decimal;
        case TypeKind::date: return left.date == right.date;
        case TypeKind::boolean: return left.boolean == right.boolean;
        case TypeKind::enumeration: return left.enum_index == right.enum_index;
        case TypeKind::text: return left.text.view() == right.text.view();
        default: return false;
    }
}

int order(TypeKind kind, const Datum& left, const Datum& right) {
    auto sign = [](auto ordering) { return ordering < 0 ? -1 : ordering > 0 ? 1 : 0; };
    switch (kind) {
        case TypeKind::integer: return sign(left.integer <=> right.integer);
        case TypeKind::decimal:
        case TypeKind::money: return sign(left.decimal <=> right.decimal);
        case TypeKind::date: return sign(left.date <=> right.date);
        default: return equal(kind, left, right) ? 0 : 1;
    }
}

Datum compare(check::Comparison comparison, TypeKind kind, const Datum& left, const Datum& right) {
    if (const Datum* missing = absent_of(left, right)) return *missing;
    using check::Comparison;
    switch (comparison) {
        case Comparison::equal: return Datum::of_bool(equal(kind, left, right));
        case Comparison::not_equal: return Datum::of_bool(!equal(kind, left, right));
        case Comparison::less: return Datum::of_bool(order(kind, left, right) < 0);
        case Comparison::less_equal: return Datum::of_bool(order(kind, left, right) <= 0);
        case Comparison::greater: return Datum::of_bool(order(kind, left, right) > 0);
        case Comparison::greater_equal: return Datum::of_bool(order(kind, left, right) >= 0);
    }
    return Datum::of_bool(false);
}

Datum negate(bool integer, const Datum& value, std::uint32_t label) {
    if (!value.present) return value;
    if (!integer) return Datum::of_decimal(value.decimal.negated());
    if (value.integer == std::numeric_limits<std::int64_t>::min()) return Datum::absent(Why::overflow, label);
    return Datum::of_integer(-value.integer);
}

Datum arithmetic(check::Arithmetic op, bool integer, const Datum& left, const Datum& right, std::uint32_t label) {
    if (const Datum* missing = absent_of(left, right)) return *missing;
    using check::Arithmetic;
    if (integer) {
        std::int64_t result = 0;
        bool overflow = false;
        switch (op) {
            case Arithmetic::add: overflow = __builtin_add_overflow(left.integer, right.integer, &result); break;
            case Arithmetic::subtract: overflow = __builtin_sub_overflow(left.integer, right.integer, &result); break;
            case Arithmetic::multiply: overflow = __builtin_mul_overflow(left.integer, right.integer, &result); break;
            case Arithmetic::divide: return arithmetic(op, false, to_decimal(left), to_decimal(right), label);
        }
        return overflow ? Datum::absent(Why::overflow, label) : Datum::of_integer(result);
    }
    switch (op) {
        case Arithmetic::add: return decimal_result(add(left.decimal, right.decimal), Why::overflow, label);
        case Arithmetic::subtract: return decimal_result(subtract(left.decimal, right.decimal), Why::overflow, label);
        case Arithmetic::multiply: return decimal_result(multiply(left.decimal, right.decimal), Why::overflow, label);
        case Arithmetic::divide:
            if (right.decimal.is_zero()) return Datum::absent(Why::division_by_zero, label);
            return decimal_result(divide(left.decimal, right.decimal), Why::overflow, label);
    }
    return Datum::absent(Why::overflow, label);
}

Datum to_decimal(const Datum& value) {
    if (!value.present) return value;
    Datum result = value;
    result.decimal = Decimal(value.integer);
    return result;
}

Datum shift_date(check::Unit unit, bool subtract, const Datum& date, const Datum& amount, std::uint32_t label) {
    if (const Datum* missing = absent_of(date, amount)) return *missing;
    if (amount.integer == std::numeric_limits<std::int64_t>::min()) return Datum::absent(Why::date_range, label);
    const std::int64_t n = subtract ? -amount.integer : amount.integer;
    std::optional<Date> result;
    switch (unit) {
        case check::Unit::days: result = date.date.plus_days(n); break;
        case check::Unit::months: result = date.date.plus_months(n); break;
        case check::Unit::years:
            if (n > 10000 || n < -10000) break;
            result = date.date.plus_years(n);
            break;
    }
    return result ? Datum::of_date(*result) : Datum::absent(Why::date_range, label);
}

Datum months_between(const Datum& from, const Datum& to) {
    if (const Datum* missing = absent_of(from, to)) return *missing;
    return Datum::of_integer(Date::months_between(from.date, to.date));
}

Datum days_between(const Datum& from, const Datum& to) {
    if (const Datum* missing = absent_of(from, to)) return *missing;
    return Datum::of_integer(Date::days_between(from.date, to.date));
}

Datum age(const Datum& birth, const Datum& on) {
    if (const Datum* missing = absent_of(birth, on)) return *missing;
    return Datum::of_integer(Date::age(birth.date, on.date));
}

Datum birthday(const Datum& birth, const Datum& years, std::uint32_t label) {
    if (const Datum* missing = absent_of(birth, years)) return *missing;
    if (years.integer < 0 || years.integer > 10000) return Datum::absent(Why::date_range, label);
    const auto result = Date::birthday(birth.date, static_cast<int>(years.integer));
    return result ? Datum::of_date(*result) : Datum::absent(Why::date_range, label);
}

Datum round(const Datum& value, const Datum& digits) {
    if (const Datum* missing = absent_of(value, digits)) return *missing;
    const auto d = static_cast<int>(std::clamp<std::int64_t>(digits.integer, 0, Decimal::max_scale));
    return Datum::of_decimal(value.decimal.rounded(d));
}

Datum blank(const Datum& text) {
    if (!text.present) return text;
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.text.data);
    const auto length = static_cast<std::int32_t>(text.text.size);
    std::int32_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0 || !u_isUWhiteSpace(c)) return Datum::of_bool(false);
    }
    return Datum::of_bool(true);
}

std::int64_t key_of(const Datum& key, bool date_keys) {
    return date_keys ? std::int64_t{key.date.day_number()} : key.integer;
}

Datum lookup(const TableView& table, std::uint32_t table_index, const Datum& key) {
    if (!key.present) return key;
    const std::int64_t k = key_of(key, table.date_keys);
    const auto after = std::upper_bound(table.keys.begin(), table.keys.end(), k);
    if (after == table.keys.begin()) return Datum::absent(Why::before_table, table_index);
    return table.values[static_cast<std::size_t>(after - table.keys.begin() - 1)];
}

}  // namespace drieluik::operations
