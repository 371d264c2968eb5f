// Rule sets as a whole: profiles (raise, lower, switch off), imports relative to the
// importing file, rule metadata, the shipped rule set, and evaluation from many threads.

#include "engine_support.hpp"

#include <thread>

namespace drieluik::test {

namespace {

std::string three_rules() {
    RuleText advice;
    advice.id = "T-ADVICE";
    advice.clauses = "  require false";
    advice.severity = "advice";
    RuleText warning;
    warning.id = "T-WARNING";
    warning.clauses = "  require false";
    warning.severity = "warning";
    return rule("T-ERROR", "  require false") + rule(advice) + rule(warning) +
           "profile strict\n  T-ADVICE severity error\n  T-WARNING off\nend\n"
           "profile relaxed\n  T-ERROR severity advice\nend\n";
}

std::vector<std::pair<std::string, Severity>> severities(const DocumentResult& result) {
    std::vector<std::pair<std::string, Severity>> out;
    for (const Finding& f : result.findings) out.emplace_back(f.rule, f.severity);
    return out;
}

}  // namespace

TEST_CASE("profiles raise, lower and switch off rules") {
    const auto rules = compile_rules(three_rules());
    CHECK(rules->profiles() == std::vector<std::string>{"strict", "relaxed"});
    CHECK(rules->profile_index("relaxed") == 1u);
    CHECK_FALSE(rules->profile_index("lenient").has_value());
    const auto document = agreement();

    const DocumentResult plain = run(*rules, *document);
    CHECK(severities(plain) == std::vector<std::pair<std::string, Severity>>{
                                   {"T-ADVICE", Severity::advice}, {"T-ERROR", Severity::error},
                                   {"T-WARNING", Severity::warning}});

    const DocumentResult strict = run(*rules, *document, Language::nl, "strict");
    CHECK(severities(strict) == std::vector<std::pair<std::string, Severity>>{{"T-ADVICE", Severity::error},
                                                                              {"T-ERROR", Severity::error}});
    CHECK(strict.evaluated == std::vector<std::string_view>{"T-ADVICE", "T-ERROR"});

    const DocumentResult relaxed = run(*rules, *document, Language::nl, "relaxed");
    CHECK(severities(relaxed) == std::vector<std::pair<std::string, Severity>>{
                                     {"T-ADVICE", Severity::advice}, {"T-ERROR", Severity::advice},
                                     {"T-WARNING", Severity::warning}});

    CHECK_THROWS_AS(run(*rules, *document, Language::nl, "lenient"), std::invalid_argument);
}

TEST_CASE("imports are read relative to the importing file, each once") {
    const RuleSetLoad load = compile_files({
        {"test.rules", "ruleset \"test\" version \"1\"\nimport \"lib/wage.rules\"\nimport \"lib/share.rules\"\n" +
                           rule("T-WAGE", "  require employment.salary >= minimum * 160")},
        {"lib/wage.rules", "import \"share.rules\"\ndefine minimum = round(wage(employment.startDate) * share(21), 2)\n"
                           "table wage by date: money\n  from 2024-01-01: € 13.27\nend\n"},
        {"lib/share.rules", "table share by integer: decimal\n  from 0: 30%\n  from 21: 100%\nend\n"},
    });
    INFO(rendered(load));
    REQUIRE(load.rules != nullptr);
    CHECK(load.diagnostics.empty());
    CHECK(load.rules->name() == "test");
    CHECK(load.rules->version() == "1");
    std::vector<std::string> read;
    for (const SourceText& source : load.sources) read.push_back(source.name());
    CHECK(read == std::vector<std::string>{"test.rules", "lib/wage.rules", "lib/share.rules"});
    const DocumentResult result = run(*load.rules, *agreement({{">2450.00<", ">2000.00<"}}));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule == "T-WAGE");
}

TEST_CASE("a missing import is reported where it is imported") {
    const RuleSetLoad load = compile_files({{"test.rules", "# tables\nimport \"tables.rules\"\n"}});
    CHECK(load.rules == nullptr);
    CHECK(rendered(load) ==
          "test.rules:2:1: error: cannot find the imported file 'tables.rules' (looked for tables.rules)\n"
          "import \"tables.rules\"\n"
          "^\n");
}

TEST_CASE("a rule set that does not exist is reported") {
    const RuleSetLoad load = load_ruleset("tests/engine/data/no-such-directory");
    CHECK(load.rules == nullptr);
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].file == "tests/engine/data/no-such-directory/ruleset.rules");
    CHECK(load.diagnostics[0].message ==
          "cannot read the rule set: tests/engine/data/no-such-directory/ruleset.rules does not exist or is not readable");
}

TEST_CASE("rule metadata keeps what explain needs") {
    RuleText r;
    r.id = "T-META";
    r.clauses = "  require true";
    const std::string text = "# first line\n" + rule("T-ZZZ", "  require true") + rule(r);
    const auto rules = compile_rules(text);
    REQUIRE(rules->rules().size() == 2);
    const RuleInfo* info = rules->find("T-META");
    REQUIRE(info != nullptr);
    CHECK(info == &rules->rules()[0]);
    CHECK(rules->find("T-NONE") == nullptr);
    CHECK(info->severity == Severity::error);
    CHECK(info->category == "test");
    CHECK(info->source == "test");
    CHECK(info->title_nl == "titel");
    CHECK(info->title_en == "title");
    CHECK(info->applies_to == DocumentKind::agreement);
    CHECK(info->file == "test.rules");
    CHECK(info->position == position_of(text, "rule T-META"));
    CHECK(info->text.starts_with("rule T-META\n  severity error"));
    CHECK(info->text.find("message en \"wrong\"") != std::string::npos);
}

TEST_CASE("the shipped rule set loads the same from disk and from the program") {
    const RuleSetLoad disk = load_ruleset("rules");
    const RuleSetLoad builtin = load_builtin_ruleset();
    INFO(rendered(disk));
    REQUIRE(disk.rules != nullptr);
    REQUIRE(builtin.rules != nullptr);
    CHECK(disk.rules->rules().size() == 50);
    CHECK(builtin.rules->rules().size() == disk.rules->rules().size());
    for (std::size_t i = 0; i < disk.rules->rules().size(); ++i) {
        CHECK(builtin.rules->rules()[i].id == disk.rules->rules()[i].id);
        CHECK(builtin.rules->rules()[i].file == disk.rules->rules()[i].file);
        CHECK(builtin.rules->rules()[i].text == disk.rules->rules()[i].text);
    }
    CHECK(disk.rules->rules().front().file.starts_with("rules/"));
}

TEST_CASE("one compiled rule set is evaluated from many threads at once") {
    const auto rules = compile_rules(rule("T-EACH",
                                          "  for each y in schedule.year\n"
                                          "  let total = y.workDays + y.schoolDays + (y.otherDays otherwise 0)\n"
                                          "  require total <= 4",
                                          "year = y.n") +
                                     rule("T-SUM", "  require (sum i in costs.item: i.amount) < 100"));
    const auto document = agreement();
    const DocumentResult expected = run(*rules, *document);
    REQUIRE(expected.findings.size() == 3);
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                const DocumentResult result = run(*rules, *document);
                bool same = result.findings.size() == expected.findings.size();
                for (std::size_t f = 0; same && f < result.findings.size(); ++f)
                    same = result.findings[f].path == expected.findings[f].path &&
                           result.findings[f].evidence.size() == expected.findings[f].evidence.size();
                if (!same) ++mismatches[static_cast<std::size_t>(t)];
            }
        });
    }
    for (std::thread& thread : threads) thread.join();
    CHECK(mismatches == std::vector<int>(4, 0));
}

}  // namespace drieluik::test
