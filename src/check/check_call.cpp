// Checking calls: the built-in functions of drieluik.ebnf, tables (a step function of a
// date or an integer) and the rule set's own functions.

#include "check/builtins.hpp"
#include "check/checker.hpp"
#include "check/suggest.hpp"

#include <fmt/format.h>

namespace drieluik::check {

namespace {

struct Signature {
    std::string_view name;
    Op op;
    std::initializer_list<TypeKind> params;
    TypeKind result;
};

// The built-ins whose operands and result have fixed types.
const Signature fixed_signatures[] = {
    {"blank", Op::blank, {TypeKind::text}, TypeKind::boolean},
    {"months_between", Op::months_between, {TypeKind::date, TypeKind::date}, TypeKind::integer},
    {"days_between", Op::days_between, {TypeKind::date, TypeKind::date}, TypeKind::integer},
    {"age", Op::age, {TypeKind::date, TypeKind::date}, TypeKind::integer},
    {"birthday", Op::birthday, {TypeKind::date, TypeKind::integer}, TypeKind::date},
};

std::string_view article(TypeKind kind) {
    return kind == TypeKind::integer ? "an" : "a";
}

std::string_view kind_name(TypeKind kind) {
    switch (kind) {
        case TypeKind::boolean: return "boolean";
        case TypeKind::integer: return "integer";
        case TypeKind::date: return "date";
        case TypeKind::text: return "text";
        default: return "value";
    }
}

}  // namespace

std::uint32_t Checker::call(const ast::Call& c) {
    const std::string& name = c.function.text;
    const auto builtins = builtin_functions();
    if (std::find(builtins.begin(), builtins.end(), name) != builtins.end()) return builtin(c, name);
    if (const Declaration* declaration = find_declaration(name)) {
        switch (declaration->kind) {
            case DeclarationKind::table: return table_call(c, declaration->index);
            case DeclarationKind::function: return function_call(c, declaration->index);
            case DeclarationKind::define:
                error(c.function, fmt::format("'{}' is a define, not a function: write it without (...)", name));
                return invalid(c);
        }
    }
    std::vector<std::string_view> candidates(builtins.begin(), builtins.end());
    for (const auto& [declared, declaration] : declarations_)
        if (declaration.kind != DeclarationKind::define) candidates.push_back(declared);
    error(c.function, fmt::format("unknown function '{}'{}", name, did_you_mean(name, candidates)));
    return invalid(c);
}

bool Checker::arity(const ast::Call& c, std::size_t count) {
    if (c.arguments.size() == count) return true;
    error(c, fmt::format("{} takes {} argument{}, not {}", c.function.text, count, count == 1 ? "" : "s",
                         c.arguments.size()));
    for (const ast::Expr& argument : c.arguments) expr(argument);  // still report what is wrong inside
    return false;
}

// Argument `index` checked and converted to `wanted` (invalid after an error).
std::uint32_t Checker::argument(const ast::Call& c, std::size_t index, TypeKind wanted) {
    const ast::Expr& source = c.arguments[index];
    const std::uint32_t value = scalar(expr(source));
    const Type t = type(value);
    if (t.kind == TypeKind::invalid) return value;
    if (t.kind == wanted) return value;
    if (t.kind == TypeKind::integer && wanted == TypeKind::decimal) return convert(value, Type::of(wanted));
    error(ast::tagged(source), fmt::format("argument {} of {} must be {} {}, not {}", index + 1, c.function.text,
                                           article(wanted), kind_name(wanted), describe(t)));
    return invalid(ast::tagged(source));
}

std::uint32_t Checker::builtin(const ast::Call& c, std::string_view name) {
    Node n;
    n.label = label(text_of(c));
    for (const Signature& signature : fixed_signatures) {
        if (signature.name != name) continue;
        if (!arity(c, signature.params.size())) return invalid(c);
        std::vector<std::uint32_t> children;
        bool ok = true;
        std::size_t i = 0;
        for (TypeKind wanted : signature.params) {
            children.push_back(argument(c, i++, wanted));
            ok = ok && type(children.back()).kind != TypeKind::invalid;
        }
        if (!ok) return invalid(c);
        n.op = signature.op;
        n.type = Type::of(signature.result);
        return add(c, n, children);
    }
    if (name == "template_problems") return template_problems(c);
    if (name == "keys") return keys(c);
    if (name == "least" || name == "greatest") {
        if (c.arguments.empty()) {
            error(c, fmt::format("{} needs at least one argument", name));
            return invalid(c);
        }
        std::vector<std::uint32_t> children;
        for (const ast::Expr& argument : c.arguments) children.push_back(scalar(expr(argument)));
        Type common = type(children[0]);
        for (std::size_t i = 0; i < children.size(); ++i) {
            const Type t = type(children[i]);
            if (t.kind == TypeKind::invalid) return invalid(c);
            if (!t.numeric() && t.kind != TypeKind::date) {
                error(ast::tagged(c.arguments[i]), fmt::format("{} compares numbers or dates, not {}", name, describe(t)));
                return invalid(c);
            }
            std::uint32_t a = children[0], b = children[i];
            const Type both = unify(a, b);
            if (both.kind == TypeKind::invalid || (common.kind != TypeKind::integer && both.kind != TypeKind::integer &&
                                                   both != common)) {
                error(ast::tagged(c.arguments[i]),
                      fmt::format("{} needs arguments of one type, not {} and {}", name, describe(common), describe(t)));
                return invalid(c);
            }
            if (common.kind == TypeKind::integer) common = both;
        }
        for (std::uint32_t& child : children) child = convert(child, common);
        n.op = name == "least" ? Op::least : Op::greatest;
        n.type = common;
        return add(c, n, children);
    }
    if (!arity(c, name == "round" ? 2 : 1)) return invalid(c);
    if (name == "exists") {
        const std::uint32_t operand = expr(c.arguments[0]);
        if (type(operand).kind == TypeKind::invalid) return invalid(c);
        n.op = Op::exists;
        n.type = Type::of(TypeKind::boolean);
        const std::uint32_t children[] = {operand};
        return add(c, n, children);
    }
    if (name == "round") {
        const std::uint32_t value = scalar(expr(c.arguments[0]));
        const std::uint32_t digits = argument(c, 1, TypeKind::integer);
        Type t = type(value);
        if (t.kind == TypeKind::invalid || type(digits).kind == TypeKind::invalid) return invalid(c);
        if (!t.numeric()) {
            error(ast::tagged(c.arguments[0]), fmt::format("round needs a number, not {}", describe(t)));
            return invalid(c);
        }
        if (is_constant(digits) && out_.constants[node(digits).a].integer < 0) {
            error(ast::tagged(c.arguments[1]), "round needs zero or more fraction digits");
            return invalid(c);
        }
        if (t.kind == TypeKind::integer) t = Type::of(TypeKind::decimal);
        n.op = Op::round;
        n.type = t;
        const std::uint32_t children[] = {convert(value, t), digits};
        return add(c, n, children);
    }
    const std::uint32_t operand = expr(c.arguments[0]);
    const Type t = type(operand);
    if (t.kind == TypeKind::invalid) return invalid(c);
    const std::uint32_t children[] = {operand};
    if (name == "first" || name == "last") {
        if (t.kind != TypeKind::list) {
            error(ast::tagged(c.arguments[0]), fmt::format("{} needs a list, not {}", name, describe(t)));
            return invalid(c);
        }
        n.op = name == "first" ? Op::first : Op::last;
        n.type = t.element_type();
        n.label = label(text_of(c.arguments[0]));
        return add(c, n, children);
    }
    // previous, next, position: a repeated element's instance
    if (t.kind != TypeKind::record || t.record == 0) {
        error(ast::tagged(c.arguments[0]),
              fmt::format("{} needs one element of a repeated path (a 'for each' or quantifier variable), not {}", name,
                          describe(t)));
        return invalid(c);
    }
    n.op = name == "previous" ? Op::previous : name == "next" ? Op::next : Op::position;
    n.type = name == "position" ? Type::of(TypeKind::integer) : t;
    return add(c, n, children);
}

std::uint32_t Checker::keys(const ast::Call& c) {
    if (!arity(c, 1)) return invalid(c);
    const auto* table = boost::get<ast::Name>(&c.arguments[0]);
    const Declaration* declaration = table != nullptr ? find_declaration(table->text) : nullptr;
    if (declaration == nullptr || declaration->kind != DeclarationKind::table) {
        error(ast::tagged(c.arguments[0]), "keys needs the name of a table");
        return invalid(c);
    }
    const CheckedTable& checked = out_.tables[declaration->index];
    Node n;
    n.op = Op::keys;
    n.a = declaration->index;
    n.type = Type::list_of(Type::of(checked.date_keys ? TypeKind::date : TypeKind::integer));
    return add(c, n);
}

std::uint32_t Checker::template_problems(const ast::Call& c) {
    if (scope_->kind != DocumentKind::programme) {
        error(c.function, "template_problems checks the agreement template of a programme application; use it in "
                          "rules that apply to programme");
        return invalid(c);
    }
    if (c.arguments.size() != 1 && c.arguments.size() != 2) {
        error(c, fmt::format("template_problems takes 1 or 2 arguments, not {}", c.arguments.size()));
        return invalid(c);
    }
    const std::uint32_t href = argument(c, 0, TypeKind::text);
    std::vector<std::uint32_t> excluded;
    bool ok = type(href).kind != TypeKind::invalid;
    if (c.arguments.size() == 2) {
        const auto* set = boost::get<x3::forward_ast<ast::SetExpr>>(&c.arguments[1]);
        if (set == nullptr) {
            error(ast::tagged(c.arguments[1]), "the second argument of template_problems lists rule ids: [RULE-ID, ...]");
            return invalid(c);
        }
        const std::vector<std::string_view> ids = rule_ids();
        for (const ast::Expr& element : set->get().elements) {
            const auto* id = boost::get<ast::Name>(&element);
            auto it = id != nullptr ? std::lower_bound(ids.begin(), ids.end(), std::string_view(id->text)) : ids.end();
            if (id == nullptr || it == ids.end() || *it != id->text) {
                const std::string_view written = text_of(element);
                error(ast::tagged(element), fmt::format("unknown rule id '{}'{}", written, did_you_mean(written, ids)));
                ok = false;
                continue;
            }
            excluded.push_back(static_cast<std::uint32_t>(it - ids.begin()));
        }
    }
    if (!ok) return invalid(c);
    Node n;
    n.op = Op::template_problems;
    n.a = static_cast<std::uint32_t>(out_.exclusions.size());
    n.type = Type::list_of(Type::of(TypeKind::problem));
    out_.exclusions.push_back(std::move(excluded));
    const std::uint32_t children[] = {href};
    return add(c, n, children);
}

std::uint32_t Checker::table_call(const ast::Call& c, std::uint32_t table) {
    if (!arity(c, 1)) return invalid(c);
    const CheckedTable& checked = out_.tables[table];
    const std::uint32_t key = argument(c, 0, checked.date_keys ? TypeKind::date : TypeKind::integer);
    if (type(key).kind == TypeKind::invalid) return invalid(c);
    Node n;
    n.op = Op::lookup;
    n.a = table;
    n.type = checked.value_type;
    const std::uint32_t children[] = {key};
    return add(c, n, children);
}

std::uint32_t Checker::function_call(const ast::Call& c, std::uint32_t function) {
    const CheckedFunction& checked = out_.functions[function];
    if (!arity(c, checked.params.size())) return invalid(c);
    std::vector<std::uint32_t> children;
    bool ok = true;
    for (std::size_t i = 0; i < c.arguments.size(); ++i) {
        const std::uint32_t value = scalar(expr(c.arguments[i]));
        const Type t = type(value);
        if (t.kind == TypeKind::invalid) {
            ok = false;
            continue;
        }
        const std::uint32_t converted = convert(value, checked.params[i]);
        if (converted == none) {
            error(ast::tagged(c.arguments[i]), fmt::format("argument {} of {} must be {}, not {}", i + 1, checked.name,
                                                           describe(checked.params[i]), describe(t)));
            ok = false;
            continue;
        }
        children.push_back(converted);
    }
    if (!function_checked(function, c.function) || !ok) return invalid(c);
    Node n;
    n.op = Op::call;
    n.a = function;
    n.type = checked.result;
    return add(c, n, children);
}

}  // namespace drieluik::check
