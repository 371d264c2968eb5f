#pragma once
// What the program may assume about where its output goes.

#include <cstdio>

namespace drieluik::cli {

bool is_terminal(std::FILE* stream);
// Colour only on a terminal, and never when NO_COLOR is set to anything but "".
bool colour_wanted(std::FILE* stream);
// Reports run to tens of megabytes: into a file or a pipe, standard output goes in 64 KiB
// blocks instead of 4 KiB ones (for 20 000 documents, 400 write calls rather than 6 000, all
// on the thread that also has to keep the others fed). On a terminal it stays as it is, so
// that a report shows as it streams. Call before anything is written to it.
void buffer_standard_output();

}  // namespace drieluik::cli
