#pragma once
// The document model of ../shared/spec/document-model.md as data: every element and
// attribute of both document kinds, with its type, cardinality and where its value lives
// in a loaded Document. The loader, the schema tests and the rule checker all read this
// one table, so a field exists in exactly one place.
//
// Storage layout: a document is a tree of *records*. The root is record type 0; every
// repeated element (schedule/year, costs/item, ...) is a record type of its own. A record
// holds one slot for every field reachable from it through singular elements and
// attributes, so any singular path below a record is one slot read, resolved once when
// rules are compiled. A repeated element's slot in its parent record holds the list of
// its instances.
//
// Slot 0 of every record is the element that opens it: the root's presence, or for a
// repeated element its text content (FieldDef::item_type text: qualification, clause,
// sector, partner) or its presence (item_type container: year, item, step, ...). The
// other slots follow the fields of the record in table order (document-model.md order):
// a container element has a slot of its own (its presence), an element with a value and
// attributes (salary, institution) has one slot for the value and one per attribute.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace drieluik {

enum class DocumentKind : std::uint8_t { agreement, programme };
std::string_view to_string(DocumentKind kind);  // "agreement", "programme"

enum class ValueType : std::uint8_t {
    container,   // element with children only; its value is its presence
    text,        // any Unicode, NFC, without leading and trailing white space; blank
                 // only in optional elements and in attributes (a required element's
                 // text and a repeated element's text must hold a non-space character)
    token,       // identifier-like text (@id, @href): not blank
    pattern,     // text matching FieldDef::pattern (BRIN, CROHO, KvK): a sequence of
                 // character classes with a repeat count, "[0-9]{2}[A-Z]{2}"
    date,
    decimal,     // exact decimal, bounds in FieldDef
    money,       // exact decimal, >= 0, at most 2 fraction digits, @currency EUR
    count,       // non-negative integer
    integer,     // integer, bounds in FieldDef
    boolean,
    enumeration, // one value of FieldDef::enumeration
    enum_list,   // white-space separated values of FieldDef::enumeration, stored as a set
    list,        // a repeated element: the slot holds its instances
};

struct EnumDef {
    std::string_view name;                     // "level", "cost-kind"
    std::span<const std::string_view> values;  // at most 64; index = stored value
    int index_of(std::string_view value) const;  // -1 when unknown
};

using FieldId = std::int16_t;
constexpr FieldId no_field = -1;

enum class Cardinality : std::uint8_t { optional, required, repeated, repeated_nonempty };

struct FieldDef {
    std::string_view name;          // XML local name
    bool attribute = false;
    ValueType type = ValueType::container;
    Cardinality cardinality = Cardinality::optional;
    FieldId parent = no_field;      // no_field for the root element
    const EnumDef* enumeration = nullptr;
    std::string_view pattern;       // for ValueType::pattern, e.g. "[0-9]{2}[A-Z]{2}"
    std::string_view pattern_hint;  // the pattern in words, e.g. "8 digits"
    std::optional<std::int64_t> min; // inclusive bounds for integer/decimal (whole units);
    std::optional<std::int64_t> max; // no value: unbounded on that side
    std::string_view default_value; // value of an absent optional attribute ("EUR"): the
                                    // loader stores it as present, at the element's position
    ValueType item_type = ValueType::container; // repeated elements: the type of slot 0 of
                                    // own_record (text content, or container: presence)
    std::uint8_t record = 0;        // record type whose slots hold this field's value
    std::uint16_t slot = 0;         // slot index within that record type
    std::uint8_t own_record = 0;    // for repeated elements: the record type of one instance
    std::string_view meaning;       // short description, for "did you mean" and docs
};

// The type of the value a field holds itself: for a repeated element, the content of one
// instance (slot 0 of its record); for every other field, its type.
constexpr ValueType own_value_type(const FieldDef& field) {
    return field.type == ValueType::list ? field.item_type : field.type;
}

struct RecordDef {
    FieldId element;                // the root or the repeated element that defines it
    std::uint16_t slot_count;
};

class DocumentModel {
public:
    DocumentModel(DocumentKind kind, std::string_view ns, std::span<const FieldDef> fields,
                  std::span<const RecordDef> records)
        : kind_(kind), namespace_(ns), fields_(fields), records_(records) {}

    DocumentKind kind() const { return kind_; }
    std::string_view xml_namespace() const { return namespace_; }
    std::string_view root_name() const { return fields_[0].name; }
    std::span<const FieldDef> fields() const { return fields_; }
    std::span<const RecordDef> records() const { return records_; }
    const FieldDef& field(FieldId id) const { return fields_[static_cast<std::size_t>(id)]; }

    // The child element or attribute `name` of `parent`, or no_field.
    FieldId child(FieldId parent, std::string_view name) const;
    // "/agreement/employment/startDate", "/agreement/employment/salary/@per"
    std::string xml_path(FieldId id) const;
    // "employment.startDate", "employment.salary.per": the name rules use
    std::string rule_path(FieldId id) const;

private:
    DocumentKind kind_;
    std::string_view namespace_;
    std::span<const FieldDef> fields_;
    std::span<const RecordDef> records_;
};

const DocumentModel& agreement_model();
const DocumentModel& programme_model();
// The model whose namespace is `ns`, or nullptr.
const DocumentModel* model_for_namespace(std::string_view ns);

}  // namespace drieluik
