#include "document/model_index.hpp"

namespace drieluik {
namespace {

ModelIndex build_index(const DocumentModel& model) {
    const auto fields = model.fields();
    ModelIndex index;
    index.children.resize(fields.size());
    index.subtree_end.resize(fields.size());
    index.record_slots.resize(model.records().size());
    index.empty_slots.resize(model.records().size());
    for (std::size_t record = 0; record < model.records().size(); ++record) {
        index.record_slots[record].resize(model.records()[record].slot_count, no_field);
        index.empty_slots[record].resize(model.records()[record].slot_count);
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto id = static_cast<FieldId>(i);
        const FieldDef& field = fields[i];
        if (field.parent != no_field) {
            index.children[static_cast<std::size_t>(field.parent)].push_back(
                {field.name, PackedName(field.name), id, field.slot, field.attribute});
        }
        index.record_slots[field.record][field.slot] = id;
        index.empty_slots[field.record][field.slot].type = field.type;
        if (field.type == ValueType::list) {
            index.record_slots[field.own_record][0] = id;
            index.empty_slots[field.own_record][0].type = field.item_type;
        }
    }
    // Table order is depth first: a subtree ends where the parent chain leaves it.
    for (std::size_t i = fields.size(); i-- > 0;) {
        std::size_t end = i + 1;
        while (end < fields.size() && fields[end].parent >= static_cast<FieldId>(i)) {
            end = static_cast<std::size_t>(index.subtree_end[end]);
        }
        index.subtree_end[i] = static_cast<FieldId>(end);
    }
    return index;
}

}  // namespace

const ModelIndex& model_index(const DocumentModel& model) {
    static const ModelIndex agreement = build_index(agreement_model());
    static const ModelIndex programme = build_index(programme_model());
    return model.kind() == DocumentKind::agreement ? agreement : programme;
}

}  // namespace drieluik
