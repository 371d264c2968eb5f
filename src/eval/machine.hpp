#pragma once
// The interpreter of the plan: computes a node's value on one document. Reads are slot
// reads, names were resolved by the compiler, and values live in the scratch's local
// slots, so evaluating allocates nothing (only template_problems, which loads a file).

#include "compile/plan.hpp"
#include "document/document.hpp"
#include "eval/equality_index.hpp"
#include "eval/evaluate.hpp"
#include "eval/scratch.hpp"

namespace drieluik::evaluation {

class Machine {
public:
    Machine(const CompiledRuleSet& rules, const Document& document, const EvalOptions& options, Scratch& scratch)
        : rules_(rules),
          plan_(rules.plan()),
          document_(document),
          options_(options),
          scratch_(scratch),
          nodes_(plan_.nodes.data()),
          children_(plan_.children.data()),
          constants_(plan_.constants.data()),
          let_nodes_(plan_.let_nodes.data()),
          locals_(scratch.locals.data()),
          local_stamps_(scratch.local_stamps.data()) {}

    check::Datum eval(std::uint32_t index);
    check::Datum& local(std::uint32_t slot) { return locals_[slot]; }
    // The value of a local slot, computing its let first when this run has not yet.
    [[gnu::always_inline]] const check::Datum& binding(std::uint32_t slot) {
        const std::uint32_t let = let_nodes_[slot];
        if (let != check::none && local_stamps_[slot] != scratch_.binding_stamp) compute_let(slot, let);
        return locals_[slot];
    }
    // Starts a run of a rule (or of one 'for each' element): every let is computed anew.
    void new_bindings() { ++scratch_.binding_stamp; }

    // Calls `visit(element)` for each element of a list value, in order, until it returns false.
    template <typename Visit>
    void for_each_element(const check::Datum& list, Visit visit);
    std::size_t size(const check::Datum& list) const;
    check::Datum element(const check::Datum& list, std::size_t index) const;

    const Document& document() const { return document_; }
    const Plan& plan() const { return plan_; }
    const Scratch& scratch() const { return scratch_; }

private:
    // eval() of an operand: the most frequent nodes (constants, root fields, locals,
    // defines and fields of locals) without a call; every other node through compute().
    check::Datum operand(std::uint32_t index);
    check::Datum compute(const check::Node& n, std::uint32_t index);
    void compute_let(std::uint32_t slot, std::uint32_t let);
    check::Datum read(const check::Node& n, std::uint32_t record);
    check::Datum define(std::uint32_t define);
    check::Datum quantifier(const check::Node& n);
    // The join of a quantifier over a long list of records (equality_index.hpp), when its
    // condition has one and it has run over that list before; else nullptr.
    const Join* join_of(const check::Node& n, const check::Datum& list);

    check::Datum contains(const check::Datum& list, const check::Datum& value) const;
    check::Datum neighbour(const check::Node& n, const check::Datum& record) const;
    check::Datum template_problems(const check::Node& n);
    check::Datum record_value(std::uint32_t record) const {
        check::Datum value;
        value.present = true;
        value.index = record;
        value.record = record;
        value.field = document_.model().records()[document_.records()[record].type].element;
        return value;
    }
    std::uint32_t child(const check::Node& node, std::size_t n) const { return children_[node.first + n]; }

    const CompiledRuleSet& rules_;
    const Plan& plan_;
    const Document& document_;
    const EvalOptions& options_;
    Scratch& scratch_;
    // The arrays read at every node, held directly: neither the plan nor the scratch's
    // slots are resized while a machine runs.
    const check::Node* nodes_;
    const std::uint32_t* children_;
    const check::Datum* constants_;
    const std::uint32_t* let_nodes_;
    check::Datum* locals_;
    std::uint64_t* local_stamps_;
};

template <typename Visit>
void Machine::for_each_element(const check::Datum& list, Visit visit) {
    if (list.form == check::ListForm::enum_set) {
        for (std::uint64_t bits = list.set; bits != 0; bits &= bits - 1) {
            check::Datum value = list;
            value.form = check::ListForm::records;
            value.enum_index = static_cast<std::uint32_t>(__builtin_ctzll(bits));
            if (!visit(value)) return;
        }
        return;
    }
    if (list.form == check::ListForm::records) {
        for (std::uint32_t i = 0; i < list.span.count; ++i)
            if (!visit(record_value(list.span.first + i))) return;
        return;
    }
    const std::size_t count = size(list);
    for (std::size_t i = 0; i < count; ++i)
        if (!visit(element(list, i))) return;
}

}  // namespace drieluik::evaluation
