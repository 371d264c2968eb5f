#pragma once
// Helpers of the engine tests: rule sets written inline (held in memory, imports
// included), the test documents of tests/engine/data with small edits, and exact
// positions looked up in their text rather than counted by hand.

#include "compile/rule_files.hpp"
#include "compile/ruleset.hpp"
#include "document/loader.hpp"
#include "eval/evaluate.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace drieluik::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot read " << path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Rule files in memory: the root is "test.rules".
inline RuleSetLoad compile_files(std::map<std::string, std::string> files) {
    const RuleFileReader read = [files = std::move(files)](const std::string& path) -> std::optional<std::string> {
        auto it = files.find(path);
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    return load_ruleset_with(read, "test.rules");
}

inline std::string rendered(const RuleSetLoad& load) {
    std::string out;
    for (const Diagnostic& diagnostic : load.diagnostics) {
        const SourceText* source = nullptr;
        for (const SourceText& s : load.sources)
            if (s.name() == diagnostic.file) source = &s;
        out += render(diagnostic, source);
    }
    return out;
}

// A rule set that must compile without errors (warnings are allowed).
inline std::shared_ptr<const CompiledRuleSet> compile_rules(const std::string& text) {
    RuleSetLoad load = compile_files({{"test.rules", text}});
    INFO(rendered(load));
    REQUIRE(load.rules != nullptr);
    return load.rules;
}

// A rule of the test: `clauses` are its for each .. at lines, `with` its extra bindings.
struct RuleText {
    std::string id = "T-RULE";
    std::string clauses;
    std::string with;
    std::string message_nl = "fout";
    std::string message_en = "wrong";
    std::string severity = "error";
    std::string kind = "agreement";
};

inline std::string rule(const RuleText& r) {
    std::string text = "rule " + r.id + "\n  severity " + r.severity +
                       "\n  category test\n  source \"test\"\n  title nl \"titel\" en \"title\"\n  applies to " +
                       r.kind + "\n" + r.clauses + "\n  message nl \"" + r.message_nl + "\"\n  message en \"" +
                       r.message_en + "\"\n";
    if (!r.with.empty()) text += "  with " + r.with + "\n";
    return text;
}

inline std::string rule(std::string id, std::string clauses, std::string with = {}) {
    RuleText r;
    r.id = std::move(id);
    r.clauses = std::move(clauses);
    r.with = std::move(with);
    return rule(r);
}

struct Edit {
    std::string from;
    std::string to;
};

// The test document at `path` with each edit's text replaced (it must occur exactly once).
inline std::string edited(const std::string& path, const std::vector<Edit>& edits) {
    std::string text = read_file(path);
    for (const Edit& edit : edits) {
        const auto at = text.find(edit.from);
        REQUIRE_MESSAGE(at != std::string::npos, "not in " << path << ": " << edit.from);
        REQUIRE_MESSAGE(text.find(edit.from, at + 1) == std::string::npos, "more than once in " << path << ": " << edit.from);
        text.replace(at, edit.from.size(), edit.to);
    }
    return text;
}

inline constexpr const char* agreement_path = "tests/engine/data/agreement.xml";

inline std::unique_ptr<Document> load(const std::string& name, const std::string& text) {
    LoadResult result = load_document(name, text);
    if (auto* failure = std::get_if<LoadFailure>(&result)) {
        for (const Diagnostic& error : failure->errors) MESSAGE(render(error, nullptr));
        FAIL("the test document does not load");
    }
    return std::move(std::get<std::unique_ptr<Document>>(result));
}

inline std::unique_ptr<Document> agreement(const std::vector<Edit>& edits = {}) {
    return load(agreement_path, edited(agreement_path, edits));
}

// 1-based line and column (in code points) of the n-th occurrence of `needle` in `text`.
inline Position position_of(const std::string& text, const std::string& needle, int occurrence = 1) {
    std::size_t at = std::string::npos;
    for (int i = 0; i < occurrence; ++i) {
        at = text.find(needle, at == std::string::npos ? 0 : at + 1);
        REQUIRE_MESSAGE(at != std::string::npos, "not found: " << needle);
    }
    Position p{1, 1};
    for (std::size_t i = 0; i < at; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

inline Date date(std::string_view text) { return *Date::parse(text); }

inline DocumentResult run(const CompiledRuleSet& rules, const Document& document, Language language = Language::nl,
                          std::string profile = {}) {
    EvalOptions options;
    options.language = language;
    options.as_of = date("2026-11-23");
    options.profile = std::move(profile);
    return evaluate(rules, document, options);
}

// The evidence `name` of the only finding, or "<none>".
inline std::string evidence(const DocumentResult& result, const std::string& name) {
    REQUIRE(result.findings.size() == 1);
    for (const Evidence& e : result.findings[0].evidence)
        if (e.name == name) return e.value;
    return "<none>";
}

// The value of `expression` on the test agreement (edited), formatted in English as
// evidence; "<absent>" when it has none.
inline std::string value_of(const std::string& expression, const std::vector<Edit>& edits = {},
                            const std::string& declarations = {}) {
    auto rules = compile_rules(declarations + rule("T-VALUE", "  let v = " + expression + "\n  require false"));
    const DocumentResult result = run(*rules, *agreement(edits), Language::en);
    const std::string value = evidence(result, "v");
    return value == "<none>" ? "<absent>" : value;
}

// Whether `condition` holds on the test agreement: "true", "false" or "undecided: reason".
inline std::string holds(const std::string& condition, const std::vector<Edit>& edits = {},
                         const std::string& declarations = {}) {
    auto rules = compile_rules(declarations + rule("T-HOLDS", "  require " + condition));
    const DocumentResult result = run(*rules, *agreement(edits), Language::en);
    if (!result.undecided.empty()) return "undecided: " + result.undecided[0].reason;
    return result.findings.empty() ? "true" : "false";
}

}  // namespace drieluik::test
