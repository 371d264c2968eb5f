#pragma once
// A rule set compiled once and evaluated many times: loading parses every file (following
// imports), checks it against the document model, and compiles it into an evaluation plan.
// A CompiledRuleSet is immutable and safe to share between threads.

#include "base/diagnostic.hpp"
#include "document/model.hpp"
#include "eval/finding.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik {

struct RuleInfo {
    std::string id;
    Severity severity = Severity::error;  // as written, before any profile
    std::string category;
    std::string source;
    std::string title_nl, title_en;
    std::string explain_nl, explain_en;
    DocumentKind applies_to = DocumentKind::agreement;
    std::string text;        // the rule's source text, for `drieluik explain`
    std::string file;        // where it is defined
    Position position;
};

class Plan;  // the compiled evaluation plan, private to compile/ and eval/

class CompiledRuleSet {
public:
    CompiledRuleSet(std::string name, std::string version, std::vector<RuleInfo> rules,
                    std::vector<std::string> profiles, std::shared_ptr<const Plan> plan);
    const std::string& name() const { return name_; }
    const std::string& version() const { return version_; }
    const std::vector<RuleInfo>& rules() const { return rules_; }  // sorted by id
    const RuleInfo* find(std::string_view id) const;
    const std::vector<std::string>& profiles() const { return profiles_; }
    // The index of a profile in profiles(), or nullopt when the rule set has none of that name.
    std::optional<std::size_t> profile_index(std::string_view name) const;
    const Plan& plan() const { return *plan_; }

private:
    std::string name_, version_;
    std::vector<RuleInfo> rules_;
    std::vector<std::string> profiles_;
    std::shared_ptr<const Plan> plan_;
};

struct RuleSetLoad {
    std::shared_ptr<const CompiledRuleSet> rules;  // null when there are errors
    std::vector<Diagnostic> diagnostics;           // errors and warnings, sorted
    std::vector<SourceText> sources;               // every file read, for rendering carets
};

// Reads `directory`/ruleset.rules and everything it imports.
RuleSetLoad load_ruleset(const std::string& directory);
// The rule set compiled into the program (rules/ at build time).
RuleSetLoad load_builtin_ruleset();

}  // namespace drieluik
