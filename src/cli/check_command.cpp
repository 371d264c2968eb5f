#include "cli/check_command.hpp"

#include "cli/atomic_file.hpp"
#include "cli/document_validation.hpp"
#include "cli/exit_status.hpp"
#include "cli/ruleset_loading.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "cli/usage_error.hpp"
#include "cli/version.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

namespace drieluik::cli {

namespace {

std::string profile_list(const std::vector<std::string>& profiles) {
    return profiles.empty() ? "the rule set has no profiles"
                            : fmt::format("known profiles: {}", fmt::join(profiles, ", "));
}

int exit_status(const Run& run, Severity fail_on) {
    bool failed = false;
    for (const DocumentReport& document : run.documents) {
        if (document.status == DocumentStatus::unreadable) {
            return exit_failure;
        }
        failed = failed || std::any_of(document.result.findings.begin(), document.result.findings.end(),
                                       [fail_on](const Finding& finding) { return finding.severity <= fail_on; });
    }
    return failed ? exit_findings : exit_ok;
}

}  // namespace

int run_check(const CheckOptions& options) {
    RuleSetLoad load = load_rules(options.rules);
    if (!load.rules) {
        print_diagnostics(std::cerr, load);
        std::cerr << "drieluik: error: "
                  << (options.rules.empty() ? std::string("the built-in rule set") : "the rule set in " + options.rules)
                  << " has errors\n";
        return exit_failure;
    }
    const CompiledRuleSet& rules = *load.rules;
    const std::vector<std::string>& profiles = rules.profiles();
    if (!options.profile.empty() && std::find(profiles.begin(), profiles.end(), options.profile) == profiles.end()) {
        throw UsageError("--profile: unknown profile " + options.profile + "; " + profile_list(profiles));
    }

    std::vector<DocumentInput> inputs = expand_inputs(options.paths);
    std::string standard_input;
    if (std::any_of(inputs.begin(), inputs.end(), [](const DocumentInput& input) { return input.standard_input; })) {
        standard_input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    }

    ValidationSettings settings;
    settings.rules = &rules;
    settings.options.language = options.language;
    settings.options.as_of = options.as_of.empty() ? today() : *Date::parse(options.as_of);
    settings.options.profile = options.profile;
    settings.limits.max_bytes = options.max_bytes;
    settings.limits.max_depth = options.max_depth;
    settings.jobs = options.jobs;

    Run run;
    run.tool_version = std::string(version);
    run.tool_uri = std::string(home_page);
    run.as_of = settings.options.as_of;
    run.language = options.language;
    run.ruleset_name = rules.name();
    run.ruleset_version = rules.version();
    run.rules = rules.rules();
    {
        Progress progress(inputs.size(), inputs.size() >= Progress::threshold && is_terminal(stderr));
        run.documents = validate_documents(inputs, standard_input, settings, progress);
    }

    ReportOptions report_options;
    report_options.colour = options.output.empty() && colour_wanted(stdout);
    report_options.working_directory = std::filesystem::current_path();
    std::ostringstream report;
    write_report(report, run, options.format, report_options);
    if (options.output.empty()) {
        std::cout << report.str() << std::flush;
    } else if (std::string problem = write_file_atomically(options.output, report.str()); !problem.empty()) {
        std::cerr << "drieluik: error: " << problem << '\n';
        return exit_failure;
    }
    return exit_status(run, options.fail_on);
}

}  // namespace drieluik::cli
