#pragma once
// A bad option value found after parsing (an unknown profile, a --jobs of 0): reported
// like CLI11's own parse errors, as one line with the command's usage, exit status 2.

#include <stdexcept>
#include <string>

namespace drieluik::cli {

class UsageError : public std::runtime_error {
public:
    explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace drieluik::cli
