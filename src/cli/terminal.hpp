#pragma once
// What the program may assume about where its output goes.

#include <cstdio>

namespace drieluik::cli {

bool is_terminal(std::FILE* stream);
// Colour only on a terminal, and never when NO_COLOR is set to anything but "".
bool colour_wanted(std::FILE* stream);

}  // namespace drieluik::cli
