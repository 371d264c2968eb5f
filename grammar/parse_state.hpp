#pragma once
// What a parse records beside the tree: the byte range of every position-tagged node
// (its id_first indexes `ranges`), the height of every expression node, how deeply the
// parser is nested in expressions right now, and the text the last semantic action's
// parser matched. Both nesting measures are bounded by
// max_nesting so that neither the parser nor any later recursive walk over the tree can
// run out of stack, whatever the input. The parser needs about 20 KiB of stack per level
// in a debug build with sanitizers (10 KiB without), so 128 levels fit well in the 8 MiB
// of a main or pool thread; rules nest a dozen levels at most.

#include "ast.hpp"

#include <cstdint>
#include <utility>
#include <vector>

namespace drieluik::grammar {

inline constexpr int max_nesting = 128;

class ParseState {
public:
    explicit ParseState(const char* text_begin) : begin_(text_begin) {}

    // Records [first, last) as the range of `node`.
    void tag(boost::spirit::x3::position_tagged& node, const char* first, const char* last);
    // Records the range of an expression node of the given height; throws syntax_error
    // at `at` when the height exceeds max_nesting.
    void tag_expression(boost::spirit::x3::position_tagged& node, const char* first,
                        const char* last, int height, const char* at);
    // Widens the range of an expression to cover the parentheses around it.
    void widen(const ast::Expr& expr, const char* first, const char* last);

    int height(const ast::Expr& expr) const;
    const char* start(const ast::Expr& expr) const;

    // Entering and leaving a nested expression; enter throws syntax_error at `at` beyond
    // max_nesting.
    void enter(const char* at);
    void leave() { --depth_; }
    // After a syntax error has abandoned an item half-way.
    void reset_depth() { depth_ = 0; }

    void set_match(const char* first, const char* last) { match_ = {first, last}; }
    const char* match_start() const { return match_.first; }
    const char* match_end() const { return match_.second; }

    std::vector<std::pair<std::uint32_t, std::uint32_t>> take_ranges() { return std::move(ranges_); }

private:
    std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - begin_); }

    const char* begin_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_;
    std::vector<std::uint16_t> heights_;  // by node id; 0 for nodes that are no expressions
    int depth_ = 0;
    std::pair<const char*, const char*> match_{nullptr, nullptr};
};

}  // namespace drieluik::grammar
