#pragma once
// Building blocks of the model tables (agreement_model.cpp, programme_model.cpp): a
// document kind is written as an indented outline of elements and attributes, and
// lay_out() derives at compile time what would be error-prone to number by hand: the
// parent of every field, its record type and its slot. A malformed outline does not
// compile.

#include "document/model.hpp"

#include <array>
#include <cstddef>

namespace drieluik::model_layout {

// One line of the outline: a field and its nesting depth (the root has depth 0).
struct Entry {
    int depth;
    FieldDef field;
};

constexpr FieldDef element(std::string_view name, ValueType type, Cardinality cardinality,
                           std::string_view meaning) {
    FieldDef field;
    field.name = name;
    field.type = type;
    field.cardinality = cardinality;
    field.meaning = meaning;
    return field;
}

constexpr FieldDef attribute(std::string_view name, ValueType type, Cardinality cardinality,
                             std::string_view meaning) {
    FieldDef field = element(name, type, cardinality, meaning);
    field.attribute = true;
    return field;
}

// A repeated element; `item` is the type of its own content (text, or container).
constexpr FieldDef repeated(std::string_view name, ValueType item, Cardinality cardinality,
                            std::string_view meaning) {
    FieldDef field = element(name, ValueType::list, cardinality, meaning);
    field.item_type = item;
    return field;
}

constexpr FieldDef with_enumeration(FieldDef field, const EnumDef& enumeration) {
    field.enumeration = &enumeration;
    return field;
}

constexpr FieldDef with_pattern(FieldDef field, std::string_view pattern, std::string_view hint) {
    field.pattern = pattern;
    field.pattern_hint = hint;
    return field;
}

constexpr FieldDef at_least(FieldDef field, std::int64_t min) {
    field.min = min;
    return field;
}

constexpr FieldDef between(FieldDef field, std::int64_t min, std::int64_t max) {
    field.min = min;
    field.max = max;
    return field;
}

constexpr FieldDef with_default(FieldDef field, std::string_view value) {
    field.default_value = value;
    return field;
}

template <std::size_t FieldCount, std::size_t RecordCount>
struct Layout {
    std::array<FieldDef, FieldCount> fields;
    std::array<RecordDef, RecordCount> records;
};

template <std::size_t N>
constexpr std::size_t record_count(const Entry (&outline)[N]) {
    std::size_t count = 1;  // the root's record
    for (const Entry& entry : outline) {
        if (entry.field.type == ValueType::list) ++count;
    }
    return count;
}

// Numbers the outline. Throwing in a constant expression is a compile error, which is
// how a malformed outline is rejected.
template <std::size_t RecordCount, std::size_t N>
constexpr Layout<N, RecordCount> lay_out(const Entry (&outline)[N]) {
    static_assert(RecordCount <= 256, "record types are numbered in 8 bits");
    Layout<N, RecordCount> layout{};
    std::array<FieldId, N> last_at_depth{};
    std::array<std::uint16_t, RecordCount> next_slot{};
    std::size_t next_record = 1;

    for (std::size_t i = 0; i < N; ++i) {
        const Entry& entry = outline[i];
        FieldDef field = entry.field;
        const auto id = static_cast<FieldId>(i);
        if (i == 0) {
            if (entry.depth != 0 || field.attribute) throw "the outline starts with the root element";
            field.parent = no_field;
            field.record = 0;
        } else {
            if (entry.depth < 1 || entry.depth > outline[i - 1].depth + 1) {
                throw "an outline line is nested more than one level below the line before";
            }
            const FieldId parent = last_at_depth[static_cast<std::size_t>(entry.depth - 1)];
            const FieldDef& parent_field = layout.fields[static_cast<std::size_t>(parent)];
            if (parent_field.attribute) throw "an attribute has no children";
            field.parent = parent;
            field.record = parent_field.type == ValueType::list ? parent_field.own_record
                                                                : parent_field.record;
        }
        if ((field.type == ValueType::pattern) == field.pattern.empty()) {
            throw "a pattern field, and only a pattern field, has a pattern";
        }
        if (field.attribute && field.type == ValueType::list) throw "an attribute cannot repeat";
        if (!field.default_value.empty() && !field.attribute) throw "only attributes have a default";
        const bool repeats = field.cardinality == Cardinality::repeated ||
                             field.cardinality == Cardinality::repeated_nonempty;
        if (repeats != (field.type == ValueType::list)) throw "exactly the list fields repeat";
        // The loader gives the instances of a list contiguous records by reading them in
        // order, which holds only while no list lies inside another list's records.
        if (field.type == ValueType::list && field.record != 0) throw "a repeated element inside a repeated element";

        field.slot = next_slot[field.record]++;
        if (field.type == ValueType::list) {
            field.own_record = static_cast<std::uint8_t>(next_record);
            layout.records[next_record] = RecordDef{id, 0};
            next_slot[next_record] = 1;  // slot 0: the element itself
            ++next_record;
        }
        layout.fields[i] = field;
        last_at_depth[static_cast<std::size_t>(entry.depth)] = id;
    }
    layout.records[0] = RecordDef{0, 0};
    for (std::size_t record = 0; record < RecordCount; ++record) {
        layout.records[record].slot_count = next_slot[record];
    }
    return layout;
}

// Short names for the outlines of the model tables, so that they read like the tables of
// document-model.md.
namespace words {
constexpr auto required = Cardinality::required;
constexpr auto optional = Cardinality::optional;
constexpr auto repeated_list = Cardinality::repeated;
constexpr auto nonempty_list = Cardinality::repeated_nonempty;

constexpr auto container = ValueType::container;
constexpr auto text = ValueType::text;
constexpr auto date = ValueType::date;
constexpr auto decimal = ValueType::decimal;
constexpr auto money = ValueType::money;
constexpr auto integer = ValueType::integer;
constexpr auto count = ValueType::count;
constexpr auto boolean = ValueType::boolean;
constexpr auto enumeration = ValueType::enumeration;
}  // namespace words

}  // namespace drieluik::model_layout
