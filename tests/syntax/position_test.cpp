// Every node carries its source range: ParsedFile::position and ParsedFile::text.

#include "syntax_test_support.hpp"

#include <doctest/doctest.h>

namespace ast = drieluik::ast;
using drieluik::Position;

namespace {

const char* const two_items = R"(# shared definitions
define limit = 2

rule DUR-PROBATION   # the probation
  severity error
  category duration
  source "BW 7:652"
  title nl "Proeftijd" en "Probation"
  applies to agreement
  let allowed = (limit + 1) * 2
  require employment.probationMonths <= allowed
  at employment.probationMonths
  message nl "Zoë: {allowed}" message en "At most {allowed}"
  with probation = employment.probationMonths)";

}  // namespace

TEST_CASE("positions and texts of items and clauses") {
    const auto parsed = drieluik::syntax::parse_rules("t.rules", two_items);
    REQUIRE(parsed.diagnostics.empty());
    REQUIRE(parsed.file.items.size() == 2);

    const auto& define = boost::get<ast::Define>(parsed.file.items[0]);
    CHECK(parsed.position(define) == Position{2, 1});
    CHECK(parsed.text(define) == "define limit = 2");
    CHECK(parsed.position(define.name) == Position{2, 8});

    const auto& rule = boost::get<ast::Rule>(parsed.file.items[1]);
    CHECK(parsed.position(rule) == Position{4, 1});
    const std::string_view rule_text = parsed.text(rule);
    CHECK(rule_text.starts_with("rule DUR-PROBATION   # the probation\n  severity error"));
    CHECK(rule_text.ends_with("with probation = employment.probationMonths"));
    CHECK(parsed.text(rule.id) == "DUR-PROBATION");
    CHECK(parsed.text(rule.source) == "\"BW 7:652\"");
    CHECK(parsed.text(rule.title) == "nl \"Proeftijd\" en \"Probation\"");
    CHECK(parsed.position(rule.message_en) == Position{13, 42});
    CHECK(parsed.text(rule.with.at(0)) == "probation = employment.probationMonths");
    CHECK(parsed.text(rule.lets_before_when.at(0)) == "let allowed = (limit + 1) * 2");
}

TEST_CASE("positions and texts of expressions") {
    const auto parsed = drieluik::syntax::parse_rules("t.rules", two_items);
    REQUIRE(parsed.diagnostics.empty());
    const auto& rule = boost::get<ast::Rule>(parsed.file.items[1]);

    const ast::Expr& allowed = rule.lets_before_when.at(0).value;
    CHECK(parsed.text(ast::tagged(allowed)) == "(limit + 1) * 2");
    const auto& product = boost::get<boost::spirit::x3::forward_ast<ast::Binary>>(allowed).get();
    CHECK(parsed.text(ast::tagged(product.left)) == "(limit + 1)");
    CHECK(parsed.position(ast::tagged(product.left)) == Position{10, 17});
    CHECK(parsed.text(ast::tagged(product.right)) == "2");

    const auto& comparison =
        boost::get<boost::spirit::x3::forward_ast<ast::Binary>>(rule.require).get();
    CHECK(parsed.text(comparison) == "employment.probationMonths <= allowed");
    CHECK(parsed.position(comparison) == Position{11, 11});
    const auto& path = boost::get<boost::spirit::x3::forward_ast<ast::Member>>(comparison.left).get();
    CHECK(parsed.text(path) == "employment.probationMonths");
    CHECK(parsed.text(path.member) == "probationMonths");
    CHECK(parsed.text(ast::tagged(path.object)) == "employment");
    CHECK(parsed.position(ast::tagged(*rule.at)) == Position{12, 6});
}

TEST_CASE("columns count code points") {
    const auto parsed = drieluik::syntax::parse_rules("t.rules", "define x = \"Zoë Çelik\" = naam");
    REQUIRE(parsed.diagnostics.empty());
    const auto& define = boost::get<ast::Define>(parsed.file.items[0]);
    const auto& equal = boost::get<boost::spirit::x3::forward_ast<ast::Binary>>(define.value).get();
    CHECK(parsed.position(ast::tagged(equal.right)) == Position{1, 26});
    CHECK(parsed.text(ast::tagged(equal.right)) == "naam");
}

TEST_CASE("nodes of every expression kind have a range") {
    const auto parsed = drieluik::syntax::parse_rules(
        "t.rules", "define x = [if a then -b else not c, every y in 1..n: f(y).z days]");
    REQUIRE(parsed.diagnostics.empty());
    const auto& set =
        boost::get<boost::spirit::x3::forward_ast<ast::SetExpr>>(
            boost::get<ast::Define>(parsed.file.items[0]).value).get();
    CHECK(parsed.text(set) == "[if a then -b else not c, every y in 1..n: f(y).z days]");
    const auto& if_expr = boost::get<boost::spirit::x3::forward_ast<ast::IfExpr>>(set.elements.at(0)).get();
    CHECK(parsed.text(if_expr) == "if a then -b else not c");
    CHECK(parsed.text(ast::tagged(if_expr.then_branch)) == "-b");
    CHECK(parsed.text(ast::tagged(if_expr.else_branch)) == "not c");
    const auto& every =
        boost::get<boost::spirit::x3::forward_ast<ast::Quantifier>>(set.elements.at(1)).get();
    CHECK(parsed.text(every) == "every y in 1..n: f(y).z days");
    CHECK(parsed.text(every.variable) == "y");
    CHECK(parsed.text(ast::tagged(every.domain)) == "1..n");
    CHECK(parsed.text(ast::tagged(*every.body)) == "f(y).z days");
    const auto& duration = boost::get<boost::spirit::x3::forward_ast<ast::Duration>>(*every.body).get();
    CHECK(parsed.text(ast::tagged(duration.amount)) == "f(y).z");
    const auto& member = boost::get<boost::spirit::x3::forward_ast<ast::Member>>(duration.amount).get();
    CHECK(parsed.text(ast::tagged(member.object)) == "f(y)");
}

TEST_CASE("a node without a position") {
    const drieluik::syntax::ParsedFile parsed = drieluik::syntax::parse_rules("t.rules", "");
    const ast::Name unplaced;
    CHECK(parsed.position(unplaced) == Position{});
    CHECK(parsed.text(unplaced) == "");
}
