// Parse trees of expressions, shown by the printer: every literal kind, precedence and
// associativity of every operator, members, calls, lists, ranges, quantifiers and
// if-else chains, and the words of the document model used as names.

#include "syntax_test_support.hpp"

#include <doctest/doctest.h>

using drieluik::syntax::test::expression;
using drieluik::syntax::test::only_error;

TEST_CASE("literals keep their kind and text") {
    CHECK(expression("2025-09-01") == "(date 2025-09-01)");
    CHECK(expression("€ 13.27") == "(money 13.27)");
    CHECK(expression("€13.27") == "(money 13.27)");
    CHECK(expression("13.27 EUR") == "(money 13.27)");
    CHECK(expression("13.27EUR") == "(money 13.27)");
    CHECK(expression("€ 50000000") == "(money 50000000)");
    CHECK(expression("39.5%") == "(percent 39.5)");
    CHECK(expression("30%") == "(percent 30)");
    CHECK(expression("13.27") == "13.27");
    CHECK(expression("42") == "42");
    CHECK(expression("007") == "007");
    CHECK(expression("true") == "true");
    CHECK(expression("false") == "false");
    CHECK(expression(R"("Zoë Çelik")") == R"("Zoë Çelik")");
    CHECK(expression(R"("say \"hi\" \\ bye")") == R"("say \"hi\" \\ bye")");
    CHECK(expression(R"("")") == R"("")");
}

TEST_CASE("a string literal holds its unescaped content") {
    const auto parsed = drieluik::syntax::parse_rules("t.rules", R"(define s = "a \"b\" \\ c ë")");
    REQUIRE(parsed.diagnostics.empty());
    const auto& value = boost::get<drieluik::ast::Define>(parsed.file.items.front()).value;
    const auto& literal = boost::get<drieluik::ast::Literal>(value);
    CHECK(literal.kind == drieluik::ast::LiteralKind::string);
    CHECK(literal.text == "a \"b\" \\ c ë");
}

TEST_CASE("a date is four, two and two digits; other digit groups subtract") {
    CHECK(expression("2025-9-1") == "(- (- 2025 9) 1)");
    CHECK(expression("2025-09-011") == "(- (- 2025 09) 011)");
    CHECK(expression("2025 - 09 - 01") == "(- (- 2025 09) 01)");
}

TEST_CASE("or binds loosest, then and, then not") {
    CHECK(expression("a or b and c") == "(or a (and b c))");
    CHECK(expression("a and b or c") == "(or (and a b) c)");
    CHECK(expression("a or b or c") == "(or (or a b) c)");
    CHECK(expression("a and b and c") == "(and (and a b) c)");
    CHECK(expression("not a and b") == "(and (not a) b)");
    CHECK(expression("not not a") == "(not (not a))");
    CHECK(expression("not a = b") == "(not (= a b))");
    CHECK(expression("(a or b) and c") == "(and (or a b) c)");
}

TEST_CASE("comparisons") {
    CHECK(expression("a = b") == "(= a b)");
    CHECK(expression("a != b") == "(!= a b)");
    CHECK(expression("a < b") == "(< a b)");
    CHECK(expression("a <= b") == "(<= a b)");
    CHECK(expression("a > b") == "(> a b)");
    CHECK(expression("a >= b") == "(>= a b)");
    CHECK(expression("a = b + c * d") == "(= a (+ b (* c d)))");
    CHECK(expression("a + 1 < b and c") == "(and (< (+ a 1) b) c)");
}

TEST_CASE("in and not in take a list or an expression") {
    CHECK(expression("a in [1, 2]") == "(in a (set 1 2))");
    CHECK(expression("a not in [x]") == "(not-in a (set x))");
    CHECK(expression("a in b") == "(in a b)");
    CHECK(expression("a in keys(t)") == "(in a (call keys t))");
    CHECK(expression("a in []") == "(in a (set))");
    CHECK(expression("not a in b") == "(not (in a b))");
    CHECK(expression("a + 1 in [b otherwise 2]") == "(in (+ a 1) (set (otherwise b 2)))");
}

TEST_CASE("otherwise binds tighter than comparisons and looser than arithmetic") {
    CHECK(expression("a otherwise b + 1 = c") == "(= (otherwise a (+ b 1)) c)");
    CHECK(expression("a.b otherwise 0") == "(otherwise a.b 0)");
}

TEST_CASE("arithmetic is left associative with the usual precedence") {
    CHECK(expression("a - b - c") == "(- (- a b) c)");
    CHECK(expression("a + b - c") == "(- (+ a b) c)");
    CHECK(expression("a / b * c") == "(* (/ a b) c)");
    CHECK(expression("a + b * c - d / e") == "(- (+ a (* b c)) (/ d e))");
    CHECK(expression("(a + b) * c") == "(* (+ a b) c)");
}

TEST_CASE("unary minus binds tighter than multiplication and looser than a duration") {
    CHECK(expression("-a * b") == "(* (- a) b)");
    CHECK(expression("- -a") == "(- (- a))");
    CHECK(expression("-1 day") == "(- (days 1))");
    CHECK(expression("a * -b") == "(* a (- b))");
    CHECK(expression("-a.b") == "(- a.b)");
}

TEST_CASE("a '-' between letters or digits belongs to the name") {
    CHECK(expression("associate-degree") == "associate-degree");
    CHECK(expression("n-1") == "n-1");
    CHECK(expression("a-b-c") == "a-b-c");
    CHECK(expression("a - b") == "(- a b)");
    CHECK(expression("a -b") == "(- a b)");
    CHECK(expression("a- b") == "(- a b)");
    CHECK(expression("a -1") == "(- a 1)");
    CHECK(expression("a_b2") == "a_b2");
    CHECK(expression("FORM-SIGNED") == "FORM-SIGNED");
}

TEST_CASE("durations") {
    CHECK(expression("1 day") == "(days 1)");
    CHECK(expression("2 days") == "(days 2)");
    CHECK(expression("1 month") == "(months 1)");
    CHECK(expression("n months") == "(months n)");
    CHECK(expression("1 year") == "(years 1)");
    CHECK(expression("nominal years") == "(years nominal)");
    CHECK(expression("(a + 1) years") == "(years (+ a 1))");
    CHECK(expression("employment.endDate + 1 day") == "(+ employment.endDate (days 1))");
    CHECK(expression("start + 2 months * 3") == "(+ start (* (months 2) 3))");
    CHECK(expression("f(x) days") == "(days (call f x))");
}

TEST_CASE("members and calls") {
    CHECK(expression("employment.salary.per") == "employment.salary.per");
    CHECK(expression("f(x).y") == "(. (call f x) y)");
    CHECK(expression("(a + b).c") == "(. (+ a b) c)");
    CHECK(expression("first(xs).date.year") == "(. (. (call first xs) date) year)");
    CHECK(expression("f()") == "(call f)");
    CHECK(expression("round(x * y, 2)") == "(call round (* x y) 2)");
    CHECK(expression("f (a, b)") == "(call f a b)");
    CHECK(expression("months_between(employment.startDate, employment.endDate + 1 day)") ==
          "(call months_between employment.startDate (+ employment.endDate (days 1)))");
    CHECK(expression("template_problems(agreementTemplate.href, [FORM-SIGNED, SUP-TRAINED])") ==
          "(call template_problems agreementTemplate.href (set FORM-SIGNED SUP-TRAINED))");
    CHECK(expression("least(f(a), g(b, c))") == "(call least (call f a) (call g b c))");
}

TEST_CASE("after a '.' every name is a member name, reserved words too") {
    CHECK(expression("x.count") == "x.count");
    CHECK(expression("x.in.not") == "x.in.not");
    CHECK(expression("x.min + x.max") == "(+ x.min x.max)");
    CHECK(expression("x.if-then") == "x.if-then");
}

TEST_CASE("lists") {
    CHECK(expression("[]") == "(set)");
    CHECK(expression("[a]") == "(set a)");
    CHECK(expression("[1, 2 + 3, f(x)]") == "(set 1 (+ 2 3) (call f x))");
    CHECK(expression("[[a], b]") == "(set (set a) b)");
}

TEST_CASE("if-else chains") {
    CHECK(expression("if a then 1 else 2") == "(if a 1 2)");
    CHECK(expression("if a then 1 else if b then 2 else 3") == "(if a 1 (if b 2 3))");
    CHECK(expression("if a or b then c + 1 else d and e") == "(if (or a b) (+ c 1) (and d e))");
    CHECK(expression("if if a then b else c then d else e") == "(if (if a b c) d e)");
    CHECK(expression("1 + (if a then 1 else 2)") == "(+ 1 (if a 1 2))");
}

TEST_CASE("every quantifier form") {
    CHECK(expression("every y in schedule.year: y.workDays >= 1") ==
          "(every y schedule.year (>= y.workDays 1))");
    CHECK(expression("some s in signatures.signature: s.party = guardian") ==
          "(some s signatures.signature (= s.party guardian))");
    CHECK(expression("count y in schedule.year") == "(count y schedule.year)");
    CHECK(expression("count y in schedule.year where y.workDays > 0") ==
          "(count y schedule.year (where (> y.workDays 0)))");
    CHECK(expression("sum i in costs.item: i.amount") == "(sum i costs.item i.amount)");
    CHECK(expression("sum i in costs.item where i.payer = student: i.amount") ==
          "(sum i costs.item (where (= i.payer student)) i.amount)");
    CHECK(expression("min s in signatures.signature: s.date") ==
          "(min s signatures.signature s.date)");
    CHECK(expression("max s in repayment.scale.step where s.percent > 0: s.untilMonth") ==
          "(max s repayment.scale.step (where (> s.percent 0)) s.untilMonth)");
    CHECK(expression("find s in signatures.signature where s.party = student") ==
          "(find s signatures.signature (where (= s.party student)))");
}

TEST_CASE("a quantifier body reaches as far as it can") {
    CHECK(expression("every x in xs: a and b or c") == "(every x xs (or (and a b) c))");
    CHECK(expression("every x in xs: every y in ys: x = y") ==
          "(every x xs (every y ys (= x y)))");
    CHECK(expression("a and (some x in xs: x)") == "(and a (some x xs x))");
}

TEST_CASE("a domain is a postfix expression or a range") {
    CHECK(expression("every k in 1..nominal_years: k > 0") ==
          "(every k (range 1 nominal_years) (> k 0))");
    CHECK(expression("every k in n - 1 .. n + 1: k > 0") ==
          "(every k (range (- n 1) (+ n 1)) (> k 0))");
    CHECK(expression("every k in 2 * n..3: k") == "(every k (range (* 2 n) 3) k)");
    CHECK(expression("every k in 1 day..n: k") == "(every k (range (days 1) n) k)");
    CHECK(expression("every k in -1..1: k") == "(every k (range (- 1) 1) k)");
    CHECK(expression("count x in f(y)") == "(count x (call f y))");
    CHECK(expression("count x in (a or b)") == "(count x (or a b))");
    CHECK(expression("count x in [1, 2] where x > 1") == "(count x (set 1 2) (where (> x 1)))");
    CHECK(expression("count x in a.b.c") == "(count x a.b.c)");
}

TEST_CASE("a domain that is more than a postfix expression must be a range") {
    CHECK(only_error("define d = every k in a + b: k") == "1:28: expected \"..\" but found \":\"");
    CHECK(only_error("define d = every k in n days: k") == "1:29: expected \"..\" but found \":\"");
    CHECK(only_error("define d = every k in -n: k") == "1:25: expected \"..\" but found \":\"");
}

TEST_CASE("words of the document model are names") {
    CHECK(expression("employment.salary.per = month") == "(= employment.salary.per month)");
    CHECK(expression("s.date > today") == "(> s.date today)");
    CHECK(expression("programme.level = associate-degree") ==
          "(= programme.level associate-degree)");
    CHECK(expression("signature.party = student") == "(= signature.party student)");
    CHECK(expression("every year in schedule.year: year.workDays >= 1") ==
          "(every year schedule.year (>= year.workDays 1))");
    CHECK(expression("[programme, month, hour, year, date, version, text, type, kind, role, step, "
                     "from, to, at, with, final, draft, other, none, day, days, months, years]") ==
          "(set programme month hour year date version text type kind role step from to at with "
          "final draft other none day days months years)");
    CHECK(expression("status = final or status = draft") ==
          "(or (= status final) (= status draft))");
    CHECK(expression("learn-then-work") == "learn-then-work");
    CHECK(expression("institution-deregisters") == "institution-deregisters");
    CHECK(expression("month month") == "(months month)");
}

TEST_CASE("reserved words are no names") {
    for (std::string word : {"and", "or", "not", "in", "if", "then", "else", "every", "some",
                             "count", "sum", "min", "max", "find", "where", "otherwise", "true",
                             "false"}) {
        CAPTURE(word);
        CHECK(only_error("define " + word + " = 1") ==
              "1:8: expected a name but found \"" + word + "\"");
    }
    for (std::string word : {"and", "or", "in", "then", "else", "where", "otherwise"}) {
        CAPTURE(word);
        CHECK(only_error("define d = x + " + word) ==
              "1:16: expected an expression but found \"" + word + "\"");
    }
    CHECK(expression("andy or notes") == "(or andy notes)");
    CHECK(expression("sum_of + count-x + in2") == "(+ (+ sum_of count-x) in2)");
}

TEST_CASE("comments and line breaks are white space") {
    CHECK(expression("a # the first\n  +   # plus\n\tb") == "(+ a b)");
    CHECK(expression("f(\n  a,\n  b\n)") == "(call f a b)");
}
