#include "eval/location.hpp"

#include <charconv>

namespace drieluik::evaluation {

namespace {

FieldId element_of(const Document& document, std::uint32_t record) {
    return document.model().records()[document.records()[record].type].element;
}

// Calls `step(f)` for the fields from just below `top` down to `field`, outermost first.
template <typename Step>
void for_each_step(const DocumentModel& model, FieldId field, FieldId top, Step step) {
    if (field == no_field || field == top) return;
    for_each_step(model, model.field(field).parent, top, step);
    step(model.field(field));
}

// The record instance whose list holds instance `record` (instances of one list are
// contiguous, so the list's range tells).
std::uint32_t parent_of(const Document& document, std::uint32_t record) {
    const FieldDef& element = document.model().field(element_of(document, record));
    if (element.record == 0) return 0;
    const auto& records = document.records();
    for (std::uint32_t p = 0; p < records.size(); ++p) {
        if (records[p].type != element.record) continue;
        const Value& list = document.slot(p, element.slot);
        if (list.present && record >= list.list.first && record < list.list.first + list.list.count) return p;
    }
    return 0;
}

void append_name(std::string& name, std::string_view step) {
    if (!name.empty()) name += '.';
    name += step;
}

// Appends the path of a record instance ("/agreement/schedule/year[2]") to location.path
// and the name rules use for it ("schedule.year[2]") to location.name.
void append_record(const Document& document, std::uint32_t record, NodeLocation& location) {
    const DocumentModel& model = document.model();
    const FieldId element = element_of(document, record);
    if (document.records()[record].type == 0) {
        location.path += '/';
        location.path += model.field(element).name;
        return;
    }
    const std::uint32_t parent = parent_of(document, record);
    append_record(document, parent, location);
    for_each_step(model, element, element_of(document, parent), [&](const FieldDef& def) {
        location.path += '/';
        location.path += def.name;
        append_name(location.name, def.name);
    });
    char index[24] = "[";
    char* end = std::to_chars(index + 1, index + sizeof index - 1, document.records()[record].index + 1).ptr;
    *end++ = ']';
    location.path.append(index, end);
    location.name.append(index, end);
}

}  // namespace

NodeLocation locate(const Document& document, std::uint32_t record, FieldId field) {
    const DocumentModel& model = document.model();
    NodeLocation location;
    location.position = document.records()[record].position;
    append_record(document, record, location);
    bool present = true;
    for_each_step(model, field, element_of(document, record), [&](const FieldDef& def) {
        append_name(location.name, def.name);
        if (!present) return;
        const Value& value = document.slot(record, def.slot);
        if (!value.present) {
            present = false;
            return;
        }
        location.path += '/';
        if (def.attribute) location.path += '@';
        location.path += def.name;
        location.position = value.position;
    });
    if (location.name.empty()) location.name = std::string(model.root_name());
    return location;
}

}  // namespace drieluik::evaluation
