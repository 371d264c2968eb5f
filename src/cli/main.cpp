#include "cli/command_line.hpp"
#include "cli/heap.hpp"
#include "cli/terminal.hpp"

int main(int argc, char** argv) {
    drieluik::cli::prepare_heap();
    drieluik::cli::buffer_standard_output();
    return drieluik::cli::run_command_line(argc, argv);
}
