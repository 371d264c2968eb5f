#include "report/json_pieces.hpp"

#include <stdexcept>

namespace drieluik::json_pieces {

namespace {

constexpr std::size_t indent_step = 2;

}  // namespace

std::string dump(const Json& json) {
    return json.dump(indent_step, ' ', false, Json::error_handler_t::replace);
}

Cut cut(std::string_view frame, std::string_view key) {
    std::string pattern = "\"" + std::string(key) + "\": []";
    std::size_t at = frame.find(pattern);
    if (at == std::string_view::npos) {
        throw std::logic_error("report frame without an empty list " + pattern);
    }
    std::size_t line_start = frame.rfind('\n', at);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::size_t bracket = at + pattern.size() - 1;
    return {std::string(frame.substr(0, bracket)), std::string(frame.substr(bracket)), at - line_start};
}

std::string List::item(const Json& json) const {
    // Every line of the item moves right by the item's depth in the frame.
    std::string dumped = dump(json);
    std::string indentation(key_indent_ + indent_step, ' ');
    std::string indented = ",\n" + indentation;
    indented.reserve(dumped.size() + dumped.size() / 8);
    for (char character : dumped) {
        indented += character;
        if (character == '\n') {
            indented += indentation;
        }
    }
    return indented;
}

std::string_view List::place(std::string_view items) {
    if (!placed_ && !items.empty()) {
        placed_ = true;
        items.remove_prefix(1);
    }
    return items;
}

std::string List::closing() const {
    return placed_ ? "\n" + std::string(key_indent_, ' ') : std::string();
}

}  // namespace drieluik::json_pieces
