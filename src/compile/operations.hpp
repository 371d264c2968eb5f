#pragma once
// What the operators and built-in functions of the rule language compute, on values that
// may be absent (drieluik.ebnf: "Values are three-valued"). One definition serves both
// the compiler, which folds constant expressions, and the evaluator.
//
// An operation on an absent operand yields that operand (its reason and origin travel
// on), the left one first. Exact decimals never round except in round(); a result that
// does not fit (an integer overflow, a date past 9999) is absent with a reason that
// names the expression (`label`).

#include "check/ir.hpp"

#include <span>

namespace drieluik::operations {

using check::Datum;
using check::TypeKind;

Datum logical_not(const Datum& value);
// 'and' is false when either side is false, 'or' true when either side is true.
Datum logical_and(const Datum& left, const Datum& right);
Datum logical_or(const Datum& left, const Datum& right);

// Values of one class: integer, decimal (money too), date, boolean, enumeration, text.
bool equal(TypeKind kind, const Datum& left, const Datum& right);
int order(TypeKind kind, const Datum& left, const Datum& right);  // <0, 0, >0
Datum compare(check::Comparison comparison, TypeKind kind, const Datum& left, const Datum& right);

Datum negate(bool integer, const Datum& value, std::uint32_t label);
Datum arithmetic(check::Arithmetic op, bool integer, const Datum& left, const Datum& right, std::uint32_t label);
Datum to_decimal(const Datum& value);
Datum shift_date(check::Unit unit, bool subtract, const Datum& date, const Datum& amount, std::uint32_t label);

Datum months_between(const Datum& from, const Datum& to);
Datum days_between(const Datum& from, const Datum& to);
Datum age(const Datum& birth, const Datum& on);
Datum birthday(const Datum& birth, const Datum& years, std::uint32_t label);
Datum round(const Datum& value, const Datum& digits);
Datum blank(const Datum& text);
// The least (greatest) of the values that have one; the first value when none has one.
// `value(i)` yields the i-th value: the evaluator computes them as it goes.
template <typename Value>
Datum extreme(bool greatest, TypeKind kind, std::size_t count, Value value) {
    Datum best = value(0);
    bool found = best.present;
    for (std::size_t i = 1; i < count; ++i) {
        Datum candidate = value(i);
        if (!candidate.present) continue;
        if (!found || (greatest ? order(kind, candidate, best) > 0 : order(kind, candidate, best) < 0)) {
            best = candidate;
            found = true;
        }
    }
    return best;
}

// `value in [element(0), ...]`: true at the first equal element; absent when there is none
// but some element has no value; false otherwise ('not in': the opposite).
template <typename Element>
Datum member_of(TypeKind kind, bool negated, const Datum& value, std::size_t count, Element element) {
    if (!value.present) return value;
    Datum missing;
    bool any_missing = false;
    for (std::size_t i = 0; i < count; ++i) {
        Datum candidate = element(i);
        if (!candidate.present) {
            if (!any_missing) missing = candidate;
            any_missing = true;
        } else if (equal(kind, value, candidate)) {
            return Datum::of_bool(!negated);
        }
    }
    return any_missing ? missing : Datum::of_bool(negated);
}

// A table as a step function: the value of the last row whose key is on or before `key`.
struct TableView {
    std::span<const std::int64_t> keys;
    std::span<const Datum> values;
    bool date_keys = true;
};
Datum lookup(const TableView& table, std::uint32_t table_index, const Datum& key);
std::int64_t key_of(const Datum& key, bool date_keys);

}  // namespace drieluik::operations
