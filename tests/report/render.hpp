#pragma once
// A hand-made run written in one format, as the report tests read it.

#include "report/report.hpp"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <sstream>
#include <string>
#include <string_view>

namespace drieluik::testing {

inline std::string render(const Run& run, ReportFormat format, const ReportOptions& options = {}) {
    std::ostringstream out;
    write_report(out, run, format, options);
    return out.str();
}

// A JSON or SARIF report read back; the test stops if it is not JSON.
inline rapidjson::Document parse_json(const std::string& text) {
    rapidjson::Document json;
    json.Parse(text.c_str(), text.size());
    REQUIRE_MESSAGE(!json.HasParseError(), "not JSON at offset ", json.GetErrorOffset());
    return json;
}

// A string of a report read back.
inline std::string_view text(const rapidjson::Value& value) {
    REQUIRE(value.IsString());
    return {value.GetString(), value.GetStringLength()};
}

}  // namespace drieluik::testing
