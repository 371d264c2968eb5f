#pragma once
// The program's identity, from the project's CMake definition.

#include <string_view>

namespace drieluik::cli {

inline constexpr std::string_view version = DRIELUIK_VERSION;
inline constexpr std::string_view home_page = DRIELUIK_HOME_PAGE;

}  // namespace drieluik::cli
