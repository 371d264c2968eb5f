#pragma once
// Helpers for reporting a syntax error and going on after it: how to name what the
// parser found, and where the next top-level item starts.

#include <string>

namespace drieluik::syntax {

// The token at `at`, for "but found ...": a quoted name, number or character, "a string",
// or "end of file".
std::string describe_found(const char* at, const char* end);

// Where to go on after an error at `error` in the item that starts at `item_start`: the
// first token of the next line that starts with a top-level keyword (rule, table,
// function, define, import, profile, ruleset), `error` itself when it is one; always
// past `item_start`.
const char* resume_point(const char* item_start, const char* error, const char* begin,
                         const char* end);

}  // namespace drieluik::syntax
