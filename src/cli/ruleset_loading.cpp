#include "cli/ruleset_loading.hpp"

#include <algorithm>

namespace drieluik::cli {

RuleSetLoad load_rules(const std::string& directory) {
    return directory.empty() ? load_builtin_ruleset() : load_ruleset(directory);
}

std::size_t print_diagnostics(std::ostream& out, const RuleSetLoad& load) {
    std::size_t errors = 0;
    for (const Diagnostic& diagnostic : load.diagnostics) {
        auto source = std::find_if(load.sources.begin(), load.sources.end(),
                                   [&](const SourceText& text) { return text.name() == diagnostic.file; });
        out << render(diagnostic, source == load.sources.end() ? nullptr : &*source);
        errors += diagnostic.level == DiagnosticLevel::error ? 1 : 0;
    }
    return errors;
}

}  // namespace drieluik::cli
