#include "cli/document_validation.hpp"
#include "cli/exit_status.hpp"
#include "cli/rule_expectations.hpp"
#include "cli/ruleset_loading.hpp"
#include "cli/rules_commands.hpp"

#include "compile/embedded_rules.hpp"
#include "document/encoding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>

namespace drieluik::cli {

namespace {

namespace fs = std::filesystem;

struct TestFile {
    std::string name;   // as reported
    std::string bytes;
};

std::vector<TestFile> tests_on_disk(const std::string& directory) {
    std::vector<TestFile> files;
    fs::path folder = fs::path(directory) / "tests";
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        return files;
    }
    for (fs::recursive_directory_iterator it(folder, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
        if (it->path().extension() == ".xml" && it->is_regular_file()) {
            std::ifstream stream(it->path(), std::ios::binary);
            files.push_back({it->path().string(), std::string(std::istreambuf_iterator<char>(stream), {})});
        }
    }
    std::sort(files.begin(), files.end(), [](const TestFile& a, const TestFile& b) { return a.name < b.name; });
    return files;
}

bool is_embedded_test(const EmbeddedRuleFile& file) {
    return file.path.starts_with("tests/") && file.path.ends_with(".xml");
}

std::vector<TestFile> embedded_tests() {
    std::vector<TestFile> files;
    for (const EmbeddedRuleFile& file : embedded_rule_files()) {
        if (is_embedded_test(file)) {
            files.push_back({std::string(file.path), std::string(file.text)});
        }
    }
    return files;
}

// A template that a built-in test document names, served from the embedded files: the
// path is resolved against the embedded document's name ("tests/programme/x.xml").
LoadResult embedded_template(const std::string& path, const LoadLimits& limits) {
    std::string normal = fs::path(path).lexically_normal().generic_string();
    for (const EmbeddedRuleFile& file : embedded_rule_files()) {
        if (file.path == normal) {
            return load_document(normal, file.text, limits);
        }
    }
    return LoadFailure{};  // without errors: the template does not exist
}

class RuleTestRun {
public:
    explicit RuleTestRun(const CompiledRuleSet& rules) {
        for (const RuleInfo& rule : rules.rules()) {
            ids_.push_back(rule.id);
        }
        std::sort(ids_.begin(), ids_.end());
    }

    void run(const TestFile& file, const ValidationSettings& base_settings) {
        SourceText text = decoded(file);
        TestInstructions instructions = read_test_instructions(text);
        for (const Diagnostic& problem : instructions.problems) {
            fail(problem);
        }
        for (const Expectation& expectation : instructions.expectations) {
            (expectation.kind == ExpectationKind::finding ? fires_ : holds_).insert(expectation.rule);
        }

        ValidationSettings settings = base_settings;
        settings.options.as_of = instructions.as_of;
        DocumentReport report = validate_document(file.name, &file.bytes, settings);
        if (report.status == DocumentStatus::unreadable) {
            for (const Diagnostic& error : report.errors) {
                fail({DiagnosticLevel::error, report.file_of(error), error.position,
                      "the test document cannot be read: " + error.message, {}});
            }
            return;
        }
        TestOutcome outcome = check_expectations(file.name, instructions, report.result, ids_);
        passed_ += outcome.passed;
        for (const Diagnostic& failure : outcome.failures) {
            fail(failure);
        }
    }

    int finish() {
        std::vector<std::string> untested;
        for (const std::string& id : ids_) {
            if (fires_.count(id) == 0 || holds_.count(id) == 0) {
                untested.push_back(id);
            }
        }
        std::cout << fmt::format("coverage: {}/{} rules tested both ways\n", ids_.size() - untested.size(),
                                 ids_.size());
        for (const std::string& id : untested) {
            bool fires = fires_.count(id) > 0;
            bool holds = holds_.count(id) > 0;
            std::cout << fmt::format("  {}: no test where it {}\n", id,
                                     !fires && !holds ? "reports or where it holds" : fires ? "holds" : "reports");
            ++failed_;
        }
        std::cout << fmt::format("{} passed, {} failed\n", passed_, failed_);
        return failed_ == 0 ? exit_ok : exit_failure;
    }

private:
    static SourceText decoded(const TestFile& file) {
        auto decoded = decode_document(file.bytes);
        auto* text = std::get_if<DecodedText>(&decoded);
        return SourceText(file.name, text != nullptr ? std::move(text->utf8) : std::string());
    }

    void fail(const Diagnostic& failure) {
        std::cout << render(failure, nullptr);
        ++failed_;
    }

    std::vector<std::string> ids_;
    std::set<std::string> fires_;
    std::set<std::string> holds_;
    std::size_t passed_ = 0;
    std::size_t failed_ = 0;
};

}  // namespace

int run_rules_test(const std::string& directory) {
    RuleSetLoad load = load_rules(directory);
    if (!load.rules) {
        print_diagnostics(std::cerr, load);
        return exit_failure;
    }
    ValidationSettings settings;
    settings.rules = load.rules.get();
    settings.options.language = Language::nl;
    if (directory.empty()) {
        settings.load_template = [limits = settings.limits](const std::string& path) {
            return embedded_template(path, limits);
        };
    }
    RuleTestRun run(*load.rules);
    for (const TestFile& file : directory.empty() ? embedded_tests() : tests_on_disk(directory)) {
        run.run(file, settings);
    }
    return run.finish();
}

}  // namespace drieluik::cli
