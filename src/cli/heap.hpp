#pragma once
// How drieluik asks glibc to manage its heap. On the virtual machines drieluik runs on, the
// first write to a fresh page of memory (a page fault) costs around 10 µs, which is most
// of a small run's start-up time and, for large documents, more than parsing them.

namespace drieluik::cli {

// Call once, first thing in main():
// - blocks up to 32 MiB come from the heap and freed memory stays there up to 256 MiB,
//   instead of going back to the kernel after every large document only to be faulted
//   in again for the next one (which made time grow faster than document size);
// - the first megabyte of heap, which loading the rule set fills, is faulted in with one
//   madvise(MADV_POPULATE_WRITE) instead of one fault per page.
void prepare_heap();

}  // namespace drieluik::cli
