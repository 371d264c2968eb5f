// The X3 grammar of the rule language (drieluik.ebnf), the only translation unit that
// compiles the rule definitions. Declarations map onto their nodes field by field
// (ast_adapted.hpp); operator chains fold left in semantic actions, which also record
// each node's range and height in the ParseState. Every choice is decided by its first
// token, and once a construct has started a missing part throws an expectation failure
// that names it: no input makes the parser go back over more than a token.

#include "grammar.hpp"

#include "ast_adapted.hpp"
#include "tokens.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3/auxiliary/attr.hpp>
#include <boost/spirit/home/x3/core/action.hpp>
#include <boost/spirit/home/x3/directive/omit.hpp>
#include <boost/spirit/home/x3/operator.hpp>
#include <boost/spirit/home/x3/string/literal_string.hpp>

#include <algorithm>

namespace drieluik::grammar {

namespace {

using tokens::kw;
using tokens::labelled;
using tokens::nest;
using x3::lit;

// ---- heights of the nodes built by rules ----------------------------------------------

int child_height(const ParseState& state, const ast::IfExpr& node) {
    return std::max({state.height(node.condition), state.height(node.then_branch),
                     state.height(node.else_branch)});
}

int child_height(const ParseState& state, const ast::Quantifier& node) {
    int height = state.height(node.domain);
    if (node.where) height = std::max(height, state.height(*node.where));
    if (node.body) height = std::max(height, state.height(*node.body));
    return height;
}

int child_height(const ParseState& state, const std::vector<ast::Expr>& expressions) {
    int height = 0;
    for (const auto& expression : expressions) height = std::max(height, state.height(expression));
    return height;
}

int child_height(const ParseState& state, const ast::Call& node) {
    return child_height(state, node.arguments);
}

int child_height(const ParseState& state, const ast::SetExpr& node) {
    return child_height(state, node.elements);
}

// Rule ids derive from this to record the range of the node a rule built; expression
// nodes also get their height.
struct annotated {
    template <typename Iterator, typename Node, typename Context>
    void on_success(Iterator const& first, Iterator const& last, Node& node,
                    Context const& context) const {
        ParseState& state = tokens::state(context);
        if constexpr (requires { child_height(state, node); }) {
            state.tag_expression(node, first, last, 1 + child_height(state, node), first);
        } else if constexpr (std::is_base_of_v<x3::position_tagged, Node>) {
            state.tag(node, first, last);
        }
    }
};

// ---- semantic actions -------------------------------------------------------------------

// The text the action's parser matched (see tokens::located).
template <typename Context>
const char* match_start(Context const& context) {
    return tokens::state(context).match_start();
}

template <typename Context>
const char* match_end(Context const& context) {
    return tokens::state(context).match_end();
}

// A parser whose semantic action reads the text it matched.
template <typename Parser, typename Action>
constexpr auto act(Parser const& parser, Action const& action) {
    return tokens::located(parser)[action];
}

auto const assign = [](auto& context) { x3::_val(context) = std::move(x3::_attr(context)); };

// value = value <op> operand, for an attribute (op, operand).
auto const fold_binary = [](auto& context) {
    ParseState& state = tokens::state(context);
    ast::Expr& value = x3::_val(context);
    auto& attribute = x3::_attr(context);
    ast::Binary node;
    node.op = boost::fusion::at_c<0>(attribute);
    node.left = std::move(value);
    node.right = std::move(boost::fusion::at_c<1>(attribute));
    const int height = 1 + std::max(state.height(node.left), state.height(node.right));
    state.tag_expression(node, state.start(node.left), match_end(context), height,
                         match_start(context));
    // Assigning re-initialises the value moved from above (clang-tidy cannot tell for x3::variant).
    value = std::move(node);  // NOLINT(bugprone-use-after-move)
};

template <ast::UnaryOp op>
auto const make_unary = [](auto& context) {
    ParseState& state = tokens::state(context);
    ast::Unary node;
    node.op = op;
    node.operand = std::move(x3::_attr(context));
    const char* start = match_start(context);
    state.tag_expression(node, start, match_end(context), 1 + state.height(node.operand), start);
    x3::_val(context) = std::move(node);
};

auto const make_member = [](auto& context) {
    ParseState& state = tokens::state(context);
    ast::Expr& value = x3::_val(context);
    ast::Member node;
    node.object = std::move(value);
    node.member = std::move(x3::_attr(context));
    state.tag_expression(node, state.start(node.object), match_end(context),
                         1 + state.height(node.object), match_start(context));
    // Assigning re-initialises the value moved from above (clang-tidy cannot tell for x3::variant).
    value = std::move(node);  // NOLINT(bugprone-use-after-move)
};

auto const make_duration = [](auto& context) {
    ParseState& state = tokens::state(context);
    ast::Expr& value = x3::_val(context);
    ast::Duration node;
    node.amount = std::move(value);
    node.unit = x3::_attr(context);
    state.tag_expression(node, state.start(node.amount), match_end(context),
                         1 + state.height(node.amount), match_start(context));
    // Assigning re-initialises the value moved from above (clang-tidy cannot tell for x3::variant).
    value = std::move(node);  // NOLINT(bugprone-use-after-move)
};

auto const make_range = [](auto& context) {
    ParseState& state = tokens::state(context);
    ast::Expr& value = x3::_val(context);
    ast::Range node;
    node.from = std::move(value);
    node.to = std::move(x3::_attr(context));
    const int height = 1 + std::max(state.height(node.from), state.height(node.to));
    state.tag_expression(node, state.start(node.from), match_end(context), height,
                         match_start(context));
    // Assigning re-initialises the value moved from above (clang-tidy cannot tell for x3::variant).
    value = std::move(node);  // NOLINT(bugprone-use-after-move)
};

// A parenthesised expression is its inner expression, with the parentheses in its range.
auto const parenthesise = [](auto& context) {
    tokens::state(context).widen(x3::_attr(context), match_start(context), match_end(context));
    x3::_val(context) = std::move(x3::_attr(context));
};

// ---- tokens -----------------------------------------------------------------------------

constexpr tokens::name_parser name{false};
constexpr tokens::name_parser member_name{true};
constexpr tokens::rule_id_parser rule_id;
constexpr tokens::literal_parser literal;
constexpr tokens::string_parser string;

using ast::BinaryOp;

constexpr auto compare_op = tokens::operators<BinaryOp>(
    "a comparison", {{"<=", BinaryOp::less_equal}, {">=", BinaryOp::greater_equal},
                     {"!=", BinaryOp::not_equal}, {"=", BinaryOp::equal},
                     {"<", BinaryOp::less}, {">", BinaryOp::greater}});
constexpr auto add_op =
    tokens::operators<BinaryOp>("\"+\" or \"-\"", {{"+", BinaryOp::add}, {"-", BinaryOp::subtract}});
constexpr auto multiply_op = tokens::operators<BinaryOp>(
    "\"*\" or \"/\"", {{"*", BinaryOp::multiply}, {"/", BinaryOp::divide}});

constexpr auto unit = tokens::words<ast::DurationUnit>(
    "a unit (day, month or year)",
    {{"day", ast::DurationUnit::days}, {"days", ast::DurationUnit::days},
     {"month", ast::DurationUnit::months}, {"months", ast::DurationUnit::months},
     {"year", ast::DurationUnit::years}, {"years", ast::DurationUnit::years}});

constexpr auto every_or_some = tokens::words<ast::QuantifierKind>(
    "\"every\" or \"some\"",
    {{"every", ast::QuantifierKind::every}, {"some", ast::QuantifierKind::some}});
constexpr auto sum_min_max = tokens::words<ast::QuantifierKind>(
    "\"sum\", \"min\" or \"max\"", {{"sum", ast::QuantifierKind::sum},
                                    {"min", ast::QuantifierKind::min},
                                    {"max", ast::QuantifierKind::max}});

constexpr auto severity = tokens::words<ast::Severity>(
    "a severity (error, warning or advice)", {{"error", ast::Severity::error},
                                              {"warning", ast::Severity::warning},
                                              {"advice", ast::Severity::advice}});
constexpr auto kind = tokens::words<ast::Kind>(
    "\"agreement\" or \"programme\"",
    {{"agreement", ast::Kind::agreement}, {"programme", ast::Kind::programme}});
constexpr auto type_name = tokens::words<ast::TypeName>(
    "a type (boolean, integer, decimal, money, date or text)",
    {{"boolean", ast::TypeName::boolean}, {"integer", ast::TypeName::integer},
     {"decimal", ast::TypeName::decimal}, {"money", ast::TypeName::money},
     {"date", ast::TypeName::date}, {"text", ast::TypeName::text}});
constexpr auto table_key = tokens::words<ast::TableKey>(
    "\"date\" or \"integer\"", {{"date", ast::TableKey::date}, {"integer", ast::TableKey::integer}});

auto const in_op = kw("in") >> x3::attr(BinaryOp::in);
auto const not_in_op = kw("not") > labelled("\"in\"", kw("in") >> x3::attr(BinaryOp::not_in));

auto const no_expression = boost::optional<ast::Expr>();

// ---- rules ------------------------------------------------------------------------------
// Every rule that an expectation names says in its name what was expected. The rule ids
// live in this unnamed namespace with their rules, where argument-dependent lookup finds
// the parse_rule functions that BOOST_SPIRIT_DEFINE writes.

struct expr_class {};
struct or_class {};
struct and_class {};
struct not_class {};
struct comparison_class {};
struct otherwise_class {};
struct additive_class {};
struct multiplicative_class {};
struct unary_class {};
struct duration_class {};
struct postfix_class {};
struct primary_class {};
struct parenthesised_class {};
struct arguments_class {};
struct domain_class {};
struct call_class : annotated {};
struct set_class : annotated {};
struct if_class : annotated {};
struct quantifier_class : annotated {};

struct ruleset_class : annotated {};
struct import_class : annotated {};
struct define_class : annotated {};
struct function_class : annotated {};
struct params_class {};
struct param_class : annotated {};
struct table_class : annotated {};
struct row_class : annotated {};
struct rule_class : annotated {};
struct texts_class : annotated {};
struct for_each_class : annotated {};
struct let_class : annotated {};
struct binding_class : annotated {};
struct bindings_class {};
struct profile_class : annotated {};
struct override_class : annotated {};

template <typename Id>
using expression_rule = x3::rule<Id, ast::Expr>;

expression_rule<expr_class> const expr = "an expression";
expression_rule<or_class> const or_expr = "an expression";
expression_rule<and_class> const and_expr = "an expression";
expression_rule<not_class> const not_expr = "an expression";
expression_rule<comparison_class> const comparison = "an expression";
expression_rule<otherwise_class> const otherwise_expr = "an expression";
expression_rule<additive_class> const additive = "an expression";
expression_rule<multiplicative_class> const multiplicative = "an expression";
expression_rule<unary_class> const unary = "an expression";
expression_rule<duration_class> const duration = "an expression";
expression_rule<postfix_class> const postfix = "an expression";
expression_rule<primary_class> const primary = "an expression";
expression_rule<parenthesised_class> const parenthesised = "an expression";
expression_rule<domain_class> const domain = "a list or a range such as 1..n";
x3::rule<arguments_class, std::vector<ast::Expr>> const arguments = "an expression";
x3::rule<call_class, ast::Call> const call = "a call";
x3::rule<set_class, ast::SetExpr> const set = "a list";
x3::rule<if_class, ast::IfExpr> const if_expr = "an expression";
x3::rule<quantifier_class, ast::Quantifier> const quantifier = "an expression";

x3::rule<ruleset_class, ast::RulesetDecl> const ruleset = "a ruleset header";
x3::rule<import_class, ast::Import> const import = "an import";
x3::rule<define_class, ast::Define> const define = "a definition";
x3::rule<function_class, ast::Function> const function = "a function";
x3::rule<params_class, std::vector<ast::Param>> const params = "a parameter such as on: date";
x3::rule<param_class, ast::Param> const param = "a parameter such as on: date";
x3::rule<table_class, ast::Table> const table = "a table";
x3::rule<row_class, ast::TableRow> const row = "a row such as from 0: 30%";
x3::rule<rule_class, ast::Rule> const rule_decl = "a rule";
x3::rule<texts_class, ast::Texts> const texts = "\"nl\"";
x3::rule<for_each_class, ast::ForEach> const for_each = "\"for\"";
x3::rule<let_class, ast::Let> const let = "\"let\"";
x3::rule<binding_class, ast::Let> const binding = "a binding such as name = expression";
x3::rule<bindings_class, std::vector<ast::Let>> const bindings =
    "a binding such as name = expression";
x3::rule<profile_class, ast::Profile> const profile = "a profile";
x3::rule<override_class, ast::Override> const override_ = "a rule id such as DUR-PROBATION";
item_type const item_rule = "a declaration";

// ---- expressions --------------------------------------------------------------------------
// A sequence followed by an expectation is written (a >> b) > c: the grouping C++ gives
// a >> b > c anyway, spelt out because clang warns about it otherwise.

auto const binary_tail = [](auto op, auto operand) { return act(op > operand, fold_binary); };
auto const keyword_op = [](std::string_view word, BinaryOp op) { return kw(word) >> x3::attr(op); };

auto const add_tail = binary_tail(add_op, multiplicative);
auto const multiply_tail = binary_tail(multiply_op, unary);
auto const member_tail = act((lit(".") >> !lit(".")) > member_name, make_member);
auto const unit_tail = act(unit, make_duration);
auto const range_tail = labelled("\"..\"", act(lit("..") > additive, make_range));
auto const negation = act(lit("-") > nest(unary), make_unary<ast::UnaryOp::negate>);

auto const expr_def = nest(if_expr | quantifier | or_expr);

auto const if_expr_def = kw("if") > expr > kw("then") > expr > kw("else") > expr;

auto const quantifier_def =
    (every_or_some > name > kw("in") > domain > x3::attr(no_expression) > lit(":") > expr) |
    ((kw("count") >> x3::attr(ast::QuantifierKind::count)) > name > kw("in") > domain >
     -(kw("where") > expr) > x3::attr(no_expression)) |
    (sum_min_max > name > kw("in") > domain > -(kw("where") > expr) > lit(":") > expr) |
    ((kw("find") >> x3::attr(ast::QuantifierKind::find)) > name > kw("in") > domain >
     kw("where") > expr > x3::attr(no_expression));

// domain = postfix | additive ".." additive, decided without parsing anything twice: a
// domain that starts as more than a postfix must go on to "..".
auto const domain_def =
    ((negation >> *multiply_tail >> *add_tail) > range_tail) |
    (postfix[assign] >> -(range_tail |                                                //
                          ((unit_tail >> *multiply_tail >> *add_tail) > range_tail) |  //
                          ((+multiply_tail >> *add_tail) > range_tail) |               //
                          (+add_tail > range_tail)));

// The operator levels build their node in the attribute they are given rather than in a
// temporary that an action then moves into it: every primary expression passes through
// all of these levels. Their definitions force the attribute through with %= (X3 1.74
// drops rule<ID, Attribute, true>'s third argument from its parser base, so the rule type
// cannot say it), and the operator tails are omit[]ted so that the operand before them
// parses straight into that attribute; the tails' actions fold it (_val) with the operand
// they parsed themselves (_attr).
auto const or_tail = binary_tail(keyword_op("or", BinaryOp::logical_or), and_expr);
auto const and_tail = binary_tail(keyword_op("and", BinaryOp::logical_and), not_expr);
auto const comparison_tail = binary_tail(compare_op, otherwise_expr) |
                             binary_tail(in_op, otherwise_expr) |
                             binary_tail(not_in_op, otherwise_expr);
auto const otherwise_tail = binary_tail(keyword_op("otherwise", BinaryOp::otherwise), additive);

auto const or_expr_def = or_expr %= and_expr >> *x3::omit[or_tail];
auto const and_expr_def = and_expr %= not_expr >> *x3::omit[and_tail];
auto const not_expr_def =
    not_expr %= act(kw("not") > nest(not_expr), make_unary<ast::UnaryOp::logical_not>) | comparison;
auto const comparison_def = comparison %= otherwise_expr >> -x3::omit[comparison_tail];
auto const otherwise_expr_def = otherwise_expr %= additive >> -x3::omit[otherwise_tail];
auto const additive_def = additive %= multiplicative >> *x3::omit[add_tail];
auto const multiplicative_def = multiplicative %= unary >> *x3::omit[multiply_tail];
auto const unary_def = unary %= negation | duration;
auto const duration_def = duration %= postfix >> -x3::omit[unit_tail];
auto const postfix_def = postfix %= primary >> *x3::omit[member_tail];
auto const primary_def = literal | call | name | set | parenthesised;
auto const parenthesised_def = act(lit("(") > expr > lit(")"), parenthesise);
auto const call_def = (name >> lit("(")) > arguments > lit(")");
auto const arguments_def = -(expr % lit(","));
auto const set_def = lit("[") > arguments > lit("]");

// ---- declarations -------------------------------------------------------------------------

auto const ruleset_def = kw("ruleset") > string > kw("version") > string;
auto const import_def = kw("import") > string;
auto const define_def = kw("define") > name > lit("=") > expr;
auto const function_def = kw("function") > name > lit("(") > params > lit(")") > lit(":") >
                          type_name > lit("=") > expr;
auto const params_def = -(param % lit(","));
auto const param_def = name > lit(":") > type_name;
auto const table_def = kw("table") > name > kw("by") > table_key > lit(":") > type_name > *row >
                       kw("end");
auto const row_def = kw("from") > literal > lit(":") > literal;

auto const rule_decl_def = kw("rule") > rule_id                          //
                           > kw("severity") > severity                   //
                           > kw("category") > name                       //
                           > kw("source") > string                       //
                           > kw("title") > texts                         //
                           > -(kw("explain") > texts)                    //
                           > kw("applies") > kw("to") > kind             //
                           > -for_each                                   //
                           > *let                                        //
                           > -(kw("when") > expr)                        //
                           > *let                                        //
                           > kw("require") > expr                        //
                           > -(kw("at") > expr)                          //
                           > kw("message") > kw("nl") > string           //
                           > kw("message") > kw("en") > string           //
                           > -(kw("with") > bindings);
auto const texts_def = kw("nl") > string > kw("en") > string;
auto const for_each_def = kw("for") > kw("each") > name > kw("in") > expr;
auto const let_def = kw("let") > name > lit("=") > expr;
auto const binding_def = name > lit("=") > expr;
auto const bindings_def = binding > *(lit(",") > binding);

auto const profile_def = kw("profile") > name > *override_ > kw("end");
auto const override__def =
    rule_id > labelled("\"severity\" or \"off\"", (kw("severity") > severity) | kw("off"));

auto const item_rule_def = ruleset | import | define | function | table | rule_decl | profile;

BOOST_SPIRIT_DEFINE(expr, or_expr, and_expr, not_expr, comparison, otherwise_expr, additive,
                    multiplicative, unary, duration, postfix, primary, parenthesised, arguments,
                    call, set, if_expr, quantifier, domain)
BOOST_SPIRIT_DEFINE(ruleset, import, define, function, params, param, table, row, rule_decl,
                    texts, for_each, let, binding, bindings, profile, override_)

}  // namespace

class item_class {};

BOOST_SPIRIT_DEFINE(item_rule)

item_type const& item() { return item_rule; }

BOOST_SPIRIT_INSTANTIATE(item_type, iterator_type, context_type)

}  // namespace drieluik::grammar
