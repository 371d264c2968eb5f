#include "report/json_pieces.hpp"

#include <stdexcept>

namespace drieluik::json_pieces {

namespace {

constexpr std::size_t indent_step = 2;

}  // namespace

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

JsonWriter List::writer() const {
    // The key stands at depth key_indent_ / indent_step, its items one deeper.
    return JsonWriter(key_indent_ / indent_step + 1);
}

std::string List::items(const JsonWriter& writer) {
    // The writer puts a comma before every item but its first.
    std::string_view text = writer.text();
    if (text.empty()) {
        return {};
    }
    std::string items;
    items.reserve(text.size() + 1);
    items += ',';
    items += text;
    return items;
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
