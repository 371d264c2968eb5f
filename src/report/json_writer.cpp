#include "report/json_writer.hpp"

#include "base/utf8.hpp"

#include <limits>
#include <stdexcept>
#include <string>

namespace drieluik {

namespace {

constexpr unsigned indent_step = 2;

rapidjson::SizeType string_size(std::size_t size) {
    if (size > std::numeric_limits<rapidjson::SizeType>::max()) {
        throw std::length_error("a string of more than 4 GiB cannot be written as JSON");
    }
    return static_cast<rapidjson::SizeType>(size);
}

}  // namespace

JsonWriter::JsonWriter(std::size_t depth) : writer_(buffer_, &allocator_) {
    writer_.SetIndent(' ', indent_step);
    for (std::size_t level = 0; level < depth; ++level) {
        writer_.StartArray();
    }
    start_ = buffer_.GetSize();
}

void JsonWriter::string(std::string_view text) {
    if (find_invalid_utf8(text)) {
        std::string valid = replace_invalid_utf8(text);
        writer_.String(valid.data(), string_size(valid.size()), true);
        return;
    }
    writer_.String(text.data(), string_size(text.size()), true);
}

void write_evidence(JsonWriter& json, const std::vector<Evidence>& evidence) {
    json.begin_array();
    for (const Evidence& item : evidence) {
        json.begin_object();
        json.member("name", item.name);
        json.member("value", item.value);
        json.end_object();
    }
    json.end_array();
}

}  // namespace drieluik
