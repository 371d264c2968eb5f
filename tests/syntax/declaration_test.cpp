// Parse trees of the top-level items: ruleset header, import, define, function, table,
// rule (every clause) and profile.

#include "syntax_test_support.hpp"

#include <doctest/doctest.h>

using drieluik::syntax::test::only_error;
using drieluik::syntax::test::tree;

TEST_CASE("ruleset header and import") {
    CHECK(tree(R"(ruleset "mkb-route" version "2026.11")") ==
          "(ruleset \"mkb-route\" (version \"2026.11\"))\n");
    CHECK(tree(R"(import "tables.rules")") == "(import \"tables.rules\")\n");
}

TEST_CASE("define") {
    CHECK(tree("define nominal_years =\n  if programme.level = associate-degree then 2\n"
               "  else if programme.level = bachelor then 4\n  else 0") ==
          "(define nominal_years (if (= programme.level associate-degree) 2 "
          "(if (= programme.level bachelor) 4 0)))\n");
}

TEST_CASE("functions with and without parameters, of every type") {
    CHECK(tree("function minimum_hourly_wage(on: date, years: integer): money =\n"
               "  round(minimum_wage_21(on) * youth_share(years), 2)") ==
          "(function minimum_hourly_wage ((on date) (years integer)) money "
          "(call round (* (call minimum_wage_21 on) (call youth_share years)) 2))\n");
    CHECK(tree("function start(): date = programme.startDate") ==
          "(function start () date programme.startDate)\n");
    CHECK(tree("function f(a: boolean, b: decimal, c: text, d: money): boolean = a") ==
          "(function f ((a boolean) (b decimal) (c text) (d money)) boolean a)\n");
}

TEST_CASE("tables by date and by integer") {
    CHECK(tree("table minimum_wage_21 by date: money\n"
               "  from 2025-01-01: € 13.68\n"
               "  from 2025-07-01: 14.06 EUR\n"
               "end") ==
          "(table minimum_wage_21 (by date) money (from (date 2025-01-01) (money 13.68)) "
          "(from (date 2025-07-01) (money 14.06)))\n");
    CHECK(tree("table youth_share by integer: decimal\n"
               "  from 0: 30%\n  from 16: 34.5%\n  from 21: 100%\nend") ==
          "(table youth_share (by integer) decimal (from 0 (percent 30)) "
          "(from 16 (percent 34.5)) (from 21 (percent 100)))\n");
    CHECK(tree("table flags by integer: boolean from 1: true from 2: \"x\" end") ==
          "(table flags (by integer) boolean (from 1 true) (from 2 \"x\"))\n");
    CHECK(tree("table empty by integer: text end") == "(table empty (by integer) text)\n");
}

TEST_CASE("profiles with overrides") {
    CHECK(tree("profile strict\n  DUR-NOMINAL severity warning\n  SUP-TRAINED off\n"
               "  ELIG-HAVO severity error\n  X1 severity advice\nend") ==
          "(profile strict (DUR-NOMINAL warning) (SUP-TRAINED off) (ELIG-HAVO error) "
          "(X1 advice))\n");
    CHECK(tree("profile lenient end") == "(profile lenient)\n");
}

namespace {

const char* const minimal_rule = R"(rule ELIG-FORM
  severity error
  category eligibility
  source "criteria"
  title nl "Voltijd" en "Full-time"
  applies to programme
  require programme.form != full-time
  message nl "Voltijd kan niet."
  message en "Full-time is not possible."
)";

}  // namespace

TEST_CASE("a rule with only the clauses it must have") {
    CHECK(tree(minimal_rule) ==
          "(rule ELIG-FORM (severity error) (category eligibility) (source \"criteria\") "
          "(title nl \"Voltijd\" en \"Full-time\") (applies-to programme) "
          "(require (!= programme.form full-time)) "
          "(message nl \"Voltijd kan niet.\" en \"Full-time is not possible.\"))\n");
}

TEST_CASE("a rule with every clause") {
    const char* const text = R"(rule ELIG-WORK-EVERY-YEAR
  severity warning
  category eligibility
  source "criteria, handreiking"
  title nl "Werken in elk studiejaar" en "Work in every study year"
  explain nl "Elk jaar werken." en "Work every year."
  applies to agreement
  for each y in schedule.year
  let first = y.n = 1
  let model = programme.workModel
  when not (first and model = gradual)
  let days = y.workDays
  require days >= 1
  at y.workDays
  message nl "Jaar {year} heeft {days} werkdagen."
  message en "Year {year} has {days} work days."
  with year = y.n, days_text = days otherwise 0
)";
    CHECK(tree(text) ==
          "(rule ELIG-WORK-EVERY-YEAR (severity warning) (category eligibility) "
          "(source \"criteria, handreiking\") "
          "(title nl \"Werken in elk studiejaar\" en \"Work in every study year\") "
          "(explain nl \"Elk jaar werken.\" en \"Work every year.\") (applies-to agreement) "
          "(for-each y schedule.year) (let first (= y.n 1)) (let model programme.workModel) "
          "(when (not (and first (= model gradual)))) (let days y.workDays) "
          "(require (>= days 1)) (at y.workDays) "
          "(message nl \"Jaar {year} heeft {days} werkdagen.\" en \"Year {year} has {days} work days.\") "
          "(with (year y.n) (days_text (otherwise days 0))))\n");
}

TEST_CASE("lets before and after when stay apart") {
    const auto parsed = drieluik::syntax::parse_rules("t.rules", R"(rule R
  severity advice category c source "s" title nl "t" en "t" applies to agreement
  let a = 1
  let b = 2
  when a < b
  let c = 3
  require c > a
  message nl "n" message en "e")");
    REQUIRE(parsed.diagnostics.empty());
    const auto& rule = boost::get<drieluik::ast::Rule>(parsed.file.items.front());
    REQUIRE(rule.lets_before_when.size() == 2);
    CHECK(rule.lets_before_when[1].name.text == "b");
    REQUIRE(rule.lets_after_when.size() == 1);
    CHECK(rule.lets_after_when[0].name.text == "c");
    CHECK(rule.severity == drieluik::ast::Severity::advice);
    CHECK(rule.category.text == "c");
}

TEST_CASE("clause keywords other than the reserved words are names in expressions") {
    CHECK(tree(R"(rule R severity error category c source "s" title nl "t" en "t"
  applies to agreement
  let from = employment.startDate
  let to = employment.endDate
  require from < to at from
  message nl "n" message en "e" with at = to, with = from)") ==
          "(rule R (severity error) (category c) (source \"s\") (title nl \"t\" en \"t\") "
          "(applies-to agreement) (let from employment.startDate) (let to employment.endDate) "
          "(require (< from to)) (at from) (message nl \"n\" en \"e\") (with (at to) (with from)))\n");
}

TEST_CASE("items in any order, each on its own line of the printed file") {
    CHECK(tree("import \"a.rules\"\ndefine x = 1\nprofile p end\nimport \"b.rules\"") ==
          "(import \"a.rules\")\n(define x 1)\n(profile p)\n(import \"b.rules\")\n");
    CHECK(tree("") == "");
    CHECK(tree("# only a comment\n\n") == "");
}

TEST_CASE("CRLF line ends are white space") {
    CHECK(tree("define x = 1 # one\r\ndefine y = \"two\"\r\n") == "(define x 1)\n(define y \"two\")\n");
    CHECK(only_error("define x = 1\r\n)\r\n") ==
          "2:1: expected a declaration (rule, define, function, table, profile, import or "
          "ruleset) but found \")\"");
}

TEST_CASE("a byte order mark is skipped") {
    CHECK(tree("\xEF\xBB\xBF" "define x = 1") == "(define x 1)\n");
}

TEST_CASE("missing and misspelt parts of declarations") {
    CHECK(only_error("rule dur-x") ==
          "1:6: expected a rule id such as DUR-PROBATION but found \"dur-x\"");
    CHECK(only_error("rule DURx") ==
          "1:6: expected a rule id such as DUR-PROBATION but found \"DURx\"");
    CHECK(only_error("rule R severity fatal") ==
          "1:17: expected a severity (error, warning or advice) but found \"fatal\"");
    CHECK(only_error("rule R severity error category c source \"s\" title \"t\"") ==
          "1:51: expected \"nl\" but found a string");
    CHECK(only_error("rule R severity error category c source \"s\" title nl \"t\" en \"t\" "
                     "applies to document") ==
          "1:76: expected \"agreement\" or \"programme\" but found \"document\"");
    CHECK(only_error("function f(x: number): date = x") ==
          "1:15: expected a type (boolean, integer, decimal, money, date or text) but found "
          "\"number\"");
    CHECK(only_error("function f(x date): date = x") == "1:14: expected \":\" but found \"date\"");
    CHECK(only_error("table t by text: money end") ==
          "1:12: expected \"date\" or \"integer\" but found \"text\"");
    CHECK(only_error("table t by date: money from 2025-01-01 € 1.00 end") ==
          "1:40: expected \":\" but found \"€\"");
    CHECK(only_error("table t by date: money from x: 1 end") ==
          "1:29: expected a value such as 2025-09-01, € 13.27, 30%, 1.5, 12 or \"text\" but "
          "found \"x\"");
    CHECK(only_error("profile p DUR-X severe end") ==
          "1:17: expected \"severity\" or \"off\" but found \"severe\"");
    CHECK(only_error("profile p dur-x off end") == "1:11: expected \"end\" but found \"dur-x\"");
    CHECK(only_error("ruleset \"x\"") == "1:12: expected \"version\" but found end of file");
    CHECK(only_error("import tables") == "1:8: expected a string but found \"tables\"");
    CHECK(only_error("define x 1") == "1:10: expected \"=\" but found \"1\"");
    CHECK(only_error("defin x = 1") ==
          "1:1: expected a declaration (rule, define, function, table, profile, import or "
          "ruleset) but found \"defin\"");
    CHECK(only_error("define x = €") ==
          "1:13: expected an amount such as € 13.27 but found end of file");
    CHECK(only_error("define x = f(a,)") == "1:15: expected \")\" but found \",\"");
    CHECK(only_error("define x = [a b]") == "1:15: expected \"]\" but found \"b\"");
    CHECK(only_error("define x = a.") == "1:14: expected a name but found end of file");
    CHECK(only_error("define x = if a then b") == "1:23: expected \"else\" but found end of file");
    CHECK(only_error("define x = every y in ys y") == "1:26: expected \":\" but found \"y\"");
    CHECK(only_error("define x = find y in ys: y") == "1:24: expected \"where\" but found \":\"");
    CHECK(only_error("define x = a not b") == "1:18: expected \"in\" but found \"b\"");
    CHECK(only_error("define x = (a") == "1:14: expected \")\" but found end of file");
    CHECK(only_error("define x = 1 # comment\n\n   )") ==
          "3:4: expected a declaration (rule, define, function, table, profile, import or "
          "ruleset) but found \")\"");
}

TEST_CASE("strings end on their line and know two escapes") {
    CHECK(only_error("import \"a\nb\"") ==
          "1:8: unterminated string: expected '\"' before the end of the line");
    CHECK(only_error("import \"abc") ==
          "1:8: unterminated string: expected '\"' before the end of the line");
    CHECK(only_error("import \"a\\") ==
          "1:8: unterminated string: expected '\"' before the end of the line");
    CHECK(only_error("import \"a\\nb\"") ==
          "1:10: invalid escape \"\\n\" in a string (only \\\" and \\\\ are allowed)");
    CHECK(only_error("import \"a\\ëb\"") ==
          "1:10: invalid escape \"\\ë\" in a string (only \\\" and \\\\ are allowed)");
}
