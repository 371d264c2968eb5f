#pragma once
// The typed, resolved form of rule expressions that the checker produces and the compiler
// turns into the evaluation plan: a flat array of nodes that refer to their operands by
// index, with every name resolved (document paths to record slots, bindings to local
// slots, tables and functions to their index) and every type known. The values an
// expression computes (Datum) are defined here too: constants are Datums, and so is
// everything the evaluator produces.

#include "base/date.hpp"
#include "base/decimal.hpp"
#include "document/model.hpp"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace drieluik::check {

constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

enum class TypeKind : std::uint8_t {
    invalid,      // after an error: silences follow-up errors
    boolean,
    integer,
    decimal,
    money,
    date,
    text,
    enumeration,  // Type::enumeration
    container,    // an element with children only; its value is its presence
    record,       // one instance of a record type (a repeated element, or the root)
    list,         // Type::element: record, enumeration, integer, date, problem
    duration,     // n days / months / years: only as an operand of date + and -
    problem,      // one problem of template_problems()
};

struct Type {
    TypeKind kind = TypeKind::invalid;
    TypeKind element = TypeKind::invalid;  // for lists
    std::uint8_t record = 0;               // record, list of records: the record type
    const EnumDef* enumeration = nullptr;  // enumeration, list of enumeration values

    static Type of(TypeKind kind) { return Type{kind, TypeKind::invalid, 0, nullptr}; }
    static Type enum_of(const EnumDef* def) { return Type{TypeKind::enumeration, TypeKind::invalid, 0, def}; }
    static Type record_of(std::uint8_t record) { return Type{TypeKind::record, TypeKind::invalid, record, nullptr}; }
    static Type list_of(Type element) {
        return Type{TypeKind::list, element.kind, element.record, element.enumeration};
    }
    Type element_type() const { return Type{element, TypeKind::invalid, record, enumeration}; }
    bool numeric() const { return kind == TypeKind::integer || kind == TypeKind::decimal || kind == TypeKind::money; }
    friend bool operator==(const Type&, const Type&) = default;
};

// "date", "money", "level value", "list of schedule.year", "list of cost-kind values"
std::string describe(const Type& type, const DocumentModel* model);

enum class Op : std::uint8_t {
    constant,          // a: constant index
    root,              // the root record
    read,              // child 0: a record; a: slot; field: the field read; sub: its ValueType
    read_root,         // read from the root record, without operands. Only in a plan
    local,             // a: local slot
    define,            // a: define index (memoised per document)
    today,
    logical_not,
    logical_and,
    logical_or,
    choose,            // if: condition, then, else
    otherwise,
    compare,           // sub: Comparison; b: TypeKind of the operands
    in_set,            // child 0 the value, the others the set; sub 1: negated
    in_list,           // value, list; sub 1: negated
    negate,
    arithmetic,        // sub: Arithmetic; the result type says integer or decimal
    to_decimal,
    shift_date,        // date, amount; sub: DurationUnit; b 1: subtract
    duration,          // amount; sub: DurationUnit. Never in a plan: folded into shift_date
    quantifier,        // domain, where, body (none when absent); sub: Quantifier; a: local
    range,             // from, to
    exists,
    blank,
    months_between,
    days_between,
    age,
    birthday,
    round,
    previous,
    next,
    position,
    first,
    last,
    keys,              // a: table
    least,
    greatest,
    template_problems, // href; a: exclusion list index
    lookup,            // key; a: table
    call,              // arguments; a: function. Never in a plan: inlined as bind
    bind,              // arguments..., body; a: the local of the first argument
    problem_rule,
    problem_message,
};

enum class Comparison : std::uint8_t { equal, not_equal, less, less_equal, greater, greater_equal };
enum class Arithmetic : std::uint8_t { add, subtract, multiply, divide };
enum class Quantifier : std::uint8_t { every, some, count, sum, min, max, find };
enum class Unit : std::uint8_t { days, months, years };

// The members are ordered so that a node takes 40 bytes rather than 48.
struct Node {
    Op op = Op::constant;
    std::uint8_t sub = 0;
    FieldId field = no_field;
    std::uint32_t a = 0;
    Type type;
    std::uint32_t b = 0;
    std::uint32_t first = 0;      // children: indices into the child array
    std::uint32_t label = none;   // source text that names the node in reasons ("schedule.year")
    std::uint16_t count = 0;
};

// Why a value is absent; the evaluator turns it into the reason of an undecided rule.
enum class Why : std::uint8_t {
    unknown,
    missing,        // a document field is absent: Datum::record, Datum::field
    before_table,   // a table lookup before the first row: aux = table
    empty,          // min, max, first or last of nothing: aux = label
    no_match,       // find without a match: aux = label
    no_neighbour,   // previous / next at an end: aux = label
    division_by_zero,  // aux = label
    overflow,          // aux = label
    date_range,        // aux = label
};

// How a list value is held.
enum class ListForm : std::uint8_t { records, range, table_keys, enum_set, problems };

struct TextView {
    const char* data;
    std::uint32_t size;
    std::string_view view() const { return {data, size}; }
};

struct Span {
    std::uint32_t first;
    std::uint32_t count;
};

struct IntRange {
    std::int64_t low;   // inclusive
    std::int64_t high;  // inclusive; high < low: empty
};

// A value or the absence of one, with the document node it was read from (so that a
// finding can point at it, and an undecided rule can name what is missing).
struct Datum {
    bool present = false;
    Why why = Why::unknown;
    ListForm form = ListForm::records;
    FieldId field = no_field;     // origin: field read ...
    std::uint32_t record = none;  // ... in this record instance (none: computed)
    std::uint32_t aux = 0;        // Why's detail; table of table_keys lists
    union {
        std::int64_t integer;
        bool boolean;
        std::uint32_t enum_index;
        std::uint64_t set;        // enum_set lists: bit i is value i
        Date date;
        Decimal decimal;          // decimal and money
        TextView text;
        Span span;                // records, problems, table_keys (row indices)
        IntRange range;
        std::uint32_t index;      // a record instance, or a problem
    };
    Datum() : integer(0) {}

    static Datum absent(Why why, std::uint32_t aux) {
        Datum d;
        d.why = why;
        d.aux = aux;
        return d;
    }
    static Datum of_bool(bool v) { Datum d; d.present = true; d.boolean = v; return d; }
    static Datum of_integer(std::int64_t v) { Datum d; d.present = true; d.integer = v; return d; }
    static Datum of_decimal(const Decimal& v) { Datum d; d.present = true; d.decimal = v; return d; }
    static Datum of_date(Date v) { Datum d; d.present = true; d.date = v; return d; }
    static Datum of_enum(std::uint32_t v) { Datum d; d.present = true; d.enum_index = v; return d; }
    static Datum of_text(std::string_view v) {
        Datum d;
        d.present = true;
        d.text = TextView{v.data(), static_cast<std::uint32_t>(v.size())};
        return d;
    }
};

}  // namespace drieluik::check
