#include "eval/machine.hpp"

#include "compile/operations.hpp"
#include "eval/template_problems.hpp"

#include <algorithm>
#include <bit>

namespace drieluik::evaluation {

using check::Datum;
using check::ListForm;
using check::Node;
using check::Op;
using check::TypeKind;
using check::Why;

[[gnu::always_inline]] inline Datum Machine::operand(std::uint32_t index) {
    const Node& n = nodes_[index];
    switch (n.op) {
        case Op::constant: return constants_[n.a];
        case Op::read_root: return read(n, 0);
        case Op::local: return binding(n.a);
        case Op::define: return define(n.a);
        case Op::read: {
            // A field of a local (y.workDays in a 'for each' or quantifier): no copy of y.
            const Node& base = nodes_[child(n, 0)];
            if (base.op != Op::local) return compute(n, index);
            const Datum& record = binding(base.a);
            return record.present ? read(n, record.index) : record;
        }
        default: return compute(n, index);
    }
}

Datum Machine::eval(std::uint32_t index) { return operand(index); }

// Frequent operators take their operands through operand(), inlined; the others through
// eval(), so that this function, entered at most nodes, stays small in the instruction cache.
Datum Machine::compute(const Node& n, std::uint32_t index) {
    switch (n.op) {
        case Op::constant:
        case Op::read_root:
        case Op::local:
        case Op::define: return operand(index);
        case Op::root: return record_value(0);
        case Op::read: {
            const Datum base = operand(child(n, 0));
            if (!base.present) return base;
            return read(n, base.index);
        }
        case Op::today: return Datum::of_date(options_.as_of);
        case Op::logical_not: return operations::logical_not(operand(child(n, 0)));
        case Op::logical_and: {
            const Datum left = operand(child(n, 0));
            if (left.present && !left.boolean) return left;
            return operations::logical_and(left, operand(child(n, 1)));
        }
        case Op::logical_or: {
            const Datum left = operand(child(n, 0));
            if (left.present && left.boolean) return left;
            return operations::logical_or(left, operand(child(n, 1)));
        }
        case Op::choose: {
            const Datum condition = operand(child(n, 0));
            if (!condition.present) return condition;
            return operand(child(n, condition.boolean ? 1 : 2));
        }
        case Op::otherwise: {
            Datum left = operand(child(n, 0));
            return left.present ? left : operand(child(n, 1));
        }
        case Op::compare:
            return operations::compare(static_cast<check::Comparison>(n.sub), static_cast<TypeKind>(n.b),
                                       operand(child(n, 0)), operand(child(n, 1)));
        case Op::in_set:
            return operations::member_of(static_cast<TypeKind>(n.b), n.sub != 0, eval(child(n, 0)), n.count - 1u,
                                         [&](std::size_t i) { return eval(child(n, i + 1)); });
        case Op::in_list: {
            const Datum value = operand(child(n, 0));
            if (!value.present) return value;
            const Datum list = operand(child(n, 1));
            if (!list.present) return list;
            const Datum found = contains(list, value);
            return Datum::of_bool(found.boolean != (n.sub != 0));
        }
        case Op::negate: return operations::negate(n.type.kind == TypeKind::integer, eval(child(n, 0)), n.label);
        case Op::arithmetic:
            return operations::arithmetic(static_cast<check::Arithmetic>(n.sub), n.type.kind == TypeKind::integer,
                                          operand(child(n, 0)), operand(child(n, 1)), n.label);
        case Op::to_decimal: return operations::to_decimal(eval(child(n, 0)));
        case Op::shift_date:
            return operations::shift_date(static_cast<check::Unit>(n.sub), n.b != 0, eval(child(n, 0)),
                                          eval(child(n, 1)), n.label);
        case Op::quantifier: return quantifier(n);
        case Op::range: {
            const Datum low = eval(child(n, 0));
            if (!low.present) return low;
            const Datum high = eval(child(n, 1));
            if (!high.present) return high;
            Datum list;
            list.present = true;
            list.form = ListForm::range;
            list.range = check::IntRange{low.integer, high.integer};
            return list;
        }
        case Op::exists: {
            const Datum value = operand(child(n, 0));
            if (nodes_[child(n, 0)].type.kind == TypeKind::list)
                return Datum::of_bool(value.present && size(value) > 0);
            return Datum::of_bool(value.present);
        }
        case Op::blank: return operations::blank(eval(child(n, 0)));
        case Op::months_between: return operations::months_between(eval(child(n, 0)), eval(child(n, 1)));
        case Op::days_between: return operations::days_between(eval(child(n, 0)), eval(child(n, 1)));
        case Op::age: return operations::age(eval(child(n, 0)), eval(child(n, 1)));
        case Op::birthday: return operations::birthday(eval(child(n, 0)), eval(child(n, 1)), n.label);
        case Op::round: return operations::round(eval(child(n, 0)), eval(child(n, 1)));
        case Op::previous:
        case Op::next: return neighbour(n, eval(child(n, 0)));
        case Op::position: {
            const Datum record = eval(child(n, 0));
            if (!record.present) return record;
            return Datum::of_integer(std::int64_t{document_.records()[record.index].index} + 1);
        }
        case Op::first:
        case Op::last: {
            const Datum list = eval(child(n, 0));
            if (!list.present) return list;
            const std::size_t count = size(list);
            if (count == 0) return Datum::absent(Why::empty, n.label);
            if (list.form == ListForm::enum_set) {
                Datum value = list;
                value.form = ListForm::records;
                value.enum_index = static_cast<std::uint32_t>(n.op == Op::first ? std::countr_zero(list.set)
                                                                                 : 63 - std::countl_zero(list.set));
                return value;
            }
            return element(list, n.op == Op::first ? 0 : count - 1);
        }
        case Op::keys: {
            Datum list;
            list.present = true;
            list.form = ListForm::table_keys;
            list.aux = n.a;
            list.span = check::Span{0, static_cast<std::uint32_t>(plan_.tables[n.a].keys.size())};
            return list;
        }
        case Op::least:
        case Op::greatest:
            return operations::extreme(n.op == Op::greatest, n.type.kind, n.count,
                                       [&](std::size_t i) { return eval(child(n, i)); });
        case Op::template_problems: return template_problems(n);
        case Op::lookup: return operations::lookup(plan_.tables[n.a].view(), n.a, eval(child(n, 0)));
        case Op::bind: {
            const std::uint16_t arguments = static_cast<std::uint16_t>(n.count - 1);
            for (std::uint16_t i = 0; i < arguments; ++i) locals_[n.a + i] = operand(child(n, i));
            return operand(child(n, arguments));
        }
        case Op::problem_rule:
        case Op::problem_message: {
            const Datum problem = eval(child(n, 0));
            if (!problem.present) return problem;
            const Problem& p = scratch_.problems[problem.index];
            return Datum::of_text(n.op == Op::problem_rule ? p.rule : p.message);
        }
        case Op::duration:
        case Op::call: break;  // never in a plan
    }
    return Datum::absent(Why::unknown, 0);
}

void Machine::compute_let(std::uint32_t slot, std::uint32_t let) {
    const Datum value = operand(let);
    locals_[slot] = value;
    local_stamps_[slot] = scratch_.binding_stamp;
}

Datum Machine::read(const Node& n, std::uint32_t record) {
    const Value& slot = document_.slot(record, static_cast<std::uint16_t>(n.a));
    Datum value;
    value.record = record;
    value.field = n.field;
    const auto type = static_cast<ValueType>(n.sub);
    if (type == ValueType::list) {
        value.present = true;
        value.form = ListForm::records;
        value.span = slot.present ? check::Span{slot.list.first, slot.list.count} : check::Span{0, 0};
        return value;
    }
    if (!slot.present) {
        value.why = Why::missing;
        return value;
    }
    value.present = true;
    switch (type) {
        case ValueType::container: value.boolean = true; break;
        case ValueType::text:
        case ValueType::token:
        case ValueType::pattern: {
            const std::string_view text = document_.text(slot.text);
            value.text = check::TextView{text.data(), static_cast<std::uint32_t>(text.size())};
            break;
        }
        case ValueType::date: value.date = slot.date; break;
        case ValueType::decimal:
        case ValueType::money: value.decimal = slot.decimal; break;
        case ValueType::count:
        case ValueType::integer: value.integer = slot.integer; break;
        case ValueType::boolean: value.boolean = slot.boolean; break;
        case ValueType::enumeration: value.enum_index = slot.enum_index; break;
        case ValueType::enum_list:
            value.form = ListForm::enum_set;
            value.set = slot.enum_set;
            break;
        case ValueType::list: break;
    }
    return value;
}

Datum Machine::define(std::uint32_t define) {
    if (scratch_.define_stamps[define] == scratch_.stamp) return scratch_.define_values[define];
    const Datum value = operand(plan_.defines[define]);
    scratch_.define_values[define] = value;
    scratch_.define_stamps[define] = scratch_.stamp;
    return value;
}

std::size_t Machine::size(const Datum& list) const {
    switch (list.form) {
        case ListForm::records:
        case ListForm::problems:
        case ListForm::table_keys: return list.span.count;
        case ListForm::range:
            return list.range.high < list.range.low
                       ? 0
                       : static_cast<std::size_t>(static_cast<std::uint64_t>(list.range.high) -
                                                  static_cast<std::uint64_t>(list.range.low)) + 1;
        case ListForm::enum_set: return static_cast<std::size_t>(std::popcount(list.set));
    }
    return 0;
}

Datum Machine::element(const Datum& list, std::size_t index) const {
    const auto i = static_cast<std::uint32_t>(index);
    switch (list.form) {
        case ListForm::records: return record_value(list.span.first + i);
        case ListForm::problems: {
            Datum problem;
            problem.present = true;
            problem.index = list.span.first + i;
            return problem;
        }
        case ListForm::table_keys: return plan_.tables[list.aux].key_values[list.span.first + i];
        case ListForm::range: return Datum::of_integer(list.range.low + static_cast<std::int64_t>(index));
        case ListForm::enum_set: {
            std::uint64_t bits = list.set;
            for (std::size_t skip = 0; skip < index; ++skip) bits &= bits - 1;
            Datum value = list;
            value.form = ListForm::records;
            value.enum_index = static_cast<std::uint32_t>(std::countr_zero(bits));
            return value;
        }
    }
    return Datum::absent(Why::unknown, 0);
}

// Whether `value` is an element of `list` (enumeration values, integers, dates).
Datum Machine::contains(const Datum& list, const Datum& value) const {
    switch (list.form) {
        case ListForm::enum_set: return Datum::of_bool(value.enum_index < 64 && ((list.set >> value.enum_index) & 1u) != 0);
        case ListForm::range: return Datum::of_bool(value.integer >= list.range.low && value.integer <= list.range.high);
        case ListForm::table_keys: {
            const Plan::Table& table = plan_.tables[list.aux];
            const std::int64_t key = operations::key_of(value, table.date_keys);
            return Datum::of_bool(std::binary_search(table.keys.begin(), table.keys.end(), key));
        }
        default: return Datum::of_bool(false);
    }
}

Datum Machine::neighbour(const Node& n, const Datum& record) const {
    if (!record.present) return record;
    const auto& records = document_.records();
    const RecordInstance& self = records[record.index];
    if (n.op == Op::previous) {
        if (self.index == 0) return Datum::absent(Why::no_neighbour, n.label);
        return record_value(record.index - 1);
    }
    const std::uint32_t after = record.index + 1;
    if (after >= records.size() || records[after].type != self.type || records[after].index != self.index + 1)
        return Datum::absent(Why::no_neighbour, n.label);
    return record_value(after);
}

Datum Machine::quantifier(const Node& n) {
    const Datum list = operand(child(n, 0));
    if (!list.present) return list;
    const std::uint32_t where = child(n, 1);
    const std::uint32_t body = child(n, 2);
    const auto kind = static_cast<check::Quantifier>(n.sub);
    const bool integer = n.type.kind == TypeKind::integer;
    Datum& variable = locals_[n.a];

    Datum missing;          // the first element without a value, when there is one
    bool any_missing = false;
    Datum result;
    bool done = false;      // the result is known: stop
    std::int64_t count = 0;
    Datum accumulated = integer ? Datum::of_integer(0) : Datum::of_decimal(Decimal(0));
    bool found = false;

    auto remember = [&](const Datum& absent) {
        if (!any_missing) missing = absent;
        any_missing = true;
    };
    // Inlined at both of its calls: it runs once per element.
    auto visit = [&](const Datum& element) __attribute__((always_inline)) {
        variable = element;
        if (where != check::none) {
            const Datum condition = operand(where);
            if (!condition.present) {
                remember(condition);
                return true;
            }
            if (!condition.boolean) return true;
        }
        switch (kind) {
            case check::Quantifier::every:
            case check::Quantifier::some: {
                const Datum holds = operand(body);
                if (!holds.present) remember(holds);
                else if (holds.boolean == (kind == check::Quantifier::some)) {
                    result = holds;
                    done = true;
                }
                break;
            }
            case check::Quantifier::count: ++count; break;
            case check::Quantifier::sum: {
                const Datum value = operand(body);
                if (!value.present) remember(value);
                else accumulated = operations::arithmetic(check::Arithmetic::add, integer, accumulated, value, n.label);
                if (!accumulated.present) {
                    result = accumulated;
                    done = true;
                }
                break;
            }
            case check::Quantifier::min:
            case check::Quantifier::max: {
                const Datum value = operand(body);
                if (!value.present) {
                    remember(value);
                    break;
                }
                const int order = operations::order(n.type.kind, value, accumulated);
                if (!found || (kind == check::Quantifier::min ? order < 0 : order > 0)) accumulated = value;
                found = true;
                break;
            }
            case check::Quantifier::find:
                result = any_missing ? missing : element;
                done = true;
                break;
        }
        return !done;
    };
    // When the condition joins on a field, only the elements that can count are visited.
    const Join* join = join_of(n, list);
    const Datum joined = join != nullptr ? operand(join->equality.value) : Datum();
    if (joined.present) {
        join->index.visit_candidates(key_of(joined, join->equality.kind), [&](std::uint32_t position) {
            return visit(record_value(list.span.first + position));
        });
    } else {
        for_each_element(list, visit);
        // The variable holds the last element visited: the run visited up to there.
        if (list.form == ListForm::records && list.span.count >= Joins::min_size)
            scratch_.joins.visited(static_cast<std::uint32_t>(&n - nodes_), variable.index - list.span.first + 1);
    }
    if (done) return result;
    if (any_missing) return missing;
    switch (kind) {
        case check::Quantifier::every: return Datum::of_bool(true);
        case check::Quantifier::some: return Datum::of_bool(false);
        case check::Quantifier::count: return Datum::of_integer(count);
        case check::Quantifier::sum: return accumulated;
        case check::Quantifier::min:
        case check::Quantifier::max: return found ? accumulated : Datum::absent(Why::empty, n.label);
        case check::Quantifier::find: return Datum::absent(Why::no_match, n.label);
    }
    return result;
}

const Join* Machine::join_of(const Node& n, const Datum& list) {
    if (list.form != ListForm::records || list.span.count < Joins::min_size) return nullptr;
    // The condition that decides whether an element counts: 'where', else the body of 'some'.
    std::uint32_t condition = child(n, 1);
    if (condition == check::none && static_cast<check::Quantifier>(n.sub) == check::Quantifier::some)
        condition = child(n, 2);
    if (condition == check::none) return nullptr;
    return scratch_.joins.find(
        static_cast<std::uint32_t>(&n - nodes_), list.span.first, list.span.count,
        [&] { return find_equality(plan_, condition, n.a); },
        [&](Join& built) {
            const Node& field = nodes_[built.equality.field];
            built.index.build(list.span.count, built.equality.kind,
                              [&](std::uint32_t position) { return read(field, list.span.first + position); });
        });
}

Datum Machine::template_problems(const Node& n) {
    const Datum href = operand(child(n, 0));
    Datum list;
    list.present = true;
    list.form = ListForm::problems;
    const auto first = static_cast<std::uint32_t>(scratch_.problems.size());
    if (href.present) {
        for (Problem& problem : find_template_problems(rules_, document_, options_, href, plan_.exclusions[n.a]))
            scratch_.problems.push_back(std::move(problem));
    }
    list.span = check::Span{first, static_cast<std::uint32_t>(scratch_.problems.size()) - first};
    return list;
}

}  // namespace drieluik::evaluation
