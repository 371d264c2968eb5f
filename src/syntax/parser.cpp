#include "syntax/parser.hpp"

#include "grammar.hpp"
#include "syntax/recovery.hpp"
#include "base/utf8.hpp"

#include <fmt/format.h>

#include <optional>

namespace drieluik::syntax {

namespace {

namespace x3 = boost::spirit::x3;

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

Diagnostic error_at(const SourceText& source, std::size_t offset, std::string message) {
    Diagnostic diagnostic;
    diagnostic.level = DiagnosticLevel::error;
    diagnostic.file = source.name();
    diagnostic.position = source.position(offset);
    diagnostic.message = std::move(message);
    return diagnostic;
}

std::string expected(std::string_view what, const char* at, const char* end) {
    return fmt::format("expected {} but found {}", what, describe_found(at, end));
}

// Parses the item at `first`, advancing `first` past it; the error that stopped it
// otherwise.
std::optional<grammar::syntax_error> parse_item(const char*& first, const char* end,
                                      const grammar::context_type& context, ast::File& file) {
    const char* const start = first;
    try {
        ast::Item item;
        if (parse_rule(grammar::item(), first, end, context, item)) {
            file.items.push_back(std::move(item));
            return std::nullopt;
        }
        return grammar::syntax_error{start, expected("a declaration (rule, define, function, table, "
                                           "profile, import or ruleset)",
                                           start, end)};
    } catch (const x3::expectation_failure<grammar::iterator_type>& failure) {
        // The error is where the missing part should begin; at the end of the file, that
        // is right after the last token rather than on a line of its own.
        const char* at = grammar::lexical::skip_space(failure.where(), end);
        return grammar::syntax_error{at == end ? failure.where() : at,
                                     expected(failure.which(), at, end)};
    } catch (const grammar::syntax_error& failure) {
        return grammar::syntax_error{failure.where, failure.message};
    }
}

}  // namespace

ParsedFile parse_rules(std::string name, std::string text) {
    ParsedFile parsed;
    std::size_t skipped = 0;
    if (text.starts_with(byte_order_mark)) {
        text.erase(0, byte_order_mark.size());
        skipped = byte_order_mark.size();
    }
    if (auto invalid = find_invalid_utf8(text)) {
        const auto byte = static_cast<unsigned char>(text[*invalid]);
        parsed.source = SourceText(std::move(name), replace_invalid_utf8(text));
        parsed.diagnostics.push_back(error_at(
            parsed.source, *invalid,
            fmt::format("the file is not valid UTF-8: byte 0x{:02X} at offset {} does not "
                        "start a character",
                        byte, *invalid + skipped)));
        return parsed;
    }
    parsed.source = SourceText(std::move(name), std::move(text));

    const std::string& source = parsed.source.text();
    const char* const begin = source.data();
    const char* const end = begin + source.size();
    grammar::ParseState state(begin);
    grammar::skipper_parser const skipper;
    grammar::skipper_context_type const skipper_context(skipper);
    grammar::context_type const context(state, skipper_context);

    const char* first = begin;
    while ((first = grammar::lexical::skip_space(first, end)) != end) {
        const char* const start = first;
        if (auto error = parse_item(first, end, context, parsed.file)) {
            state.reset_depth();
            parsed.diagnostics.push_back(
                error_at(parsed.source, static_cast<std::size_t>(error->where - begin),
                         std::move(error->message)));
            first = resume_point(start, error->where, begin, end);
        }
    }
    parsed.ranges = state.take_ranges();
    return parsed;
}

Position ParsedFile::position(const boost::spirit::x3::position_tagged& node) const {
    if (node.id_first < 0 || static_cast<std::size_t>(node.id_first) >= ranges.size()) return {};
    return source.position(ranges[static_cast<std::size_t>(node.id_first)].first);
}

std::string_view ParsedFile::text(const boost::spirit::x3::position_tagged& node) const {
    if (node.id_first < 0 || static_cast<std::size_t>(node.id_first) >= ranges.size()) return {};
    const auto [first, last] = ranges[static_cast<std::size_t>(node.id_first)];
    return std::string_view(source.text()).substr(first, last - first);
}

}  // namespace drieluik::syntax
