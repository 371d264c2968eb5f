#include "cli/exit_status.hpp"
#include "cli/ruleset_loading.hpp"
#include "cli/rules_commands.hpp"

#include <fmt/format.h>

#include <iostream>

namespace drieluik::cli {

int run_rules_lint(const std::string& directory) {
    RuleSetLoad load = load_rules(directory);
    std::size_t errors = print_diagnostics(std::cout, load);
    std::size_t warnings = load.diagnostics.size() - errors;
    std::string name = load.rules ? fmt::format("{} {}: {} rules, ", load.rules->name(), load.rules->version(),
                                                load.rules->rules().size())
                                  : std::string();
    std::cout << fmt::format("{}{} {}, {} {}\n", name, errors, errors == 1 ? "error" : "errors", warnings,
                             warnings == 1 ? "warning" : "warnings");
    return errors == 0 && load.rules ? exit_ok : exit_failure;
}

}  // namespace drieluik::cli
