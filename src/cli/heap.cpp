#include "cli/heap.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace drieluik::cli {

namespace {

constexpr std::size_t mebibyte = std::size_t{1} << 20;

}  // namespace

void prepare_heap() {
    mallopt(M_MMAP_THRESHOLD, 32 * mebibyte);
    mallopt(M_TRIM_THRESHOLD, 256 * mebibyte);

    // Under the thresholds above, this block comes from the heap and stays there once
    // freed, so the pages filled here are the ones loading the rule set then uses.
    void* block = std::malloc(mebibyte);
    if (block == nullptr) return;
    // madvise wants whole pages: the ones that lie entirely inside the block.
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    const auto address = reinterpret_cast<std::uintptr_t>(block);
    const std::size_t skip = (page - address % page) % page;
    const std::size_t length = (mebibyte - skip) / page * page;
    // Kernels before 5.14 refuse the advice: the pages are then filled one fault at a time.
    madvise(static_cast<char*>(block) + skip, length, MADV_POPULATE_WRITE);
    std::free(block);
}

}  // namespace drieluik::cli
