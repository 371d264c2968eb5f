// The examples of the language definition and the README parse without diagnostics.
// They are read from grammar/drieluik.ebnf and README.md themselves, so that the
// documents stay honest.

#include "syntax_test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

using drieluik::syntax::test::diagnostics_of;
using drieluik::syntax::test::read_file;

namespace {

// The text after each line that is only "example:", up to the end of its comment block.
std::vector<std::string> ebnf_examples(const std::string& ebnf) {
    std::vector<std::string> examples;
    std::size_t line_start = 0;
    while (line_start < ebnf.size()) {
        std::size_t line_end = ebnf.find('\n', line_start);
        if (line_end == std::string::npos) line_end = ebnf.size();
        std::string_view line(ebnf.data() + line_start, line_end - line_start);
        line.remove_prefix(std::min(line.find_first_not_of(' '), line.size()));
        if (line == "example:") {
            const std::size_t end = ebnf.find("*)", line_end);
            if (end == std::string::npos) break;
            examples.push_back(ebnf.substr(line_end, end - line_end));
            line_end = end;
        }
        line_start = line_end + 1;
    }
    return examples;
}

// The contents of the ```drieluik fenced blocks.
std::vector<std::string> fenced_blocks(const std::string& markdown) {
    const std::string open = "```drieluik\n";
    std::vector<std::string> blocks;
    std::size_t at = 0;
    while ((at = markdown.find(open, at)) != std::string::npos) {
        const std::size_t start = at + open.size();
        const std::size_t end = markdown.find("```", start);
        if (end == std::string::npos) break;
        blocks.push_back(markdown.substr(start, end - start));
        at = end + 3;
    }
    return blocks;
}

}  // namespace

TEST_CASE("the example of the EBNF parses, into the tree it means") {
    const std::string ebnf = read_file("grammar/drieluik.ebnf");
    REQUIRE(!ebnf.empty());
    const auto examples = ebnf_examples(ebnf);
    REQUIRE(examples.size() == 1);
    const auto parsed = drieluik::syntax::parse_rules("grammar/drieluik.ebnf", examples.front());
    CHECK(diagnostics_of(parsed) == "");
    CHECK(drieluik::syntax::print(parsed.file) ==
          "(ruleset \"mkb-route\" (version \"2026.11\"))\n"
          "(import \"tables.rules\")\n"
          "(define nominal_years (if (= programme.level associate-degree) 2 "
          "(if (= programme.level bachelor) 4 0)))\n"
          "(function minimum_hourly_wage ((on date) (years integer)) money "
          "(call round (* (call minimum_wage_21 on) (call youth_share years)) 2))\n"
          "(table youth_share (by integer) decimal (from 0 (percent 30)) "
          "(from 16 (percent 34.5)) (from 21 (percent 100)))\n"
          "(rule DUR-PROBATION (severity error) (category duration) (source \"BW 7:652\") "
          "(title nl \"Proeftijd te lang\" en \"Probation too long\") "
          "(explain nl \"Een proeftijd mag niet langer zijn dan de wet toestaat.\" "
          "en \"A probation period may not exceed the statutory maximum.\") "
          "(applies-to agreement) "
          "(when (or (= employment.contractType indefinite) (call exists employment.endDate))) "
          "(let months (call months_between employment.startDate "
          "(+ employment.endDate (days 1)))) "
          "(let allowed (if (or (= employment.contractType indefinite) (>= months 24)) 2 "
          "(if (> months 6) 1 0))) "
          "(require (<= employment.probationMonths allowed)) (at employment.probationMonths) "
          "(message nl \"Proeftijd van {probation, plural, one {# maand} other {# maanden}}; "
          "toegestaan is hoogstens {allowed}.\" "
          "en \"Probation of {probation, plural, one {# month} other {# months}}; "
          "at most {allowed} allowed.\") "
          "(with (probation employment.probationMonths)))\n"
          "(profile strict (DUR-NOMINAL warning) (SUP-TRAINED off))\n");
}

TEST_CASE("every drieluik block of the README parses") {
    if (!std::filesystem::exists("README.md")) return;
    const auto blocks = fenced_blocks(read_file("README.md"));
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        CAPTURE(i);
        const auto parsed = drieluik::syntax::parse_rules("README.md", blocks[i]);
        CHECK(diagnostics_of(parsed) == "");
        CHECK(!parsed.file.items.empty());
    }
}
