#pragma once
// The loader's write access to a Document (Document is read-only to everyone else).

#include "document/document.hpp"

#include <memory>
#include <span>
#include <string>

namespace drieluik {

class DocumentBuilder {
public:
    // The source's size tells how many records and slots to make room for.
    DocumentBuilder(const DocumentModel& model, SourceText source);

    const DocumentModel& model() const { return *document_->model_; }
    const SourceText& source() const { return document_->source_; }

    // Appends an instance of a record type, the `index`th among its siblings, opened by
    // the element at `position`, with `empty_slots` (ModelIndex::empty_slots of the type)
    // as its slots; returns its index.
    std::uint32_t add_record(std::uint8_t type, std::uint32_t index, Position position,
                             std::span<const Value> empty_slots);
    // Valid until the next add_record.
    Value& value(std::uint32_t record, std::uint16_t slot) { return slots_[records_[record].first_slot + slot]; }

    void set_text_arena(std::string arena) { document_->text_arena_ = std::move(arena); }
    std::unique_ptr<Document> finish() { return std::move(document_); }

private:
    std::unique_ptr<Document> document_;
    // The document's records and slots, as they are since the last add_record: the
    // loader asks for a slot several times for every element it reads.
    const RecordInstance* records_ = nullptr;
    Value* slots_ = nullptr;
};

}  // namespace drieluik
