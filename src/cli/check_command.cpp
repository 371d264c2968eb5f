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
#include <limits>
#include <memory>
#include <optional>

namespace drieluik::cli {

namespace {

std::string profile_list(const std::vector<std::string>& profiles) {
    return profiles.empty() ? "the rule set has no profiles"
                            : fmt::format("known profiles: {}", fmt::join(profiles, ", "));
}

int exit_status(const RunSummary& summary, Severity fail_on) {
    if (summary.unreadable > 0) {
        return exit_failure;
    }
    return summary.found_at_least(fail_on) ? exit_findings : exit_ok;
}

// Standard input, up to one byte more than a document may have, so that the loader can
// tell a document that is too large without the rest ever being held in memory.
std::string read_standard_input(std::size_t max_bytes) {
    std::string bytes;
    std::size_t limit = max_bytes == std::numeric_limits<std::size_t>::max() ? max_bytes : max_bytes + 1;
    constexpr std::size_t block = 1 << 16;
    while (bytes.size() < limit && std::cin) {
        std::size_t before = bytes.size();
        bytes.resize(before + std::min(block, limit - before));
        std::cin.read(bytes.data() + before, static_cast<std::streamsize>(bytes.size() - before));
        bytes.resize(before + static_cast<std::size_t>(std::cin.gcount()));
    }
    return bytes;
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

    std::optional<AtomicFile> file;
    if (!options.output.empty()) {
        file.emplace(options.output);
        if (!file->problem().empty()) {
            std::cerr << "drieluik: error: " << file->problem() << '\n';
            return exit_failure;
        }
    }
    std::ostream& out = file ? file->stream() : std::cout;

    std::vector<DocumentInput> inputs = expand_inputs(options.paths);
    std::string standard_input;
    if (std::any_of(inputs.begin(), inputs.end(), [](const DocumentInput& input) { return input.standard_input; })) {
        standard_input = read_standard_input(options.max_bytes);
    }

    ValidationSettings settings;
    settings.rules = &rules;
    settings.options.language = options.language;
    settings.options.as_of = options.as_of.empty() ? today() : *Date::parse(options.as_of);
    settings.options.profile = options.profile;
    settings.limits.max_bytes = options.max_bytes;
    settings.limits.max_depth = options.max_depth;
    settings.jobs = options.jobs;

    RunInfo info;
    info.tool_version = std::string(version);
    info.tool_uri = std::string(home_page);
    info.as_of = settings.options.as_of;
    info.language = options.language;
    info.ruleset_name = rules.name();
    info.ruleset_version = rules.version();
    info.rules = rules.rules();

    ReportOptions report_options;
    report_options.colour = !file && colour_wanted(stdout);
    report_options.working_directory = std::filesystem::current_path();
    std::unique_ptr<ReportWriter> writer = make_report_writer(out, info, options.format, report_options);
    {
        // The report itself shows how far a run is when it streams to the same terminal.
        bool report_on_terminal = !file && is_terminal(stdout);
        Progress progress(inputs.size(),
                          inputs.size() >= Progress::threshold && is_terminal(stderr) && !report_on_terminal);
        validate_documents(
            inputs, standard_input, settings, progress,
            [&writer](const DocumentReport& report, std::size_t index) { return writer->part(report, index); },
            [&writer](DocumentPart part) { writer->add(std::move(part)); });
    }
    writer->finish();
    out.flush();
    if (file) {
        if (std::string problem = file->commit(); !problem.empty()) {
            std::cerr << "drieluik: error: " << problem << '\n';
            return exit_failure;
        }
    }
    return exit_status(writer->summary(), options.fail_on);
}

}  // namespace drieluik::cli
