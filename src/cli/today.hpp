#pragma once
// The default validation date: today in the local time zone.

#include "base/date.hpp"

namespace drieluik::cli {

Date today();

}  // namespace drieluik::cli
