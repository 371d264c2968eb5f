#include "eval/scratch.hpp"

namespace drieluik::evaluation {

namespace {

thread_local std::vector<std::unique_ptr<Scratch>> pool;
thread_local std::size_t depth = 0;

}  // namespace

ScratchLease::ScratchLease(const Plan& plan) {
    if (depth == pool.size()) pool.push_back(std::make_unique<Scratch>());
    scratch_ = pool[depth++].get();
    if (scratch_->locals.size() < plan.local_count) {
        scratch_->locals.resize(plan.local_count);
        scratch_->local_stamps.resize(plan.local_count, 0);
    }
    if (scratch_->define_values.size() < plan.defines.size()) {
        scratch_->define_values.resize(plan.defines.size());
        scratch_->define_stamps.resize(plan.defines.size(), 0);
    }
    ++scratch_->stamp;
    scratch_->problems.clear();
    scratch_->joins.new_document();
}

ScratchLease::~ScratchLease() { --depth; }

}  // namespace drieluik::evaluation
