#pragma once
// `drieluik explain RULE-ID` and `drieluik explain --list`.

#include "base/language.hpp"

#include <string>

namespace drieluik::cli {

struct ExplainOptions {
    std::string rule;     // empty with `list`
    bool list = false;
    std::string rules;    // empty: the built-in rule set
    Language language = Language::nl;
};

// Throws UsageError for an unknown rule id (with the closest id, if one is close).
int run_explain(const ExplainOptions& options);

}  // namespace drieluik::cli
