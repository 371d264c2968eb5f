#pragma once
// A compact s-expression form of the syntax tree, one line per item, for golden tests
// and debugging: (rule DUR-PROBATION (severity error) ... (require (<= a.b allowed))).
// Operators print as written (or, and, not, =, in, not-in, otherwise, +, -, ...); the
// other nodes print as (call f args...), (days n), (set ...), (range a b), (if c a b),
// (every x domain body), (count x domain (where c)), (date 2025-09-01), (money 13.27),
// (percent 39.5); a path of names as a.b.c, another member access as (. object name).

#include "ast.hpp"

#include <string>

namespace drieluik::syntax {

std::string print(const ast::Expr& expr);
std::string print(const ast::Item& item);
std::string print(const ast::File& file);  // the items, each on its own line

}  // namespace drieluik::syntax
