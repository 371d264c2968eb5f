// Checking expressions: names and paths resolved, operators typed (drieluik.ebnf,
// "Expressions"), every problem reported with the node it is about.

#include "check/builtins.hpp"
#include "check/checker.hpp"
#include "check/literal.hpp"
#include "check/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <set>

namespace drieluik::check {

namespace {

bool is_bare(const ast::Expr& e) {
    if (boost::get<ast::Name>(&e) != nullptr) return true;
    const auto* literal = boost::get<ast::Literal>(&e);
    return literal != nullptr && literal->kind == ast::LiteralKind::string;
}

std::vector<std::string_view> child_names(const DocumentModel& model, FieldId parent) {
    std::vector<std::string_view> names;
    for (const FieldDef& field : model.fields())
        if (field.parent == parent) names.push_back(field.name);
    return names;
}

std::string_view operator_text(ast::BinaryOp op) {
    switch (op) {
        case ast::BinaryOp::add: return "add";
        case ast::BinaryOp::subtract: return "subtract";
        case ast::BinaryOp::multiply: return "multiply";
        case ast::BinaryOp::divide: return "divide";
        default: return "combine";
    }
}

Comparison comparison_of(ast::BinaryOp op) {
    switch (op) {
        case ast::BinaryOp::equal: return Comparison::equal;
        case ast::BinaryOp::not_equal: return Comparison::not_equal;
        case ast::BinaryOp::less: return Comparison::less;
        case ast::BinaryOp::less_equal: return Comparison::less_equal;
        case ast::BinaryOp::greater: return Comparison::greater;
        default: return Comparison::greater_equal;
    }
}

}  // namespace

std::uint32_t Checker::expr(const ast::Expr& e, const Hint* hint) {
    struct Visitor {
        using result_type = std::uint32_t;
        Checker& checker;
        const Hint* hint;
        std::uint32_t operator()(const ast::Literal& n) const { return checker.literal(n, hint); }
        std::uint32_t operator()(const ast::Name& n) const { return checker.name(n, hint); }
        std::uint32_t operator()(const x3::forward_ast<ast::Unary>& n) const { return checker.unary(n.get()); }
        std::uint32_t operator()(const x3::forward_ast<ast::Binary>& n) const { return checker.binary(n.get()); }
        std::uint32_t operator()(const x3::forward_ast<ast::IfExpr>& n) const { return checker.if_expr(n.get()); }
        std::uint32_t operator()(const x3::forward_ast<ast::Quantifier>& n) const { return checker.quantifier(n.get()); }
        std::uint32_t operator()(const x3::forward_ast<ast::Call>& n) const { return checker.call(n.get()); }
        std::uint32_t operator()(const x3::forward_ast<ast::Member>& n) const { return checker.member(n.get()); }
        std::uint32_t operator()(const x3::forward_ast<ast::Duration>& n) const { return checker.duration(n.get()); }
        std::uint32_t operator()(const x3::forward_ast<ast::SetExpr>& n) const {
            checker.error(n.get(), "a list in [...] can only follow 'in', be ranged over, or name rule ids in "
                                   "template_problems");
            return checker.invalid(n.get());
        }
        std::uint32_t operator()(const x3::forward_ast<ast::Range>& n) const { return checker.range(n.get()); }
    };
    return e.apply_visitor(Visitor{*this, hint});
}

std::uint32_t Checker::literal(const ast::Literal& l, const Hint* hint) {
    if (l.kind == ast::LiteralKind::string) {
        if (hint != nullptr && hint->enumeration != nullptr) {
            const int index = hint->enumeration->index_of(l.text);
            if (index >= 0) return constant(l, Datum::of_enum(static_cast<std::uint32_t>(index)), Type::enum_of(hint->enumeration));
        }
        return text_constant(l, l.text);
    }
    std::string problem;
    auto value = parse_literal(l, problem);
    if (!value) {
        error(l, problem);
        return invalid(l);
    }
    return constant(l, value->value, value->type);
}

std::uint32_t Checker::name(const ast::Name& n, const Hint* hint) {
    const std::string& text = n.text;
    if (const Local* local = find_local(text)) {
        Node node;
        node.op = Op::local;
        node.a = local->slot;
        node.type = local->type;
        node.label = label(text);
        return add(n, node);
    }
    if (hint != nullptr && hint->enumeration != nullptr) {
        const int index = hint->enumeration->index_of(text);
        if (index >= 0) return constant(n, Datum::of_enum(static_cast<std::uint32_t>(index)), Type::enum_of(hint->enumeration));
    }
    if (const Declaration* declaration = find_declaration(text)) {
        switch (declaration->kind) {
            case DeclarationKind::define: {
                Node node;
                node.op = Op::define;
                node.a = declaration->index;
                node.type = define_type(declaration->index, n);
                if (node.type.kind == TypeKind::invalid) return invalid(n);
                return add(n, node);
            }
            case DeclarationKind::table:
                error(n, fmt::format("'{}' is a table: look a value up with {}(key)", text, text));
                return invalid(n);
            case DeclarationKind::function:
                error(n, fmt::format("'{}' is a function: call it with {}(...)", text, text));
                return invalid(n);
        }
    }
    if (text == "today") {
        Node node;
        node.op = Op::today;
        node.type = Type::of(TypeKind::date);
        return add(n, node);
    }
    const DocumentModel& model = *scope_->model;
    if (const FieldId field = model.child(0, text); field != no_field) {
        Node root;
        root.op = Op::root;
        root.type = Type::record_of(0);
        return read(n, add(n, root), field, text);
    }
    if (hint != nullptr && hint->enumeration != nullptr) {
        const auto values = hint->enumeration->values;
        error(n, fmt::format("unknown value '{}' for {}{}", text, hint->what,
                             did_you_mean(text, std::vector<std::string_view>(values.begin(), values.end()))));
        return invalid(n);
    }
    std::vector<std::string_view> candidates = child_names(model, 0);
    for (const Local& local : scope_->locals) candidates.push_back(local.name);
    for (const auto& [declared, declaration] : declarations_)
        if (declaration.kind == DeclarationKind::define) candidates.push_back(declared);
    candidates.push_back("today");
    error(n, fmt::format("unknown name '{}'{}", text, did_you_mean(text, candidates)));
    return invalid(n);
}

std::uint32_t Checker::read(const x3::position_tagged& at, std::uint32_t base, FieldId field, std::string_view text) {
    const FieldDef& def = scope_->model->field(field);
    Node node;
    node.op = Op::read;
    node.sub = static_cast<std::uint8_t>(def.type);
    node.field = field;
    node.a = def.slot;
    node.type = field_type(field);
    node.label = label(text);
    const std::uint32_t children[] = {base};
    return add(at, node, children);
}

std::uint32_t Checker::member(const ast::Member& m) {
    const std::uint32_t object = expr(m.object);
    const Node& o = node(object);
    const std::string_view object_text = text_of(m.object);
    const std::string& name = m.member.text;
    const DocumentModel& model = *scope_->model;
    if (o.type.kind == TypeKind::invalid) return invalid(m);
    if (o.type.kind == TypeKind::problem) {
        if (name != "rule" && name != "message") {
            error(m.member, fmt::format("a template problem has the members rule and message, not '{}'", name));
            return invalid(m);
        }
        Node n;
        n.op = name == "rule" ? Op::problem_rule : Op::problem_message;
        n.type = Type::of(TypeKind::text);
        const std::uint32_t children[] = {object};
        return add(m, n, children);
    }
    if (o.type.kind == TypeKind::list && o.op == Op::read && o.type.element == TypeKind::record) {
        error(ast::tagged(m.object), fmt::format("{} is repeated: use for each / every / some / count", object_text));
        return invalid(m);
    }
    FieldId parent = no_field;
    std::uint32_t base = object;
    if (o.type.kind == TypeKind::record) {
        parent = model.records()[o.type.record].element;
    } else if (o.op == Op::read && o.type.kind != TypeKind::list) {
        parent = o.field;
        base = child(object, 0);
    } else {
        error(m.member, fmt::format("{} is {} and has no member '{}'", object_text, describe(o.type), name));
        return invalid(m);
    }
    const FieldId field = model.child(parent, name);
    if (field == no_field) {
        error(m.member, fmt::format("unknown field '{}' in {}{}", name, object_text,
                                    did_you_mean(name, child_names(model, parent))));
        return invalid(m);
    }
    return read(m, base, field, text_of(m));
}

std::uint32_t Checker::unary(const ast::Unary& u) {
    const std::uint32_t operand = scalar(expr(u.operand));
    const Type t = type(operand);
    if (t.kind == TypeKind::invalid) return invalid(u);
    Node n;
    const std::uint32_t children[] = {operand};
    if (u.op == ast::UnaryOp::logical_not) {
        if (t.kind != TypeKind::boolean) {
            error(u, fmt::format("'not' needs a boolean, not {}", describe(t)));
            return invalid(u);
        }
        n.op = Op::logical_not;
        n.type = t;
        return add(u, n, children);
    }
    if (!t.numeric()) {
        error(u, fmt::format("cannot negate {}", describe(t)));
        return invalid(u);
    }
    n.op = Op::negate;
    n.type = t;
    n.label = label(text_of(u));
    return add(u, n, children);
}

std::uint32_t Checker::binary(const ast::Binary& b) {
    switch (b.op) {
        case ast::BinaryOp::logical_or:
        case ast::BinaryOp::logical_and: return logical(b);
        case ast::BinaryOp::equal:
        case ast::BinaryOp::not_equal:
        case ast::BinaryOp::less:
        case ast::BinaryOp::less_equal:
        case ast::BinaryOp::greater:
        case ast::BinaryOp::greater_equal: return comparison(b);
        case ast::BinaryOp::in:
        case ast::BinaryOp::not_in: return membership(b);
        case ast::BinaryOp::otherwise: return otherwise(b);
        case ast::BinaryOp::add:
        case ast::BinaryOp::subtract: return additive(b);
        case ast::BinaryOp::multiply:
        case ast::BinaryOp::divide: return multiplicative(b);
    }
    return invalid(b);
}

std::uint32_t Checker::logical(const ast::Binary& b) {
    const std::uint32_t left = scalar(expr(b.left));
    const std::uint32_t right = scalar(expr(b.right));
    const std::string_view word = b.op == ast::BinaryOp::logical_or ? "or" : "and";
    bool ok = true;
    for (auto [operand, source] : {std::pair{left, &b.left}, std::pair{right, &b.right}}) {
        const Type t = type(operand);
        if (t.kind == TypeKind::invalid) ok = false;
        else if (t.kind != TypeKind::boolean) {
            error(ast::tagged(*source), fmt::format("'{}' needs booleans on both sides, not {}", word, describe(t)));
            ok = false;
        }
    }
    if (!ok) return invalid(b);
    Node n;
    n.op = b.op == ast::BinaryOp::logical_or ? Op::logical_or : Op::logical_and;
    n.type = Type::of(TypeKind::boolean);
    const std::uint32_t children[] = {left, right};
    return add(b, n, children);
}

Hint Checker::hint_for(std::uint32_t index, const ast::Expr& source) const {
    const Type t = type(index);
    if (t.kind == TypeKind::enumeration || (t.kind == TypeKind::list && t.element == TypeKind::enumeration))
        return Hint{t.enumeration, std::string(text_of(source))};
    return {};
}

// A bare name on one side of a comparison may be a value of the other side's
// enumeration, so the other side is checked first.
std::pair<std::uint32_t, std::uint32_t> Checker::operands(const ast::Expr& left, const ast::Expr& right) {
    if (is_bare(left) && !is_bare(right)) {
        const std::uint32_t r = scalar(expr(right));
        const Hint hint = hint_for(r, right);
        return {scalar(expr(left, &hint)), r};
    }
    const std::uint32_t l = scalar(expr(left));
    const Hint hint = hint_for(l, left);
    return {l, scalar(expr(right, &hint))};
}

std::uint32_t Checker::comparison(const ast::Binary& b) {
    auto [left, right] = operands(b.left, b.right);
    const Type lt = type(left), rt = type(right);
    if (lt.kind == TypeKind::invalid || rt.kind == TypeKind::invalid) return invalid(b);
    const Comparison op = comparison_of(b.op);
    const Type common = unify(left, right);
    const bool ordering = op != Comparison::equal && op != Comparison::not_equal;
    bool comparable = false;
    switch (common.kind) {
        case TypeKind::integer:
        case TypeKind::decimal:
        case TypeKind::money:
        case TypeKind::date: comparable = true; break;
        case TypeKind::boolean:
        case TypeKind::text:
        case TypeKind::enumeration: comparable = !ordering; break;
        default: break;
    }
    if (!comparable) {
        if (common.kind != TypeKind::invalid && ordering)
            error(b, fmt::format("cannot order {} values; '<', '<=', '>' and '>=' need numbers or dates", describe(common)));
        else
            error(b, fmt::format("cannot compare {} with {}", describe(lt), describe(rt)));
        return invalid(b);
    }
    Node n;
    n.op = Op::compare;
    n.sub = static_cast<std::uint8_t>(op);
    n.b = static_cast<std::uint32_t>(common.kind == TypeKind::money ? TypeKind::decimal : common.kind);
    n.type = Type::of(TypeKind::boolean);
    const std::uint32_t children[] = {left, right};
    return add(b, n, children);
}

std::uint32_t Checker::membership(const ast::Binary& b) {
    const bool negated = b.op == ast::BinaryOp::not_in;
    const auto* set = boost::get<x3::forward_ast<ast::SetExpr>>(&b.right);
    std::uint32_t value = none;
    std::uint32_t list = none;
    if (set == nullptr && is_bare(b.left)) {
        list = expr(b.right);
        const Hint hint = hint_for(list, b.right);
        value = scalar(expr(b.left, &hint));
    } else {
        value = scalar(expr(b.left));
    }
    const Type vt = type(value);
    if (set != nullptr) {
        const Hint hint = hint_for(value, b.left);
        std::vector<std::uint32_t> children{value};
        bool ok = vt.kind != TypeKind::invalid;
        Type common = vt;
        for (const ast::Expr& element : set->get().elements) {
            const std::uint32_t e = scalar(expr(element, &hint));
            const Type et = type(e);
            if (et.kind == TypeKind::invalid || !ok) {
                ok = false;
                continue;
            }
            std::uint32_t a = children[0], c = e;
            const Type both = unify(a, c);
            const bool comparable = both.kind != TypeKind::invalid && both.kind != TypeKind::list &&
                                    both.kind != TypeKind::record && both.kind != TypeKind::container &&
                                    both.kind != TypeKind::duration && both.kind != TypeKind::problem;
            const bool clash = both.numeric() && common.kind != TypeKind::integer && both != common;
            if (!comparable || clash) {
                error(ast::tagged(element), fmt::format("cannot compare {} with {}", describe(vt), describe(et)));
                ok = false;
                continue;
            }
            if (both.numeric() && common.kind == TypeKind::integer) common = both;
            children.push_back(e);
        }
        if (!ok) return invalid(b);
        for (std::uint32_t& c : children) {
            const std::uint32_t converted = convert(c, common);
            if (converted == none) {
                error(b, fmt::format("the values in [...] do not all have the type {}", describe(common)));
                return invalid(b);
            }
            c = converted;
        }
        Node n;
        n.op = Op::in_set;
        n.sub = negated ? 1 : 0;
        n.b = static_cast<std::uint32_t>(common.kind == TypeKind::money ? TypeKind::decimal : common.kind);
        n.type = Type::of(TypeKind::boolean);
        return add(b, n, children);
    }
    if (list == none) {
        const Hint hint = hint_for(value, b.left);
        list = expr(b.right, &hint);
    }
    const Type lt = type(list);
    if (vt.kind == TypeKind::invalid || lt.kind == TypeKind::invalid) return invalid(b);
    const bool fits = lt.kind == TypeKind::list && lt.element != TypeKind::record && lt.element != TypeKind::problem &&
                      lt.element_type() == vt;
    if (!fits) {
        error(b, fmt::format("cannot look for {} in {}", describe(vt), describe(lt)));
        return invalid(b);
    }
    Node n;
    n.op = Op::in_list;
    n.sub = negated ? 1 : 0;
    n.type = Type::of(TypeKind::boolean);
    const std::uint32_t children[] = {value, list};
    return add(b, n, children);
}

std::uint32_t Checker::otherwise(const ast::Binary& b) {
    std::uint32_t left = scalar(expr(b.left));
    const Hint hint = hint_for(left, b.left);
    std::uint32_t right = scalar(expr(b.right, &hint));
    const Type lt = type(left), rt = type(right);
    if (lt.kind == TypeKind::invalid || rt.kind == TypeKind::invalid) return invalid(b);
    const Type common = unify(left, right);
    if (common.kind == TypeKind::invalid || common.kind == TypeKind::duration) {
        error(b, fmt::format("'otherwise' needs the same type on both sides, not {} and {}", describe(lt), describe(rt)));
        return invalid(b);
    }
    Node n;
    n.op = Op::otherwise;
    n.type = common;
    const std::uint32_t children[] = {left, right};
    return add(b, n, children);
}

std::uint32_t Checker::additive(const ast::Binary& b) {
    std::uint32_t left = scalar(expr(b.left));
    std::uint32_t right = scalar(expr(b.right));
    const Type lt = type(left), rt = type(right);
    if (lt.kind == TypeKind::invalid || rt.kind == TypeKind::invalid) return invalid(b);
    const bool subtract = b.op == ast::BinaryOp::subtract;
    if (lt.kind == TypeKind::date && rt.kind == TypeKind::duration) {
        Node n;
        n.op = Op::shift_date;
        n.sub = node(right).sub;
        n.b = subtract ? 1 : 0;
        n.type = lt;
        n.label = label(text_of(b));
        const std::uint32_t children[] = {left, child(right, 0)};
        return add(b, n, children);
    }
    if (lt.kind == TypeKind::duration || rt.kind == TypeKind::duration) {
        error(b, "a duration can only be added to or subtracted from a date");
        return invalid(b);
    }
    if (lt.kind == TypeKind::date && rt.kind == TypeKind::date && subtract) {
        error(b, "cannot subtract a date from a date; use days_between(a, b) or months_between(a, b)");
        return invalid(b);
    }
    if (lt.kind == TypeKind::date && rt.numeric()) {
        error(b, fmt::format("cannot {} {} and a date; write a duration such as '3 days'", operator_text(b.op),
                             describe(rt)));
        return invalid(b);
    }
    const Type common = lt.numeric() && rt.numeric() ? unify(left, right) : Type{};
    if (common.kind == TypeKind::invalid) {
        error(b, fmt::format("cannot {} {} and {}", operator_text(b.op), describe(lt), describe(rt)));
        return invalid(b);
    }
    Node n;
    n.op = Op::arithmetic;
    n.sub = static_cast<std::uint8_t>(subtract ? Arithmetic::subtract : Arithmetic::add);
    n.type = common;
    n.label = label(text_of(b));
    const std::uint32_t children[] = {left, right};
    return add(b, n, children);
}

std::uint32_t Checker::multiplicative(const ast::Binary& b) {
    std::uint32_t left = scalar(expr(b.left));
    std::uint32_t right = scalar(expr(b.right));
    const Type lt = type(left), rt = type(right);
    if (lt.kind == TypeKind::invalid || rt.kind == TypeKind::invalid) return invalid(b);
    const bool divide = b.op == ast::BinaryOp::divide;
    const bool money_left = lt.kind == TypeKind::money, money_right = rt.kind == TypeKind::money;
    Type result;
    if (lt.numeric() && rt.numeric()) {
        if (!money_left && !money_right)
            result = Type::of(divide || lt.kind == TypeKind::decimal || rt.kind == TypeKind::decimal ? TypeKind::decimal
                                                                                                    : TypeKind::integer);
        else if (money_left && money_right)
            result = divide ? Type::of(TypeKind::decimal) : Type{};
        else if (money_left || !divide)
            result = Type::of(TypeKind::money);
    }
    if (result.kind == TypeKind::invalid) {
        error(b, fmt::format("cannot {} {} by {}", operator_text(b.op), describe(lt), describe(rt)));
        return invalid(b);
    }
    if (result.kind != TypeKind::integer) {
        left = convert(left, lt.kind == TypeKind::integer ? Type::of(TypeKind::decimal) : lt);
        right = convert(right, rt.kind == TypeKind::integer ? Type::of(TypeKind::decimal) : rt);
    }
    Node n;
    n.op = Op::arithmetic;
    n.sub = static_cast<std::uint8_t>(divide ? Arithmetic::divide : Arithmetic::multiply);
    n.type = result;
    n.label = label(text_of(b));
    const std::uint32_t children[] = {left, right};
    return add(b, n, children);
}

std::uint32_t Checker::if_expr(const ast::IfExpr& e) {
    const std::uint32_t condition = scalar(expr(e.condition));
    std::uint32_t then_branch = scalar(expr(e.then_branch));
    const Hint hint = hint_for(then_branch, e.then_branch);
    std::uint32_t else_branch = scalar(expr(e.else_branch, &hint));
    const Type ct = type(condition), tt = type(then_branch), et = type(else_branch);
    if (ct.kind == TypeKind::invalid || tt.kind == TypeKind::invalid || et.kind == TypeKind::invalid) return invalid(e);
    if (ct.kind != TypeKind::boolean) {
        error(ast::tagged(e.condition), fmt::format("'if' needs a boolean condition, not {}", describe(ct)));
        return invalid(e);
    }
    const Type common = unify(then_branch, else_branch);
    if (common.kind == TypeKind::invalid || common.kind == TypeKind::duration) {
        error(e, fmt::format("the branches of 'if' have different types: {} and {}", describe(tt), describe(et)));
        return invalid(e);
    }
    Node n;
    n.op = Op::choose;
    n.type = common;
    const std::uint32_t children[] = {condition, then_branch, else_branch};
    return add(e, n, children);
}

std::uint32_t Checker::domain(const ast::Expr& e) {
    if (const auto* set = boost::get<x3::forward_ast<ast::SetExpr>>(&e)) return enum_set(set->get());
    const std::uint32_t list = expr(e);
    const Type t = type(list);
    if (t.kind != TypeKind::invalid && t.kind != TypeKind::list) {
        error(ast::tagged(e), fmt::format("{} is {}, not a list to range over", text_of(e), describe(t)));
        return invalid(ast::tagged(e));
    }
    return list;
}

// `[student, employer, institution]` ranged over: the enumeration of the document model
// that has all of these values.
std::uint32_t Checker::enum_set(const ast::SetExpr& set) {
    std::vector<const ast::Name*> names;
    for (const ast::Expr& element : set.elements) {
        const auto* name = boost::get<ast::Name>(&element);
        if (name == nullptr) {
            error(ast::tagged(element), "a list in [...] to range over must name enumeration values");
            return invalid(set);
        }
        names.push_back(name);
    }
    std::set<const EnumDef*> candidates;
    for (const FieldDef& field : scope_->model->fields()) {
        if (field.enumeration == nullptr) continue;
        const bool all = std::all_of(names.begin(), names.end(),
                                     [&](const ast::Name* n) { return field.enumeration->index_of(n->text) >= 0; });
        if (all) candidates.insert(field.enumeration);
    }
    if (candidates.size() != 1) {
        std::vector<std::string_view> names_found;
        names_found.reserve(candidates.size());
        for (const EnumDef* def : candidates) names_found.push_back(def->name);
        std::sort(names_found.begin(), names_found.end());
        std::string found;
        for (std::string_view def : names_found) found += (found.empty() ? "" : ", ") + std::string(def);
        error(set, candidates.empty()
                       ? std::string("no enumeration of the document model has all of these values")
                       : fmt::format("these values belong to more than one enumeration ({}); add a value that "
                                     "tells them apart",
                                     found));
        return invalid(set);
    }
    const EnumDef* def = *candidates.begin();
    Datum value;
    value.present = true;
    value.form = ListForm::enum_set;
    value.set = 0;
    for (const ast::Name* n : names) value.set |= std::uint64_t{1} << def->index_of(n->text);
    return constant(set, value, Type::list_of(Type::enum_of(def)));
}

std::uint32_t Checker::quantifier(const ast::Quantifier& q) {
    const std::uint32_t list = domain(q.domain);
    const Type lt = type(list);
    const std::size_t mark = scope_->locals.size();
    const std::uint16_t slot = new_local(q.variable.text, lt.kind == TypeKind::list ? lt.element_type() : Type{}, q.variable);
    std::uint32_t where = none, body = none;
    bool ok = lt.kind == TypeKind::list;
    if (q.where) {
        where = scalar(expr(*q.where));
        const Type wt = type(where);
        if (wt.kind == TypeKind::invalid) ok = false;
        else if (wt.kind != TypeKind::boolean) {
            error(ast::tagged(*q.where), fmt::format("'where' needs a boolean, not {}", describe(wt)));
            ok = false;
        }
    }
    Type result = Type::of(TypeKind::boolean);
    if (q.body) {
        body = scalar(expr(*q.body));
        const Type bt = type(body);
        if (bt.kind == TypeKind::invalid) ok = false;
        switch (q.kind) {
            case ast::QuantifierKind::every:
            case ast::QuantifierKind::some:
                if (bt.kind != TypeKind::boolean && bt.kind != TypeKind::invalid) {
                    error(ast::tagged(*q.body), fmt::format("the condition after ':' must be a boolean, not {}", describe(bt)));
                    ok = false;
                }
                break;
            case ast::QuantifierKind::sum:
                if (!bt.numeric() && bt.kind != TypeKind::invalid) {
                    error(ast::tagged(*q.body), fmt::format("'sum' adds numbers, not {}", describe(bt)));
                    ok = false;
                }
                result = bt;
                break;
            case ast::QuantifierKind::min:
            case ast::QuantifierKind::max:
                if (!bt.numeric() && bt.kind != TypeKind::date && bt.kind != TypeKind::invalid) {
                    error(ast::tagged(*q.body), fmt::format("'min' and 'max' need numbers or dates, not {}", describe(bt)));
                    ok = false;
                }
                result = bt;
                break;
            default: break;
        }
    }
    if (q.kind == ast::QuantifierKind::count) result = Type::of(TypeKind::integer);
    if (q.kind == ast::QuantifierKind::find) result = lt.kind == TypeKind::list ? lt.element_type() : Type{};
    scope_->locals.resize(mark);
    if (!ok) return invalid(q);
    Node n;
    n.op = Op::quantifier;
    n.sub = static_cast<std::uint8_t>(q.kind);
    n.a = slot;
    n.type = result;
    n.label = label(text_of(q.domain));
    const std::uint32_t children[] = {list, where, body};
    return add(q, n, children);
}

std::uint32_t Checker::duration(const ast::Duration& d) {
    const std::uint32_t amount = scalar(expr(d.amount));
    const Type t = type(amount);
    if (t.kind == TypeKind::invalid) return invalid(d);
    if (t.kind != TypeKind::integer) {
        error(d, fmt::format("a duration counts whole days, months or years, not {}", describe(t)));
        return invalid(d);
    }
    Node n;
    n.op = Op::duration;
    n.sub = static_cast<std::uint8_t>(d.unit);
    n.type = Type::of(TypeKind::duration);
    const std::uint32_t children[] = {amount};
    return add(d, n, children);
}

std::uint32_t Checker::range(const ast::Range& r) {
    const std::uint32_t from = scalar(expr(r.from));
    const std::uint32_t to = scalar(expr(r.to));
    bool ok = true;
    for (auto [end, source] : {std::pair{from, &r.from}, std::pair{to, &r.to}}) {
        const Type t = type(end);
        if (t.kind == TypeKind::invalid) ok = false;
        else if (t.kind != TypeKind::integer) {
            error(ast::tagged(*source), fmt::format("a range runs between integers, not {}", describe(t)));
            ok = false;
        }
    }
    if (!ok) return invalid(r);
    Node n;
    n.op = Op::range;
    n.type = Type::list_of(Type::of(TypeKind::integer));
    const std::uint32_t children[] = {from, to};
    return add(r, n, children);
}

}  // namespace drieluik::check
