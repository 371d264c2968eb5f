// libFuzzer target: arbitrary bytes as a rule file, next to the shipped tables and
// definitions (so that a rule can call what real rules call), through the parser, the
// checker and the compiler; a rule set that compiles is evaluated on every example
// document. Nothing may crash, hang or leak, whatever the input.

#include "check/check.hpp"
#include "compile/compiler.hpp"
#include "compile/embedded_rules.hpp"
#include "compile/rule_files.hpp"
#include "document/loader.hpp"
#include "eval/evaluate.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace drieluik;

// The rule set the input joins: the shipped tables and definitions, and the input itself.
constexpr std::string_view root_file = R"(ruleset "fuzz" version "1"
import "tables.rules"
import "definitions.rules"
import "input.rules"
)";

std::optional<std::string> embedded(std::string_view path) {
    for (const EmbeddedRuleFile& file : embedded_rule_files()) {
        if (file.path == path) return std::string(file.text);
    }
    return std::nullopt;
}

const std::vector<std::unique_ptr<Document>>& example_documents() {
    static const auto documents = [] {
        std::vector<std::unique_ptr<Document>> loaded;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(DRIELUIK_SOURCE_DIR "/examples")) {
            if (entry.path().extension() != ".xml") continue;
            auto result = load_document_file(entry.path().string());
            if (auto* document = std::get_if<std::unique_ptr<Document>>(&result)) loaded.push_back(std::move(*document));
        }
        return loaded;
    }();
    return documents;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const RuleFileReader read = [&input](const std::string& path) -> std::optional<std::string> {
        if (path == "ruleset.rules") return std::string(root_file);
        if (path == "input.rules") return input;
        return embedded(path);
    };
    RuleFiles files = read_rule_files(read, "ruleset.rules");
    std::vector<const syntax::ParsedFile*> parsed;
    for (const auto& file : files.files) parsed.push_back(file.get());
    check::CheckOutcome checked = check::check_rule_set(parsed);
    if (checked.has_errors || !files.diagnostics.empty()) return 0;

    const CompiledRuleSet rules = compile_rule_set(std::move(checked.rules));
    EvalOptions options;
    options.as_of = *Date::from_ymd(2026, 11, 23);
    for (const auto& document : example_documents()) static_cast<void>(evaluate(rules, *document, options));
    return 0;
}
