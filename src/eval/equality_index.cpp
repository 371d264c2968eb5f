#include "eval/equality_index.hpp"

namespace drieluik::evaluation {

namespace {

using check::Node;
using check::Op;
using check::TypeKind;

// Whether evaluating node `index` could see or change local `variable`, or has an effect
// (template_problems loads a file): such a side depends on the element, or may not be
// evaluated once for all elements. Lets are not looked into: a let cannot name the
// variable of a quantifier, which is bound inside the let's rule.
bool involves(const Plan& plan, std::uint32_t index, std::uint32_t variable) {
    if (index == check::none) return false;
    const Node& n = plan.node(index);
    switch (n.op) {
        case Op::local:
        case Op::quantifier:
            if (n.a == variable) return true;
            break;
        case Op::bind:
            if (variable >= n.a && variable < n.a + n.count - 1u) return true;
            break;
        case Op::template_problems: return true;
        default: break;
    }
    for (std::size_t i = 0; i < n.count; ++i)
        if (involves(plan, plan.child(index, i), variable)) return true;
    return false;
}

// A field of the element itself: z.f.
bool is_field_of(const Plan& plan, std::uint32_t index, std::uint32_t variable) {
    const Node& n = plan.node(index);
    if (n.op != Op::read) return false;
    const Node& base = plan.node(plan.child(index, 0));
    return base.op == Op::local && base.a == variable;
}

bool comparable(TypeKind kind) {
    switch (kind) {
        case TypeKind::boolean:
        case TypeKind::integer:
        case TypeKind::decimal:
        case TypeKind::money:
        case TypeKind::date:
        case TypeKind::text:
        case TypeKind::enumeration: return true;
        default: return false;
    }
}

}  // namespace

std::optional<Equality> find_equality(const Plan& plan, std::uint32_t condition, std::uint32_t variable) {
    const Node& n = plan.node(condition);
    if (n.op == Op::logical_and) {
        if (auto left = find_equality(plan, plan.child(condition, 0), variable)) return left;
        return find_equality(plan, plan.child(condition, 1), variable);
    }
    const auto kind = static_cast<TypeKind>(n.b);
    if (n.op != Op::compare || static_cast<check::Comparison>(n.sub) != check::Comparison::equal || !comparable(kind))
        return std::nullopt;
    const std::uint32_t left = plan.child(condition, 0);
    const std::uint32_t right = plan.child(condition, 1);
    if (is_field_of(plan, left, variable) && !involves(plan, right, variable)) return Equality{left, right, kind};
    if (is_field_of(plan, right, variable) && !involves(plan, left, variable)) return Equality{right, left, kind};
    return std::nullopt;
}

EqualityKey key_of(const check::Datum& value, TypeKind kind) {
    EqualityKey key;
    switch (kind) {
        case TypeKind::boolean: key.number = value.boolean ? 1 : 0; break;
        case TypeKind::integer: key.number = value.integer; break;
        case TypeKind::date: key.number = value.date.day_number(); break;
        case TypeKind::enumeration: key.number = value.enum_index; break;
        case TypeKind::text: key.text = value.text.view(); break;
        case TypeKind::decimal:
        case TypeKind::money:
            // 2.50 equals 2.5: the digits without trailing zeros.
            key.number = value.decimal.mantissa();
            key.scale = value.decimal.scale();
            for (; key.scale > 0 && key.number % 10 == 0; --key.scale) key.number /= 10;
            break;
        default: break;
    }
    return key;
}

}  // namespace drieluik::evaluation
