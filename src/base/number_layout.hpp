#pragma once
// How an ICU number formatter of one language lays a number out: the text before and
// after the digits (sign, currency), the grouping separator between groups of three
// digits and the decimal separator. Learned once from what the formatter writes for a few
// probes and checked against more, so that numbers are then written without ICU (a
// fraction of the cost) and exactly as ICU writes them.

#include "base/decimal.hpp"

#include <unicode/numberformatter.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace drieluik {

class NumberLayout {
public:
    // The layout of a formatter that writes exactly `fraction_digits` fraction digits
    // without rounding; nullopt when its output has another shape (grouping other than
    // by threes from the first thousand, digits other than 0-9).
    static std::optional<NumberLayout> learn(const icu::number::LocalizedNumberFormatter& formatter,
                                             int fraction_digits);

    // Whether an integer formatter of the same settings writes the probes as this layout.
    bool agrees_on_integers(const icu::number::LocalizedNumberFormatter& formatter) const;

    std::string write(std::int64_t value) const;
    // With `fraction_digits` fraction digits, zeros added after the value's own; needs
    // value.scale() <= fraction_digits.
    std::string write(const Decimal& value, int fraction_digits) const;

private:
    // Whether `formatter` writes the probes as this layout does.
    bool agrees(const icu::number::LocalizedNumberFormatter& formatter, int fraction_digits) const;
    std::string write(bool negative, std::string_view whole, std::string_view fraction, int fraction_digits) const;

    std::string positive_prefix_, positive_suffix_;
    std::string negative_prefix_, negative_suffix_;
    std::string grouping_, decimal_;
};

}  // namespace drieluik
