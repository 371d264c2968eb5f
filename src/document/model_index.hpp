#pragma once
// Tables derived from a DocumentModel that the loader walks a document with: the
// children of every field and the field behind every slot of every record type.

#include "document/model.hpp"

#include <vector>

namespace drieluik {

struct ModelIndex {
    std::vector<std::vector<FieldId>> children;      // per field, in table order
    std::vector<FieldId> subtree_end;                // per field: one past its last descendant
    std::vector<std::vector<FieldId>> record_slots;  // per record type: the field of each slot
    std::vector<std::vector<ValueType>> slot_types;  // per record type: the type of each slot
};

// Built once per model, on first use.
const ModelIndex& model_index(const DocumentModel& model);

}  // namespace drieluik
