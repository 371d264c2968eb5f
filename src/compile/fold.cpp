#include "compile/fold.hpp"

#include <vector>

namespace drieluik {

using check::Datum;
using check::Op;
using check::TypeKind;

namespace {

bool pure(Op op) {
    switch (op) {
        case Op::logical_not:
        case Op::logical_and:
        case Op::logical_or:
        case Op::choose:
        case Op::otherwise:
        case Op::compare:
        case Op::in_set:
        case Op::negate:
        case Op::arithmetic:
        case Op::to_decimal:
        case Op::shift_date:
        case Op::months_between:
        case Op::days_between:
        case Op::age:
        case Op::birthday:
        case Op::round:
        case Op::blank:
        case Op::least:
        case Op::greatest:
        case Op::lookup: return true;
        default: return false;
    }
}

}  // namespace

std::optional<Datum> fold(const Plan& plan, std::uint32_t index) {
    const check::Node& n = plan.node(index);
    if (!pure(n.op)) return std::nullopt;
    std::vector<Datum> args;
    for (std::uint16_t i = 0; i < n.count; ++i) {
        const check::Node& operand = plan.node(plan.child(index, i));
        if (operand.op != Op::constant) return std::nullopt;
        args.push_back(plan.constants[operand.a]);
    }
    const auto kind = static_cast<TypeKind>(n.b);
    const bool integer = n.type.kind == TypeKind::integer;
    switch (n.op) {
        case Op::logical_not: return operations::logical_not(args[0]);
        case Op::logical_and: return operations::logical_and(args[0], args[1]);
        case Op::logical_or: return operations::logical_or(args[0], args[1]);
        case Op::choose: return !args[0].present ? args[0] : args[0].boolean ? args[1] : args[2];
        case Op::otherwise: return args[0].present ? args[0] : args[1];
        case Op::compare: return operations::compare(static_cast<check::Comparison>(n.sub), kind, args[0], args[1]);
        case Op::in_set:
            return operations::member_of(kind, n.sub != 0, args[0], args.size() - 1,
                                         [&](std::size_t i) { return args[i + 1]; });
        case Op::negate: return operations::negate(integer, args[0], n.label);
        case Op::arithmetic:
            return operations::arithmetic(static_cast<check::Arithmetic>(n.sub), integer, args[0], args[1], n.label);
        case Op::to_decimal: return operations::to_decimal(args[0]);
        case Op::shift_date:
            return operations::shift_date(static_cast<check::Unit>(n.sub), n.b != 0, args[0], args[1], n.label);
        case Op::months_between: return operations::months_between(args[0], args[1]);
        case Op::days_between: return operations::days_between(args[0], args[1]);
        case Op::age: return operations::age(args[0], args[1]);
        case Op::birthday: return operations::birthday(args[0], args[1], n.label);
        case Op::round: return operations::round(args[0], args[1]);
        case Op::blank: return operations::blank(args[0]);
        case Op::least:
        case Op::greatest:
            return operations::extreme(n.op == Op::greatest, n.type.kind, args.size(),
                                       [&](std::size_t i) { return args[i]; });
        case Op::lookup: return operations::lookup(plan.tables[n.a].view(), n.a, args[0]);
        default: return std::nullopt;
    }
}

}  // namespace drieluik
