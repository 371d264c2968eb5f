#pragma once
// JSON reports written in pieces: the report's frame (everything but its long lists) is
// written with those lists empty and cut open where they stand, and each item is written
// on its own, indented for its place. Put together, the pieces are byte for byte what
// writing the whole report at once would give, without ever holding the whole report.

#include "report/json_writer.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace drieluik::json_pieces {

// A written frame cut open at the empty list of one key.
struct Cut {
    std::string before;        // up to and including the list's '['
    std::string after;         // from the list's ']' on
    std::size_t indent = 0;    // the indentation of the line holding the key
};
// `frame` cut at `"key": []`, which must occur in it.
Cut cut(std::string_view frame, std::string_view key);

// The items of one cut-open list. Items are written anywhere (writer() and items() are
// thread-safe) and placed in order; the items of several writers may be concatenated and
// placed together.
class List {
public:
    explicit List(std::size_t key_indent) : key_indent_(key_indent) {}

    // A writer for items of this list, indented as they stand in the frame.
    JsonWriter writer() const;
    // The items `writer` wrote, as they are to be placed: after a comma and a line break.
    static std::string items(const JsonWriter& writer);
    // `items` as they are to be written next: the very first item loses its comma.
    std::string_view place(std::string_view items);
    // What goes between the last item and the ']'.
    std::string closing() const;

private:
    std::size_t key_indent_;
    bool placed_ = false;
};

}  // namespace drieluik::json_pieces
