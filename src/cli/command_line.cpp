#include "cli/command_line.hpp"

#include "cli/check_command.hpp"
#include "cli/exit_status.hpp"
#include "cli/explain_command.hpp"
#include "cli/rules_commands.hpp"
#include "cli/usage_error.hpp"
#include "cli/version.hpp"
#include "document/loader.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <map>
#include <thread>

namespace drieluik::cli {

namespace {

const std::map<std::string, ReportFormat> formats{
    {"text", ReportFormat::text}, {"json", ReportFormat::json}, {"sarif", ReportFormat::sarif},
    {"junit", ReportFormat::junit}, {"html", ReportFormat::html},
};
const std::map<std::string, Language> languages{{"nl", Language::nl}, {"en", Language::en}};
const std::map<std::string, Severity> severities{
    {"error", Severity::error}, {"warning", Severity::warning}, {"advice", Severity::advice}};

template <typename Value>
std::vector<std::string> names(const std::map<std::string, Value>& table) {
    std::vector<std::string> result;
    result.reserve(table.size());
    for (const auto& entry : table) {
        result.push_back(entry.first);
    }
    return result;
}

// What the user typed as strings; turned into CheckOptions once CLI11 has validated them.
struct CheckArguments {
    CheckOptions options;
    std::string format = "text";
    std::string language = "nl";
    std::string fail_on = "error";
};

// The deepest subcommand the user named, and its full name ("drieluik rules lint").
std::pair<const CLI::App*, std::string> selected_command(const CLI::App& app) {
    const CLI::App* command = &app;
    std::string name = app.get_name();
    while (!command->get_subcommands().empty()) {
        command = command->get_subcommands().front();
        name += " " + command->get_name();
    }
    return {command, name};
}

int usage_failure(const CLI::App& app, const std::string& message) {
    auto [command, name] = selected_command(app);
    CLI::Formatter formatter;
    std::cerr << "drieluik: error: " << message << '\n'
              << formatter.make_usage(command, name) << "Try '" << name << " --help' for more information.\n";
    return exit_failure;
}

void add_language_option(CLI::App& command, std::string& language) {
    command.add_option("--lang", language, "Language of messages and labels: nl or en")
        ->check(CLI::IsMember(names(languages)))
        ->capture_default_str();
}

void add_rules_option(CLI::App& command, std::string& rules) {
    command.add_option("--rules", rules, "Rule set directory (holding ruleset.rules); default: the built-in set")
        ->check(CLI::ExistingDirectory)
        ->type_name("DIR");
}

void add_check(CLI::App& app, CheckArguments& arguments) {
    CLI::App* check = app.add_subcommand("check", "Validate agreements and programme applications");
    CheckOptions& options = arguments.options;
    check->add_option("PATH", options.paths, "Documents: files, folders (searched for *.xml), or - for standard input")
        ->required();
    add_rules_option(*check, options.rules);
    check->add_option("--profile", options.profile, "A profile of the rule set (for example strict)")
        ->type_name("NAME");
    check->add_option("--format", arguments.format, "Report format: text, json, sarif, junit or html")
        ->check(CLI::IsMember(names(formats)))
        ->capture_default_str();
    check->add_option("--output", options.output, "Write the report to FILE instead of standard output (through a temporary file renamed at the end)")
        ->type_name("FILE");
    add_language_option(*check, arguments.language);
    check->add_option("--fail-on", arguments.fail_on, "Lowest severity that fails the run: error, warning or advice")
        ->check(CLI::IsMember(names(severities)))
        ->capture_default_str();
    check->add_option("--as-of", options.as_of, "Validation date YYYY-MM-DD (default: today)")
        ->check([](const std::string& text) {
            return Date::parse(text) ? std::string() : "not a date YYYY-MM-DD: " + text;
        })
        ->type_name("DATE");
    options.jobs = std::max(1u, std::thread::hardware_concurrency());
    check->add_option("--jobs", options.jobs, "Documents validated in parallel (default: all cores)")
        ->check(CLI::Range(1u, 1024u))
        ->type_name("N");
    LoadLimits limits;
    options.max_bytes = limits.max_bytes;
    options.max_depth = limits.max_depth;
    check->add_option("--max-bytes", options.max_bytes, "Largest document read, in bytes")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    check->add_option("--max-depth", options.max_depth, "Deepest element nesting read")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
}

}  // namespace

int run_command_line(int argc, char** argv) {
    CLI::App app{"Validates tripartite agreements and programme applications of the Mkb-route in het hbo.",
                 "drieluik"};
    app.set_version_flag("--version", "drieluik " + std::string(version));
    app.require_subcommand(1);

    CheckArguments check_arguments;
    add_check(app, check_arguments);

    CLI::App* rules = app.add_subcommand("rules", "Work on a rule set");
    rules->require_subcommand(1);
    std::string lint_rules;
    CLI::App* lint = rules->add_subcommand("lint", "Parse and type-check a rule set and report every problem");
    add_rules_option(*lint, lint_rules);
    std::string test_rules;
    CLI::App* test = rules->add_subcommand("test", "Run a rule set's own tests");
    add_rules_option(*test, test_rules);

    ExplainOptions explain_options;
    std::string explain_language = "nl";
    CLI::App* explain = app.add_subcommand("explain", "Explain a rule: meaning, severity, source and its text");
    explain->add_option("RULE-ID", explain_options.rule, "The rule to explain");
    explain->add_flag("--list", explain_options.list, "List every rule of the set");
    add_rules_option(*explain, explain_options.rules);
    add_language_option(*explain, explain_language);

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& success) {
        return app.exit(success);  // --help, --version
    } catch (const CLI::ParseError& error) {
        return usage_failure(app, error.what());
    }

    try {
        if (app.got_subcommand(app.get_subcommand("check"))) {
            CheckOptions options = check_arguments.options;
            options.format = formats.at(check_arguments.format);
            options.language = languages.at(check_arguments.language);
            options.fail_on = severities.at(check_arguments.fail_on);
            return run_check(options);
        }
        if (lint->parsed()) {
            return run_rules_lint(lint_rules);
        }
        if (test->parsed()) {
            return run_rules_test(test_rules);
        }
        explain_options.language = languages.at(explain_language);
        return run_explain(explain_options);
    } catch (const UsageError& error) {
        return usage_failure(app, error.what());
    } catch (const std::exception& error) {
        std::cerr << "drieluik: error: " << error.what() << '\n';
        return exit_failure;
    }
}

}  // namespace drieluik::cli
