#include "cli/ruleset_loading.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace drieluik::cli {

namespace {

// Loading the built-in rule set writes about a megabyte of fresh heap (parse trees,
// checked rules, the plan), and every first write to a page is a page fault: on the
// virtual machines drieluik runs on, about 10 µs each, most of the start-up time. Filling
// the pages beforehand with one madvise(MADV_POPULATE_WRITE) costs under 2 µs a page. For
// that memory to be what the loading then uses, a block of this size must come from the
// heap rather than from a mapping of its own, and glibc must keep it in the heap when it
// is freed instead of returning it to the kernel: hence the two thresholds.
void prefill_heap() {
    constexpr std::size_t size = std::size_t{1} << 20;
    mallopt(M_MMAP_THRESHOLD, 4 * size);
    mallopt(M_TRIM_THRESHOLD, 8 * size);
    void* block = std::malloc(size);
    if (block == nullptr) return;
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t first = (begin + page - 1) / page * page;
    const std::uintptr_t last = (begin + size) / page * page;
    // Kernels before 5.14 refuse the advice: the pages are then filled one fault at a time.
    madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_WRITE);
    std::free(block);
}

}  // namespace

RuleSetLoad load_rules(const std::string& directory) {
    prefill_heap();
    return directory.empty() ? load_builtin_ruleset() : load_ruleset(directory);
}

std::size_t print_diagnostics(std::ostream& out, const RuleSetLoad& load) {
    std::size_t errors = 0;
    for (const Diagnostic& diagnostic : load.diagnostics) {
        auto source = std::find_if(load.sources.begin(), load.sources.end(),
                                   [&](const SourceText& text) { return text.name() == diagnostic.file; });
        out << render(diagnostic, source == load.sources.end() ? nullptr : &*source);
        errors += diagnostic.level == DiagnosticLevel::error ? 1 : 0;
    }
    return errors;
}

}  // namespace drieluik::cli
