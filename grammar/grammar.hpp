#pragma once
// The grammar of the rule language as the parser driver sees it: the iterator and
// context types the grammar is compiled for, the skipper, and the one rule it calls, a
// top-level item. The definitions live in grammar.cpp, the only file that compiles them.

#include "ast.hpp"
#include "lexical.hpp"
#include "parse_state.hpp"

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/directive/expect.hpp>
#include <boost/spirit/home/x3/nonterminal/rule.hpp>
#include <boost/spirit/home/x3/support/context.hpp>

namespace drieluik::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// White space and comments between tokens. Every token parser skips before its token, so
// the alternatives tried at one place skip the same white space again and again: the
// span skipped last is remembered. One skipper serves one parse of one text.
struct skipper_parser : x3::parser<skipper_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&,
               Attribute&) const {
        if (first == last || !lexical::starts_space(*first)) return false;
        if (first != skipped_from_) {
            skipped_from_ = first;
            skipped_to_ = lexical::skip_space(first, last);
        }
        first = skipped_to_;
        return true;
    }

    mutable const char* skipped_from_ = nullptr;
    mutable const char* skipped_to_ = nullptr;
};

// The tag under which the context carries the ParseState.
struct state_tag;

using skipper_context_type = x3::context<x3::skipper_tag, skipper_parser const>;
using context_type = x3::context<state_tag, ParseState, skipper_context_type>;

using item_type = x3::rule<class item_class, ast::Item>;
BOOST_SPIRIT_DECLARE(item_type)

// The rule for one top-level item: ruleset, import, define, function, table, rule or
// profile. It fails without consuming input when no item starts at `first`, and throws
// x3::expectation_failure<iterator_type> or syntax_error once an item has started.
item_type const& item();

}  // namespace drieluik::grammar
