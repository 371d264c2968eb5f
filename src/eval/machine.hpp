#pragma once
// The interpreter of the plan: computes a node's value on one document. Reads are slot
// reads, names were resolved by the compiler, and values live in the scratch's local
// slots, so evaluating allocates nothing (only template_problems, which loads a file).

#include "compile/plan.hpp"
#include "document/document.hpp"
#include "eval/evaluate.hpp"
#include "eval/scratch.hpp"

namespace drieluik::evaluation {

class Machine {
public:
    Machine(const CompiledRuleSet& rules, const Document& document, const EvalOptions& options, Scratch& scratch)
        : rules_(rules), plan_(rules.plan()), document_(document), options_(options), scratch_(scratch) {}

    check::Datum eval(std::uint32_t index);
    check::Datum& local(std::uint32_t slot) { return scratch_.locals[slot]; }
    // The value of a local slot, computing its let first when this run has not yet.
    const check::Datum& binding(std::uint32_t slot);
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
    check::Datum read(const check::Node& n, std::uint32_t record);
    check::Datum define(std::uint32_t define);
    check::Datum quantifier(const check::Node& n, std::uint32_t index);
    check::Datum contains(const check::Datum& list, const check::Datum& value) const;
    check::Datum neighbour(const check::Node& n, const check::Datum& record) const;
    check::Datum template_problems(const check::Node& n, std::uint32_t index);
    check::Datum record_value(std::uint32_t record) const;
    std::uint32_t child(std::uint32_t index, std::size_t n) const { return plan_.child(index, n); }

    const CompiledRuleSet& rules_;
    const Plan& plan_;
    const Document& document_;
    const EvalOptions& options_;
    Scratch& scratch_;
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
    const std::size_t count = size(list);
    for (std::size_t i = 0; i < count; ++i)
        if (!visit(element(list, i))) return;
}

}  // namespace drieluik::evaluation
