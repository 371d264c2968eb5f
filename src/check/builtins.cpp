#include "check/builtins.hpp"

#include <algorithm>

namespace drieluik::check {

namespace {
constexpr std::string_view functions[] = {
    "exists", "blank", "months_between", "days_between", "age", "birthday", "round", "previous",
    "next", "position", "first", "last", "keys", "template_problems", "least", "greatest",
};
}  // namespace

std::span<const std::string_view> builtin_functions() { return functions; }

bool is_builtin_name(std::string_view name) {
    return name == "today" || std::find(std::begin(functions), std::end(functions), name) != std::end(functions);
}

}  // namespace drieluik::check
