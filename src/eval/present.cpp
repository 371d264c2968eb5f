#include "eval/present.hpp"

#include "eval/location.hpp"

#include <fmt/format.h>

namespace drieluik::evaluation {

using check::Datum;
using check::TypeKind;
using check::Why;

namespace {

// An element with text (a clause, a qualification) reads as its text; others have none.
std::optional<std::string_view> element_text(const Document& document, const Datum& value) {
    const FieldDef& element = document.model().field(value.field);
    const Value& text = document.slot(value.index, 0);
    if (element.item_type != ValueType::container && text.present) return document.text(text.text);
    return std::nullopt;
}

}  // namespace

std::string present(const Machine& machine, const Datum& value, const check::Type& type, Language language) {
    switch (type.kind) {
        case TypeKind::integer: return format_integer(value.integer, language);
        case TypeKind::decimal: return format_decimal(value.decimal, language);
        case TypeKind::money: return format_money(value.decimal, language);
        case TypeKind::date: return format_date(value.date, language);
        case TypeKind::boolean: return std::string(format_boolean(value.boolean, language));
        case TypeKind::text: return std::string(value.text.view());
        case TypeKind::enumeration: return std::string(type.enumeration->values[value.enum_index]);
        case TypeKind::record: {
            // An element with text reads as its text, others as their path.
            const Document& document = machine.document();
            if (const auto text = element_text(document, value)) return std::string(*text);
            return locate(document, value.index, value.field).path;
        }
        case TypeKind::problem: return machine.scratch().problems[value.index].message;
        default: return {};
    }
}

std::optional<MessageValue> message_value(const Machine& machine, const Datum& value, const check::Type& type,
                                          std::string& storage) {
    if (!value.present) return std::nullopt;
    switch (type.kind) {
        case TypeKind::integer: return MessageValue(value.integer);
        case TypeKind::decimal: return MessageValue(value.decimal);
        case TypeKind::money: return MessageValue(Money{value.decimal});
        case TypeKind::date: return MessageValue(value.date);
        case TypeKind::boolean: return MessageValue(value.boolean);
        case TypeKind::text: return MessageValue(value.text.view());
        case TypeKind::enumeration: return MessageValue(type.enumeration->values[value.enum_index]);
        case TypeKind::record:
            if (const auto text = element_text(machine.document(), value)) return MessageValue(*text);
            storage = locate(machine.document(), value.index, value.field).path;
            return MessageValue(std::string_view(storage));
        case TypeKind::problem: return MessageValue(std::string_view(machine.scratch().problems[value.index].message));
        default: return std::nullopt;
    }
}

Reason reason(const Machine& machine, const Datum& absent, Language language) {
    const bool nl = language == Language::nl;
    const Plan& plan = machine.plan();
    const std::string_view label = absent.aux < plan.labels.size() ? plan.labels[absent.aux] : std::string_view();
    switch (absent.why) {
        case Why::missing: {
            const NodeLocation where = locate(machine.document(), absent.record, absent.field);
            return {nl ? where.name + " ontbreekt" : where.name + " is missing", where.position};
        }
        case Why::before_table: {
            const Plan::Table& table = plan.tables[absent.aux];
            const Datum& first = table.key_values.front();
            const std::string key = table.date_keys ? format_date(first.date, language) : format_integer(first.integer, language);
            if (table.date_keys)
                return {nl ? fmt::format("geen waarde in {} bekend vóór {}", table.name, key)
                           : fmt::format("no value in {} known before {}", table.name, key), {}};
            return {nl ? fmt::format("geen waarde in {} bekend onder {}", table.name, key)
                       : fmt::format("no value in {} known below {}", table.name, key), {}};
        }
        case Why::empty: return {nl ? fmt::format("{} is leeg", label) : fmt::format("{} is empty", label), {}};
        case Why::no_match:
            return {nl ? fmt::format("geen element van {} voldoet", label) : fmt::format("no element of {} matches", label), {}};
        case Why::no_neighbour:
            return {nl ? fmt::format("{} bestaat niet", label) : fmt::format("{} does not exist", label), {}};
        case Why::division_by_zero:
            return {nl ? fmt::format("deling door nul in {}", label) : fmt::format("division by zero in {}", label), {}};
        case Why::overflow:
            return {nl ? fmt::format("{} is te groot om te berekenen", label) : fmt::format("{} is too large to compute", label), {}};
        case Why::date_range:
            return {nl ? fmt::format("{} valt buiten de kalender", label) : fmt::format("{} falls outside the calendar", label), {}};
        case Why::unknown: break;
    }
    return {nl ? "geen waarde" : "no value", {}};
}

}  // namespace drieluik::evaluation
