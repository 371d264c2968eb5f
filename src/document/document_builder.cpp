#include "document/document_builder.hpp"

namespace drieluik {

DocumentBuilder::DocumentBuilder(const DocumentModel& model, SourceText source)
    : document_(std::make_unique<Document>()) {
    document_->model_ = &model;
    document_->source_ = std::move(source);
    // Room for a typical document (a root record and a few dozen list instances) so that
    // the slots are not copied as they grow.
    document_->records_.reserve(32);
    document_->slots_.reserve(std::size_t{model.records()[0].slot_count} * 2);
}

std::uint32_t DocumentBuilder::add_record(std::uint8_t type, std::uint32_t index, Position position,
                                          std::span<const ValueType> slot_types) {
    auto& slots = document_->slots_;
    RecordInstance record;
    record.type = type;
    record.first_slot = static_cast<std::uint32_t>(slots.size());
    record.position = position;
    record.index = index;
    slots.resize(slots.size() + slot_types.size());
    for (std::size_t slot = 0; slot < slot_types.size(); ++slot) slots[record.first_slot + slot].type = slot_types[slot];
    document_->records_.push_back(record);
    return static_cast<std::uint32_t>(document_->records_.size() - 1);
}

}  // namespace drieluik
