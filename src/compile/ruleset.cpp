#include "compile/ruleset.hpp"

#include "check/check.hpp"
#include "compile/compiler.hpp"
#include "compile/embedded_rules.hpp"
#include "compile/plan.hpp"
#include "compile/rule_files.hpp"

#include <algorithm>
#include <filesystem>

namespace drieluik {

CompiledRuleSet::CompiledRuleSet(std::string name, std::string version, std::vector<RuleInfo> rules,
                                 std::vector<std::string> profiles, std::shared_ptr<const Plan> plan)
    : name_(std::move(name)),
      version_(std::move(version)),
      rules_(std::move(rules)),
      profiles_(std::move(profiles)),
      plan_(std::move(plan)) {}

const RuleInfo* CompiledRuleSet::find(std::string_view id) const {
    auto it = std::lower_bound(rules_.begin(), rules_.end(), id,
                               [](const RuleInfo& rule, std::string_view key) { return rule.id < key; });
    return it != rules_.end() && it->id == id ? &*it : nullptr;
}

std::optional<std::size_t> CompiledRuleSet::profile_index(std::string_view name) const {
    auto it = std::find(profiles_.begin(), profiles_.end(), name);
    if (it == profiles_.end()) return std::nullopt;
    return static_cast<std::size_t>(it - profiles_.begin());
}

RuleSetLoad load_ruleset_with(const RuleFileReader& read, const std::string& root) {
    RuleFiles files = read_rule_files(read, root);
    std::vector<const syntax::ParsedFile*> parsed;
    for (const auto& file : files.files) parsed.push_back(file.get());
    check::CheckOutcome checked = check::check_rule_set(parsed);

    RuleSetLoad result;
    result.diagnostics = std::move(files.diagnostics);
    result.diagnostics.insert(result.diagnostics.end(), checked.diagnostics.begin(), checked.diagnostics.end());
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end());
    const bool failed = checked.has_errors || std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                                          [](const Diagnostic& d) { return d.level == DiagnosticLevel::error; });
    if (!failed) result.rules = std::make_shared<const CompiledRuleSet>(compile_rule_set(std::move(checked.rules)));
    for (const auto& file : files.files) result.sources.push_back(std::move(file->source));
    return result;
}

RuleSetLoad load_ruleset(const std::string& directory) {
    return load_ruleset_with(disk_rule_files(), (std::filesystem::path(directory) / "ruleset.rules").generic_string());
}

RuleSetLoad load_builtin_ruleset() {
    // The embedded files are named relative to rules/; diagnostics and `explain` name
    // them as they are in the source tree.
    constexpr std::string_view prefix = "rules/";
    const RuleFileReader embedded = [prefix](const std::string& path) -> std::optional<std::string> {
        if (!path.starts_with(prefix)) return std::nullopt;
        const std::string_view relative = std::string_view(path).substr(prefix.size());
        const auto files = embedded_rule_files();
        auto it = std::lower_bound(files.begin(), files.end(), relative,
                                   [](const EmbeddedRuleFile& file, std::string_view key) { return file.path < key; });
        if (it == files.end() || it->path != relative) return std::nullopt;
        return std::string(it->text);
    };
    return load_ruleset_with(embedded, std::string(prefix) + "ruleset.rules");
}

}  // namespace drieluik
