#pragma once
// The lexical scanners (lexical.hpp) as X3 primitive parsers, plus three directives: one
// that bounds how deeply expressions nest, one that names what a parser expects, one that
// records the text its subject matched for the semantic action around it. Every parser
// here says in `label()` what it expects, as the message "expected <label>" shows it, and
// leaves the iterator where it was when it fails (X3's own primitives move it past white
// space, which would stretch the ranges of the nodes before). Included by grammar.cpp only.

#include "grammar.hpp"
#include "lexical.hpp"

#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/support/traits/move_to.hpp>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace drieluik::grammar::tokens {

// Base of the parsers that describe themselves for expectation failures.
struct labelled_parser {};

template <typename Context>
ParseState& state(Context const& context) {
    return x3::get<state_tag>(context);
}

// A keyword: the word, not followed by more of a name ("rule", not "rules" or "rule-x").
struct keyword_parser : x3::parser<keyword_parser>, labelled_parser {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    std::string_view word;
    constexpr explicit keyword_parser(std::string_view w) : word(w) {}

    std::string label() const { return '"' + std::string(word) + '"'; }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute&) const {
        Iterator start = first;
        x3::skip_over(start, last, context);
        auto end = lexical::match_keyword(start, last, word);
        if (!end) return false;
        first = *end;
        return true;
    }
};

constexpr keyword_parser kw(std::string_view word) { return keyword_parser(word); }

// One of a fixed set of keywords (`words`) or operators, yielding the value it stands
// for. Operators are tried in order, so a longer one must come before its prefix.
template <typename Value, std::size_t N>
struct choice_parser : x3::parser<choice_parser<Value, N>>, labelled_parser {
    using attribute_type = Value;
    static bool const has_attribute = true;

    std::array<std::pair<std::string_view, Value>, N> options;
    bool words;
    std::string_view description;

    constexpr choice_parser(std::array<std::pair<std::string_view, Value>, N> o, bool w,
                            std::string_view d)
        : options(o), words(w), description(d) {}

    std::string label() const { return std::string(description); }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        Iterator start = first;
        x3::skip_over(start, last, context);
        const std::string_view rest(start, static_cast<std::size_t>(last - start));
        for (const auto& [text, value] : options) {
            // The first character rules out most options without comparing more.
            if (rest.empty() || rest.front() != text.front() || !rest.starts_with(text)) continue;
            if (words && lexical::continues_name(start + text.size(), last)) continue;
            first = start + text.size();
            x3::traits::move_to(value, attribute);
            return true;
        }
        return false;
    }
};

template <typename Value, std::size_t N>
constexpr choice_parser<Value, N> words(std::string_view description,
                                        std::pair<std::string_view, Value> const (&options)[N]) {
    return {std::to_array(options), true, description};
}

template <typename Value, std::size_t N>
constexpr choice_parser<Value, N> operators(std::string_view description,
                                            std::pair<std::string_view, Value> const (&options)[N]) {
    return {std::to_array(options), false, description};
}

// A name. In expressions and declarations the reserved words are no names; after a '.'
// (`member`) every name is a member name.
struct name_parser : x3::parser<name_parser>, labelled_parser {
    using attribute_type = ast::Name;
    static bool const has_attribute = true;

    bool member;
    constexpr explicit name_parser(bool m) : member(m) {}

    std::string label() const { return "a name"; }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        Iterator start = first;
        x3::skip_over(start, last, context);
        const char* end = lexical::scan_name(start, last);
        if (end == start) return false;
        ast::Name name;
        name.text.assign(start, end);
        if (!member && lexical::is_reserved(name.text)) return false;
        state(context).tag_expression(name, start, end, 1, start);
        first = end;
        x3::traits::move_to(std::move(name), attribute);
        return true;
    }
};

struct rule_id_parser : x3::parser<rule_id_parser>, labelled_parser {
    using attribute_type = ast::Name;
    static bool const has_attribute = true;

    std::string label() const { return "a rule id such as DUR-PROBATION"; }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        Iterator start = first;
        x3::skip_over(start, last, context);
        const char* end = lexical::scan_rule_id(start, last);
        if (end == start) return false;
        ast::Name id;
        id.text.assign(start, end);
        state(context).tag(id, start, end);
        first = end;
        x3::traits::move_to(std::move(id), attribute);
        return true;
    }
};

struct literal_parser : x3::parser<literal_parser>, labelled_parser {
    using attribute_type = ast::Literal;
    static bool const has_attribute = true;

    std::string label() const { return "a value such as 2025-09-01, € 13.27, 30%, 1.5, 12 or \"text\""; }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        Iterator start = first;
        x3::skip_over(start, last, context);
        auto token = lexical::scan_literal(start, last);
        if (!token) return false;
        ast::Literal literal;
        literal.kind = token->kind;
        literal.text = std::move(token->text);
        state(context).tag_expression(literal, start, token->end, 1, start);
        first = token->end;
        x3::traits::move_to(std::move(literal), attribute);
        return true;
    }
};

struct string_parser : x3::parser<string_parser>, labelled_parser {
    using attribute_type = ast::StringLiteral;
    static bool const has_attribute = true;

    std::string label() const { return "a string"; }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attribute) const {
        Iterator start = first;
        x3::skip_over(start, last, context);
        if (start == last || *start != '"') return false;
        auto token = lexical::scan_string(start, last);
        ast::StringLiteral string;
        string.value = std::move(token.value);
        state(context).tag(string, start, token.end);
        first = token.end;
        x3::traits::move_to(std::move(string), attribute);
        return true;
    }
};

// Parses its subject one expression level deeper, within max_nesting.
template <typename Subject>
struct nest_directive : x3::unary_parser<Subject, nest_directive<Subject>>, labelled_parser {
    using base_type = x3::unary_parser<Subject, nest_directive<Subject>>;
    static bool const is_pass_through_unary = true;

    constexpr explicit nest_directive(Subject const& nested) : base_type(nested) {}

    std::string label() const { return x3::what(this->subject); }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context,
               RContext& rcontext, Attribute& attribute) const {
        ParseState& parse_state = state(context);
        parse_state.enter(lexical::skip_space(first, last));
        struct Leave {
            ParseState& state;
            ~Leave() { state.leave(); }
        } leave{parse_state};
        return this->subject.parse(first, last, context, rcontext, attribute);
    }
};

template <typename Subject>
constexpr auto nest(Subject const& subject) {
    return nest_directive<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(subject));
}

// Its subject, described as `description` when it is expected and missing.
template <typename Subject>
struct label_directive : x3::unary_parser<Subject, label_directive<Subject>>, labelled_parser {
    using base_type = x3::unary_parser<Subject, label_directive<Subject>>;
    static bool const is_pass_through_unary = true;

    std::string_view description;
    constexpr label_directive(std::string_view d, Subject const& labelled)
        : base_type(labelled), description(d) {}

    std::string label() const { return std::string(description); }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context,
               RContext& rcontext, Attribute& attribute) const {
        return this->subject.parse(first, last, context, rcontext, attribute);
    }
};

template <typename Subject>
constexpr auto labelled(std::string_view description, Subject const& subject) {
    return label_directive<typename x3::extension::as_parser<Subject>::value_type>(
        description, x3::as_parser(subject));
}

// Its subject, recording the text it matched (from its first token on) in the ParseState
// for the semantic action attached to this directive. X3 1.74's own _where gives the text
// after the match instead.
template <typename Subject>
struct located_directive : x3::unary_parser<Subject, located_directive<Subject>>,
                           labelled_parser {
    using base_type = x3::unary_parser<Subject, located_directive<Subject>>;
    static bool const is_pass_through_unary = true;

    constexpr explicit located_directive(Subject const& located) : base_type(located) {}

    std::string label() const { return x3::what(this->subject); }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context,
               RContext& rcontext, Attribute& attribute) const {
        const Iterator start = first;
        if (!this->subject.parse(first, last, context, rcontext, attribute)) return false;
        state(context).set_match(lexical::skip_space(start, first), first);
        return true;
    }
};

template <typename Subject>
constexpr auto located(Subject const& subject) {
    return located_directive<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(subject));
}

}  // namespace drieluik::grammar::tokens

namespace boost::spirit::x3 {

template <typename Parser>
struct get_info<Parser, std::enable_if_t<std::is_base_of_v<drieluik::grammar::tokens::labelled_parser, Parser>>> {
    using result_type = std::string;
    std::string operator()(Parser const& parser) const { return parser.label(); }
};

}  // namespace boost::spirit::x3
