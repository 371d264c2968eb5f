#pragma once
// JSON reports written in pieces: the report's frame (everything but its long lists) is
// dumped with those lists empty and cut open where they stand, and each item is dumped on
// its own and indented to its place. Put together, the pieces are byte for byte what one
// dump of the whole report would give, without ever holding the whole report.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace drieluik::json_pieces {

using Json = nlohmann::ordered_json;

// Indented by two spaces; bytes that are not UTF-8 (file names need not be) become U+FFFD.
std::string dump(const Json& json);

// A dumped frame cut open at the empty list of one key.
struct Cut {
    std::string before;        // up to and including the list's '['
    std::string after;         // from the list's ']' on
    std::size_t indent = 0;    // the indentation of the line holding the key
};
// `frame` cut at `"key": []`, which must occur in it.
Cut cut(std::string_view frame, std::string_view key);

// The items of one cut-open list. Items are rendered anywhere (item() is thread-safe) and
// placed in order; rendered items may be concatenated and placed together.
class List {
public:
    explicit List(std::size_t key_indent) : key_indent_(key_indent) {}

    // `json` dumped and indented as an item of this list, after a comma and a line break.
    std::string item(const Json& json) const;
    // `items` as they are to be written next: the very first item loses its comma.
    std::string_view place(std::string_view items);
    // What goes between the last item and the ']'.
    std::string closing() const;

private:
    std::size_t key_indent_;
    bool placed_ = false;
};

}  // namespace drieluik::json_pieces
