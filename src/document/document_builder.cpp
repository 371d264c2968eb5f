#include "document/document_builder.hpp"

namespace drieluik {

DocumentBuilder::DocumentBuilder(const DocumentModel& model, SourceText source)
    : document_(std::make_unique<Document>()) {
    // Room for the records and slots a document of this size usually has (one slot for
    // every 27 bytes, one record for every 100 or more), so that they are not copied as
    // they grow: a large document would be copied several times over.
    const std::size_t size = source.text().size();
    document_->records_.reserve(size / 96 + 8);
    document_->slots_.reserve(size / 24 + model.records()[0].slot_count);
    document_->model_ = &model;
    document_->source_ = std::move(source);
}

std::uint32_t DocumentBuilder::add_record(std::uint8_t type, std::uint32_t index, Position position,
                                          std::span<const Value> empty_slots) {
    auto& slots = document_->slots_;
    RecordInstance record;
    record.type = type;
    record.first_slot = static_cast<std::uint32_t>(slots.size());
    record.position = position;
    record.index = index;
    slots.insert(slots.end(), empty_slots.begin(), empty_slots.end());
    document_->records_.push_back(record);
    records_ = document_->records_.data();
    slots_ = slots.data();
    return static_cast<std::uint32_t>(document_->records_.size() - 1);
}

}  // namespace drieluik
