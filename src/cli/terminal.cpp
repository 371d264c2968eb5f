#include "cli/terminal.hpp"

#include <array>
#include <cstdlib>

#include <unistd.h>

namespace drieluik::cli {

bool is_terminal(std::FILE* stream) {
    return isatty(fileno(stream)) == 1;
}

bool colour_wanted(std::FILE* stream) {
    const char* no_colour = std::getenv("NO_COLOR");
    return is_terminal(stream) && (no_colour == nullptr || *no_colour == '\0');
}

void buffer_standard_output() {
    if (is_terminal(stdout)) return;
    static std::array<char, std::size_t{1} << 16> buffer;
    std::setvbuf(stdout, buffer.data(), _IOFBF, buffer.size());
}

}  // namespace drieluik::cli
