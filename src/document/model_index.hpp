#pragma once
// Tables derived from a DocumentModel that the loader walks a document with: the
// children of every field, the field behind every slot of every record type and the
// slots of each record type as they are before anything is read into them.

#include "document/document.hpp"
#include "document/model.hpp"
#include "document/packed_name.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace drieluik {

// What the loader looks at of a child field for every element it reads, kept together
// (a FieldDef holds much more).
struct ChildField {
    std::string_view name;
    PackedName packed_name;
    FieldId id;
    std::uint16_t slot;  // FieldDef::slot
    bool attribute;
};

struct ModelIndex {
    std::vector<std::vector<ChildField>> children;   // per field, in table order
    std::vector<FieldId> subtree_end;                // per field: one past its last descendant
    std::vector<std::vector<FieldId>> record_slots;  // per record type: the field of each slot
    std::vector<std::vector<Value>> empty_slots;     // per record type: its slots, typed and absent
};

// Built once per model, on first use.
const ModelIndex& model_index(const DocumentModel& model);

}  // namespace drieluik
