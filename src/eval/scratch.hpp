#pragma once
// The working memory of one evaluate() call: local slots, memoised defines, the problems
// of referenced templates, the indexes of quantifiers' joins and the arguments of a
// message being formatted. Kept per thread
// and reused, so that evaluating a document allocates nothing per node; a nested
// evaluation (a programme application's template) takes the next one.

#include "base/format.hpp"
#include "check/ir.hpp"
#include "compile/plan.hpp"
#include "eval/equality_index.hpp"
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
    Joins joins;
    std::vector<MessageArg> message_arguments;
    std::vector<std::string> message_texts;    // texts made for message_arguments to view
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
