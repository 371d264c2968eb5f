#include "cli/today.hpp"

#include <ctime>

namespace drieluik::cli {

Date today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    // A date the C library produced is always a valid calendar date.
    return *Date::from_ymd(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

}  // namespace drieluik::cli
