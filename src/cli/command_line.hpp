#pragma once
// The `drieluik` command line: subcommands, options and their validation, and what a
// bad command line prints (one line saying what is wrong, the usage, exit status 2).

namespace drieluik::cli {

int run_command_line(int argc, char** argv);

}  // namespace drieluik::cli
