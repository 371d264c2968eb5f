#pragma once
// The one escaping function of the HTML report: every piece of text that reaches the page
// (paths, messages, document lines, rule texts) goes through it.

#include <string>
#include <string_view>

namespace drieluik {

// Replaces & < > " ' by character references; safe in element content and in quoted
// attribute values.
std::string html_escape(std::string_view text);

}  // namespace drieluik
