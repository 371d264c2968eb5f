#include "eval/location.hpp"

#include <algorithm>
#include <vector>

namespace drieluik::evaluation {

namespace {

FieldId element_of(const Document& document, std::uint32_t record) {
    return document.model().records()[document.records()[record].type].element;
}

// The fields from just below `top` down to `field`, outermost first.
std::vector<FieldId> chain(const DocumentModel& model, FieldId field, FieldId top) {
    std::vector<FieldId> fields;
    for (FieldId f = field; f != no_field && f != top; f = model.field(f).parent) fields.push_back(f);
    std::reverse(fields.begin(), fields.end());
    return fields;
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

struct RecordNames {
    std::string path;  // "/agreement/schedule/year[2]"
    std::string name;  // "schedule.year[2]"
};

RecordNames record_names(const Document& document, std::uint32_t record) {
    const DocumentModel& model = document.model();
    const FieldId element = element_of(document, record);
    if (document.records()[record].type == 0) return {"/" + std::string(model.field(element).name), ""};
    const std::uint32_t parent = parent_of(document, record);
    RecordNames names = record_names(document, parent);
    for (FieldId f : chain(model, element, element_of(document, parent))) {
        names.path += "/" + std::string(model.field(f).name);
        names.name += (names.name.empty() ? "" : ".") + std::string(model.field(f).name);
    }
    const std::string index = "[" + std::to_string(document.records()[record].index + 1) + "]";
    names.path += index;
    names.name += index;
    return names;
}

}  // namespace

NodeLocation locate(const Document& document, std::uint32_t record, FieldId field) {
    const DocumentModel& model = document.model();
    RecordNames names = record_names(document, record);
    NodeLocation location{document.records()[record].position, names.path, names.name};
    bool present = true;
    for (FieldId f : chain(model, field, element_of(document, record))) {
        const FieldDef& def = model.field(f);
        const std::string step = def.attribute ? "@" + std::string(def.name) : std::string(def.name);
        location.name += (location.name.empty() ? "" : ".") + std::string(def.name);
        const Value& value = document.slot(record, def.slot);
        if (!present) continue;
        if (!value.present) {
            present = false;
            continue;
        }
        location.path += "/" + step;
        location.position = value.position;
    }
    if (location.name.empty()) location.name = std::string(model.root_name());
    return location;
}

}  // namespace drieluik::evaluation
