#include "cli/explain_command.hpp"

#include "check/suggest.hpp"
#include "cli/exit_status.hpp"
#include "cli/ruleset_loading.hpp"
#include "cli/usage_error.hpp"
#include "report/labels.hpp"
#include "report/run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <vector>

namespace drieluik::cli {

namespace {

struct ExplainLabels {
    std::string_view severity;
    std::string_view category;
    std::string_view applies_to;
    std::string_view source;
    std::string_view defined_in;
    std::string_view rule;
    std::string_view title;
};

const ExplainLabels& explain_labels(Language language) {
    static constexpr ExplainLabels dutch{"ernst", "categorie", "geldt voor", "bron", "gedefinieerd in", "regel",
                                         "titel"};
    static constexpr ExplainLabels english{"severity", "category", "applies to", "source", "defined in", "rule",
                                           "title"};
    return language == Language::nl ? dutch : english;
}

void explain(const RuleInfo& rule, Language language) {
    const ExplainLabels& words = explain_labels(language);
    std::vector<std::pair<std::string_view, std::string>> facts = {
        {words.severity, std::string(to_string(rule.severity))},
        {words.category, rule.category},
        {words.applies_to, std::string(labels(language).kind_name(rule.applies_to))},
        {words.source, rule.source},
        {words.defined_in, format_location(rule.file, rule.position)},
    };
    std::size_t width = 0;
    for (const auto& fact : facts) {
        width = std::max(width, fact.first.size());
    }
    std::cout << fmt::format("{}: {}\n\n", rule.id, rule_title(rule, language));
    for (const auto& [name, value] : facts) {
        std::cout << fmt::format("  {:<{}}  {}\n", name, width, value);
    }
    std::string_view explanation = rule_explanation(rule, language);
    if (!explanation.empty()) {
        std::cout << '\n' << explanation << '\n';
    }
    std::cout << '\n' << rule.text << (rule.text.ends_with('\n') ? "" : "\n");
}

void list(const std::vector<RuleInfo>& rules, Language language) {
    const ExplainLabels& words = explain_labels(language);
    std::size_t id_width = words.rule.size();
    std::size_t severity_width = words.severity.size();
    std::size_t category_width = words.category.size();
    for (const RuleInfo& rule : rules) {
        id_width = std::max(id_width, rule.id.size());
        severity_width = std::max(severity_width, to_string(rule.severity).size());
        category_width = std::max(category_width, rule.category.size());
    }
    auto row = [&](std::string_view id, std::string_view severity, std::string_view category, std::string_view title) {
        std::cout << fmt::format("{:<{}}  {:<{}}  {:<{}}  {}\n", id, id_width, severity, severity_width, category,
                                 category_width, title);
    };
    row(words.rule, words.severity, words.category, words.title);
    for (const RuleInfo& rule : rules) {
        row(rule.id, to_string(rule.severity), rule.category, rule_title(rule, language));
    }
}

}  // namespace

int run_explain(const ExplainOptions& options) {
    if (options.list == !options.rule.empty()) {
        throw UsageError("name one RULE-ID or --list");
    }
    RuleSetLoad load = load_rules(options.rules);
    if (!load.rules) {
        print_diagnostics(std::cerr, load);
        return exit_failure;
    }
    if (options.list) {
        list(load.rules->rules(), options.language);
        return exit_ok;
    }
    const RuleInfo* rule = load.rules->find(options.rule);
    if (rule == nullptr) {
        std::vector<std::string_view> ids;
        for (const RuleInfo& info : load.rules->rules()) {
            ids.push_back(info.id);
        }
        throw UsageError("unknown rule " + options.rule + check::did_you_mean(options.rule, ids));
    }
    explain(*rule, options.language);
    return exit_ok;
}

}  // namespace drieluik::cli
