#pragma once
// Reading a rule set's files: the root file and, transitively, every file it imports
// (relative to the importing file), each parsed once. Where the bytes come from is one
// function, so the rule set on disk and the one compiled into the program share all of
// this logic.

#include "base/diagnostic.hpp"
#include "compile/ruleset.hpp"
#include "syntax/parser.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace drieluik {

// The contents of the file at `path`, or nullopt when it does not exist or cannot be read.
using RuleFileReader = std::function<std::optional<std::string>(const std::string& path)>;

// Reads files from disk.
RuleFileReader disk_rule_files();

struct RuleFiles {
    std::vector<std::unique_ptr<syntax::ParsedFile>> files;  // the root first
    std::vector<Diagnostic> diagnostics;                     // missing files, import cycles
};

RuleFiles read_rule_files(const RuleFileReader& read, const std::string& root);

// Reads, checks and compiles the rule set whose root file is `root` (load_ruleset and
// load_builtin_ruleset with their readers; tests with rule files held in memory).
RuleSetLoad load_ruleset_with(const RuleFileReader& read, const std::string& root);

}  // namespace drieluik
