#include "cli/command_line.hpp"
#include "cli/heap.hpp"

int main(int argc, char** argv) {
    drieluik::cli::prepare_heap();
    return drieluik::cli::run_command_line(argc, argv);
}
