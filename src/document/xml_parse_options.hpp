#pragma once
// How documents are parsed with pugixml; the benchmark's floor (pugixml alone) parses
// with the same options, so that it does the same work.

#include <pugixml.hpp>

namespace drieluik {

// Deliberately no parse_declaration, parse_pi, parse_comments (nothing to read there)
// and no parse_ws_pcdata (white space between elements is not content). DOCTYPE nodes
// are kept only to be refused; pugixml never expands entities they declare.
inline constexpr unsigned xml_parse_options =
    pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol | pugi::parse_wconv_attribute | pugi::parse_doctype;

}  // namespace drieluik
