#pragma once
// The type checker's working state, shared by the files that check declarations,
// expressions, calls, rules and optional reads. Private to src/check.

#include "ast.hpp"
#include "base/language.hpp"
#include "check/check.hpp"

#include <array>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace drieluik::check {

namespace x3 = boost::spirit::x3;

inline const DocumentModel& model_of(DocumentKind kind) {
    return kind == DocumentKind::agreement ? agreement_model() : programme_model();
}

// The enumeration a bare name in this place is a value of (the other side of a
// comparison, the value tested by 'in'), and how to name that other side in errors.
struct Hint {
    const EnumDef* enumeration = nullptr;
    std::string what;  // "programme.level"
};

class Checker {
public:
    explicit Checker(std::span<const syntax::ParsedFile* const> files);
    CheckOutcome run();

private:
    enum class State : std::uint8_t { unchecked, checking, done };
    enum class DeclarationKind : std::uint8_t { define, function, table };
    struct Declaration {
        DeclarationKind kind;
        std::uint32_t index;  // into out_.defines / functions / tables
        const syntax::ParsedFile* file;
        const x3::position_tagged* node;
    };
    struct DefineSource {
        const ast::Define* ast;
        const syntax::ParsedFile* file;
        std::array<State, 2> state{};
        std::array<Type, 2> type{};
    };
    struct FunctionSource {
        const ast::Function* ast;
        const syntax::ParsedFile* file;
        std::array<State, 2> state{};
    };
    struct Local {
        std::string name;
        std::uint16_t slot;
        Type type;
    };
    // What names mean where an expression is checked: a rule, a define or a function body.
    struct Scope {
        const syntax::ParsedFile* file = nullptr;
        const DocumentModel* model = nullptr;
        DocumentKind kind = DocumentKind::agreement;
        std::vector<Local> locals;        // innermost last
        std::uint16_t local_count = 0;
    };

    // ---- declarations (checker.cpp)
    void collect(const syntax::ParsedFile& file);
    void declare(std::string_view name, Declaration declaration);
    void check_table(const ast::Table& table, const syntax::ParsedFile& file, std::uint32_t index);
    void check_profile(const ast::Profile& profile, const syntax::ParsedFile& file);
    const Declaration* find_declaration(std::string_view name) const;
    Type define_type(std::uint32_t index, const x3::position_tagged& use);
    bool function_checked(std::uint32_t index, const x3::position_tagged& use);
    void check_define_body(std::uint32_t index, DocumentKind kind);
    void check_function_body(std::uint32_t index, DocumentKind kind);
    bool enter(std::string_view owner, State& state, const x3::position_tagged& use);
    std::vector<std::string_view> rule_ids() const;

    // ---- rules (check_rule.cpp)
    void check_rule(CheckedRule& rule);
    Binding bind(const ast::Let& let);
    std::uint32_t condition(const ast::Expr& expr, std::string_view clause);
    void check_message(const ast::StringLiteral& message, Language language, CheckedRule& rule);

    // ---- optional reads (optional_reads.cpp)
    void warn_optional_reads(const CheckedRule& rule);

    // ---- expressions (check_expression.cpp)
    std::uint32_t expr(const ast::Expr& e, const Hint* hint = nullptr);
    std::uint32_t literal(const ast::Literal& literal, const Hint* hint);
    std::uint32_t name(const ast::Name& name, const Hint* hint);
    std::uint32_t member(const ast::Member& member);
    std::uint32_t unary(const ast::Unary& unary);
    std::uint32_t binary(const ast::Binary& binary);
    std::uint32_t logical(const ast::Binary& binary);
    std::uint32_t comparison(const ast::Binary& binary);
    std::uint32_t membership(const ast::Binary& binary);
    std::uint32_t otherwise(const ast::Binary& binary);
    std::uint32_t additive(const ast::Binary& binary);
    std::uint32_t multiplicative(const ast::Binary& binary);
    std::uint32_t if_expr(const ast::IfExpr& e);
    std::uint32_t quantifier(const ast::Quantifier& q);
    std::uint32_t domain(const ast::Expr& e);
    std::uint32_t enum_set(const ast::SetExpr& set);
    std::uint32_t duration(const ast::Duration& d);
    std::uint32_t range(const ast::Range& r);
    std::pair<std::uint32_t, std::uint32_t> operands(const ast::Expr& left, const ast::Expr& right);
    std::uint32_t read(const x3::position_tagged& at, std::uint32_t base, FieldId field, std::string_view text);
    Hint hint_for(std::uint32_t node, const ast::Expr& source) const;

    // ---- calls (check_call.cpp)
    std::uint32_t call(const ast::Call& call);
    std::uint32_t builtin(const ast::Call& call, std::string_view name);
    std::uint32_t table_call(const ast::Call& call, std::uint32_t table);
    std::uint32_t function_call(const ast::Call& call, std::uint32_t function);
    std::uint32_t template_problems(const ast::Call& call);
    std::uint32_t keys(const ast::Call& call);
    bool arity(const ast::Call& call, std::size_t count);
    std::uint32_t argument(const ast::Call& call, std::size_t index, TypeKind wanted);

    // ---- nodes and types (checker.cpp)
    void reserve_nodes();
    std::uint32_t add(const x3::position_tagged& at, Node node, std::span<const std::uint32_t> children = {});
    std::uint32_t invalid(const x3::position_tagged& at);
    std::uint32_t constant(const x3::position_tagged& at, Datum value, Type type);
    std::uint32_t text_constant(const x3::position_tagged& at, std::string_view text);
    std::uint32_t label(std::string_view text);
    const Node& node(std::uint32_t index) const { return out_.nodes[index]; }
    Type type(std::uint32_t index) const { return out_.nodes[index].type; }
    std::uint32_t child(std::uint32_t index, std::size_t n) const { return out_.children[out_.nodes[index].first + n]; }
    bool is_constant(std::uint32_t index) const { return node(index).op == Op::constant; }
    // A record whose element has a value (a clause's text) stands for that value.
    std::uint32_t scalar(std::uint32_t index);
    // The node converted to `to` (integers become decimals and money), or none.
    std::uint32_t convert(std::uint32_t index, Type to);
    // Integer to decimal where the other operand needs it; the common type, invalid if none.
    Type unify(std::uint32_t& left, std::uint32_t& right);
    Type field_type(FieldId field) const;
    std::string describe(Type type) const;
    std::uint16_t new_local(std::string name, Type type, const x3::position_tagged& at);
    const Local* find_local(std::string_view name) const;

    // ---- diagnostics
    void report(DiagnosticLevel level, const syntax::ParsedFile& file, const x3::position_tagged& at,
                std::string message, std::vector<std::string> notes = {});
    void error(const x3::position_tagged& at, std::string message, std::vector<std::string> notes = {});
    std::string_view text_of(const x3::position_tagged& node) const { return scope_->file->text(node); }
    std::string_view text_of(const ast::Expr& e) const { return text_of(ast::tagged(e)); }
    std::string where(const syntax::ParsedFile& file, const x3::position_tagged& node) const;

    std::span<const syntax::ParsedFile* const> files_;
    CheckedRuleSet out_;
    std::vector<Diagnostic> diagnostics_;
    // Where every node is written: the file of its owner and the node's id in that file's
    // ranges (-1: none). Only warnings need a node's line and column, so they are worked
    // out then, not for every node.
    struct Origin {
        const syntax::ParsedFile* file = nullptr;
        int id = -1;
    };
    std::vector<Origin> origins_;
    Position position_of(std::uint32_t node) const;
    std::map<std::string, Declaration, std::less<>> declarations_;
    std::vector<DefineSource> define_sources_;
    std::vector<FunctionSource> function_sources_;
    std::vector<const syntax::ParsedFile*> profile_files_;
    std::vector<const ast::Profile*> profile_sources_;
    Scope* scope_ = nullptr;
    std::vector<std::string> chain_;              // defines and functions being checked
    const syntax::ParsedFile* ruleset_file_ = nullptr;
    const ast::RulesetDecl* ruleset_decl_ = nullptr;
};

}  // namespace drieluik::check
