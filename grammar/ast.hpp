#pragma once
// The syntax tree of the rule language (grammar/drieluik.ebnf). Plain structs that X3
// fills through BOOST_FUSION_ADAPT_STRUCT (see ast_adapted.hpp) or through the grammar's
// semantic actions (operator chains); every node that a diagnostic can point at derives
// x3::position_tagged, whose id_first indexes its byte range in
// syntax::ParsedFile::ranges.

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstdint>
#include <list>
#include <string>
#include <vector>

namespace drieluik::ast {

namespace x3 = boost::spirit::x3;

struct Name : x3::position_tagged {
    std::string text;
};

// Literals keep their source text; the checker turns them into typed constants.
enum class LiteralKind : std::uint8_t { date, money, percent, decimal, integer, string, boolean };
struct Literal : x3::position_tagged {
    LiteralKind kind = LiteralKind::integer;
    // "2025-09-01", "13.27" (money without € / EUR), "39.5" (percent without %), "42",
    // a string's content unescaped and without its quotes, "true" / "false"
    std::string text;
};

struct Unary;
struct Binary;
struct IfExpr;
struct Quantifier;
struct Call;
struct Member;
struct Duration;
struct SetExpr;
struct Range;

struct Expr : x3::variant<Literal, Name, x3::forward_ast<Unary>, x3::forward_ast<Binary>,
                          x3::forward_ast<IfExpr>, x3::forward_ast<Quantifier>,
                          x3::forward_ast<Call>, x3::forward_ast<Member>,
                          x3::forward_ast<Duration>, x3::forward_ast<SetExpr>,
                          x3::forward_ast<Range>> {
    using base_type::base_type;
    using base_type::operator=;
};

enum class UnaryOp : std::uint8_t { negate, logical_not };
struct Unary : x3::position_tagged {
    UnaryOp op = UnaryOp::negate;
    Expr operand;
};

enum class BinaryOp : std::uint8_t {
    logical_or, logical_and,
    equal, not_equal, less, less_equal, greater, greater_equal,
    in, not_in,
    otherwise,
    add, subtract, multiply, divide,
};
struct Binary : x3::position_tagged {
    BinaryOp op = BinaryOp::add;
    Expr left;
    Expr right;
};

struct IfExpr : x3::position_tagged {
    Expr condition;
    Expr then_branch;
    Expr else_branch;
};

enum class QuantifierKind : std::uint8_t { every, some, count, sum, min, max, find };
struct Quantifier : x3::position_tagged {
    QuantifierKind kind = QuantifierKind::every;
    Name variable;
    Expr domain;                  // a repeated path, a list-valued call, a Range
    boost::optional<Expr> where;  // count, sum, min, max, find
    boost::optional<Expr> body;   // every, some (the condition), sum, min, max (the value)
};

struct Call : x3::position_tagged {
    Name function;
    std::vector<Expr> arguments;
};

// `object.name`: a path step on a record, a bound variable or a parenthesised expression.
struct Member : x3::position_tagged {
    Expr object;
    Name member;
};

enum class DurationUnit : std::uint8_t { days, months, years };
struct Duration : x3::position_tagged {
    Expr amount;
    DurationUnit unit = DurationUnit::days;
};

struct SetExpr : x3::position_tagged {
    std::vector<Expr> elements;
};

struct Range : x3::position_tagged {
    Expr from;
    Expr to;
};

namespace detail {
struct TaggedVisitor {
    using result_type = const x3::position_tagged*;
    result_type operator()(const x3::position_tagged& node) const { return &node; }
    template <typename Node>
    result_type operator()(const x3::forward_ast<Node>& node) const { return &node.get(); }
};
}  // namespace detail

// The node an expression is, as the position-tagged base that ParsedFile::position takes.
inline const x3::position_tagged& tagged(const Expr& expr) {
    return *expr.apply_visitor(detail::TaggedVisitor{});
}

// ---- declarations -------------------------------------------------------------------

enum class TypeName : std::uint8_t { boolean, integer, decimal, money, date, text };
enum class Severity : std::uint8_t { error, warning, advice };
enum class Kind : std::uint8_t { agreement, programme };
enum class TableKey : std::uint8_t { date, integer };

struct StringLiteral : x3::position_tagged {
    std::string value;  // unescaped
};

struct RulesetDecl : x3::position_tagged {
    StringLiteral name;
    StringLiteral version;
};

struct Import : x3::position_tagged {
    StringLiteral path;
};

struct Define : x3::position_tagged {
    Name name;
    Expr value;
};

struct Param : x3::position_tagged {
    Name name;
    TypeName type = TypeName::integer;
};

struct Function : x3::position_tagged {
    Name name;
    std::vector<Param> params;
    TypeName result = TypeName::integer;
    Expr body;
};

struct TableRow : x3::position_tagged {
    Literal key;
    Literal value;
};

struct Table : x3::position_tagged {
    Name name;
    TableKey key = TableKey::date;
    TypeName value_type = TypeName::money;
    std::vector<TableRow> rows;
};

struct Let : x3::position_tagged {
    Name name;
    Expr value;
};

struct Texts : x3::position_tagged {  // nl "..." en "..."
    StringLiteral nl;
    StringLiteral en;
};

struct ForEach : x3::position_tagged {
    Name variable;
    Expr domain;
};

struct Rule : x3::position_tagged {
    Name id;                               // REP-SCALE-ORDER
    Severity severity = Severity::error;
    Name category;
    StringLiteral source;
    Texts title;
    boost::optional<Texts> explanation;
    Kind applies_to = Kind::agreement;
    boost::optional<ForEach> for_each;
    std::vector<Let> lets_before_when;
    boost::optional<Expr> when;
    std::vector<Let> lets_after_when;
    Expr require;
    boost::optional<Expr> at;
    StringLiteral message_nl;
    StringLiteral message_en;
    std::vector<Let> with;                 // extra message arguments
};

struct Override : x3::position_tagged {
    Name rule;
    boost::optional<Severity> severity;    // none: the rule is switched off
};

struct Profile : x3::position_tagged {
    Name name;
    std::vector<Override> overrides;
};

using Item = x3::variant<RulesetDecl, Import, Define, Function, Table, Rule, Profile>;

struct File {
    std::vector<Item> items;
};

}  // namespace drieluik::ast
