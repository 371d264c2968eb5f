#pragma once
// A loaded document: every leaf parsed once into a typed value with its location, laid out
// in records as described in model.hpp. Rules read it by (record, slot) without any
// string handling; the evaluator never parses.

#include "base/date.hpp"
#include "base/decimal.hpp"
#include "base/source.hpp"
#include "document/model.hpp"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace drieluik {

struct TextRef {
    std::uint32_t offset = 0;  // into Document::text_arena()
    std::uint32_t length = 0;
};

struct ListRef {
    std::uint32_t first = 0;   // index of the first instance in Document::records()
    std::uint32_t count = 0;   // instances are contiguous, in document order
};

// One slot. `present` is false for an absent optional field (and for a container that
// is missing). Containers and lists are present when the element occurs.
struct Value {
    ValueType type = ValueType::container;
    bool present = false;
    Position position;         // start of the element's '<' or the attribute's name; for
                               // an absent value, its nearest existing ancestor element
    union {
        std::int64_t integer;  // count, integer
        bool boolean;
        std::uint32_t enum_index;
        std::uint64_t enum_set; // bit i set: value i of the enumeration
        TextRef text;           // text, token, pattern
        ListRef list;
        Date date;
        Decimal decimal;        // decimal, money
    };
    Value() : integer(0) {}
};

// The records of one list are contiguous in Document::records(), in document order.
struct RecordInstance {
    std::uint8_t type = 0;     // index into DocumentModel::records()
    std::uint32_t first_slot = 0;
    Position position;         // the element that opens the record
    std::uint32_t index = 0;   // 0-based position among its siblings (document order)
};

class Document {
public:
    const DocumentModel& model() const { return *model_; }
    DocumentKind kind() const { return model_->kind(); }
    const SourceText& source() const { return source_; }  // decoded UTF-8 text, for excerpts
    // The text, handed over to what outlives the document (a report's excerpts); the
    // document has no text afterwards.
    SourceText release_source() { return std::move(source_); }

    // Record 0 is the root.
    const std::vector<RecordInstance>& records() const { return records_; }
    const Value& slot(std::uint32_t record, std::uint16_t slot) const {
        return slots_[records_[record].first_slot + slot];
    }
    std::string_view text(TextRef ref) const {
        return std::string_view(text_arena_).substr(ref.offset, ref.length);
    }

private:
    friend class DocumentBuilder;  // the loader fills a Document through it
    const DocumentModel* model_ = nullptr;
    SourceText source_;
    std::vector<RecordInstance> records_;
    std::vector<Value> slots_;
    std::string text_arena_;
};

}  // namespace drieluik
