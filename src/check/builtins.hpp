#pragma once
// The names the language defines itself (drieluik.ebnf, "Built-in functions" and
// "Built-in names"); a declaration may not take one of them.

#include <span>
#include <string_view>

namespace drieluik::check {

std::span<const std::string_view> builtin_functions();
bool is_builtin_name(std::string_view name);  // a built-in function or `today`

}  // namespace drieluik::check
