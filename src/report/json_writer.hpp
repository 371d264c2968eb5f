#pragma once
// JSON written as it goes, by RapidJSON's pretty writer: the layout of the JSON and SARIF
// reports (two-space indentation), without building the value first. Strings that are not
// UTF-8 (file names need not be) are written with U+FFFD in place of their bad bytes.

#include "eval/finding.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace drieluik {

class JsonWriter {
public:
    // `depth`: how many lists enclose what is written; it is indented as it would be
    // there. text() leaves the enclosing lists out.
    explicit JsonWriter(std::size_t depth = 0);

    void begin_object() { writer_.StartObject(); }
    void end_object() { writer_.EndObject(); }
    void begin_array() { writer_.StartArray(); }
    void end_array() { writer_.EndArray(); }
    // A member's name: one of the report's own, ASCII, so not checked for bad UTF-8.
    void key(std::string_view name) { writer_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()), true); }
    void string(std::string_view text);
    void number(std::uint64_t number) { writer_.Uint64(number); }
    void boolean(bool value) { writer_.Bool(value); }

    // A member of the object being written.
    void member(std::string_view name, std::string_view text) {
        key(name);
        string(text);
    }
    void member(std::string_view name, std::uint64_t value) {
        key(name);
        number(value);
    }

    // What was written, from the first value on.
    std::string_view text() const { return {buffer_.GetString() + start_, buffer_.GetSize() - start_}; }

private:
    // A document's part of a report is a few kilobytes: one allocation, not a dozen.
    // Without an allocator of their own to share, the buffer and the writer would each
    // allocate one too.
    static constexpr std::size_t initial_capacity = 8192;
    rapidjson::CrtAllocator allocator_;
    rapidjson::StringBuffer buffer_{&allocator_, initial_capacity};
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer_;
    std::size_t start_ = 0;
};

// A finding's evidence as the JSON and SARIF reports give it: [{"name": .., "value": ..}].
void write_evidence(JsonWriter& json, const std::vector<Evidence>& evidence);

}  // namespace drieluik
