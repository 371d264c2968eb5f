#pragma once
// The working memory of one evaluate() call: local slots, memoised defines and the
// problems of referenced templates. Kept per thread and reused, so that evaluating a
// document allocates nothing per node; a nested evaluation (a programme application's
// template) takes the next one.

#include "check/ir.hpp"
#include "compile/plan.hpp"
#include "eval/problem.hpp"

#include <deque>
#include <memory>
#include <vector>

namespace drieluik::evaluation {

struct Scratch {
    std::vector<check::Datum> locals;
    std::vector<std::uint64_t> local_stamps;   // == binding_stamp: the let in that slot is computed
    std::uint64_t binding_stamp = 0;           // one value per rule (and 'for each' element) run
    std::vector<check::Datum> define_values;
    std::vector<std::uint64_t> define_stamps;  // == stamp: define_values holds this document's value
    std::uint64_t stamp = 0;
    std::deque<Problem> problems;              // never moves: Datums point into it
};

// Borrows this thread's scratch for one evaluation, prepared for `plan`.
class ScratchLease {
public:
    explicit ScratchLease(const Plan& plan);
    ~ScratchLease();
    ScratchLease(const ScratchLease&) = delete;
    ScratchLease& operator=(const ScratchLease&) = delete;
    Scratch& get() { return *scratch_; }

private:
    Scratch* scratch_;
};

}  // namespace drieluik::evaluation
