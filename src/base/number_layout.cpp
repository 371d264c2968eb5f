#include "base/number_layout.hpp"

#include "base/icu_text.hpp"

#include <array>
#include <charconv>
#include <limits>

namespace drieluik {

namespace {

constexpr std::string_view fraction_probe = "891234567891234567";  // max_scale digits

std::string_view::size_type next_digit(std::string_view text, std::string_view::size_type from) {
    return text.find_first_of("0123456789", from);
}

bool has_digit(std::string_view text) { return next_digit(text, 0) != std::string_view::npos; }

// `whole` (digits, optionally after a '-') with `fraction_digits` digits of the probe fraction.
std::string probe(std::string_view whole, int fraction_digits) {
    std::string text(whole);
    if (fraction_digits > 0) {
        text += '.';
        text += fraction_probe.substr(0, static_cast<std::size_t>(fraction_digits));
    }
    return text;
}

std::optional<std::string> icu_decimal(const icu::number::LocalizedNumberFormatter& formatter, const std::string& digits) {
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = formatter.formatDecimal(digits, status).toString(status);
    if (U_FAILURE(status)) return std::nullopt;
    return icu_text::to_utf8(formatted);
}

std::optional<std::string> icu_integer(const icu::number::LocalizedNumberFormatter& formatter, std::int64_t value) {
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = formatter.formatInt(value, status).toString(status);
    if (U_FAILURE(status)) return std::nullopt;
    return icu_text::to_utf8(formatted);
}

// Numbers around the places where a layout could go wrong: zero, single digits, the first
// group, many groups, both signs.
constexpr std::array<std::string_view, 8> probe_wholes = {"0",     "7",      "-7",           "999",
                                                          "1000",  "-1000",  "12345",        "-123456789012"};

}  // namespace

std::optional<NumberLayout> NumberLayout::learn(const icu::number::LocalizedNumberFormatter& formatter,
                                                int fraction_digits) {
    // "1234567.89" is written prefix 1 G 234 G 567 [D 89] suffix.
    const auto positive = icu_decimal(formatter, probe("1234567", fraction_digits));
    const auto negative = icu_decimal(formatter, probe("-1234567", fraction_digits));
    if (!positive || !negative) return std::nullopt;
    const std::string_view text = *positive;
    const auto one = next_digit(text, 0);
    if (one == std::string_view::npos || text[one] != '1') return std::nullopt;
    const auto first_group = next_digit(text, one + 1);
    if (first_group == std::string_view::npos || text.substr(first_group, 3) != "234") return std::nullopt;
    const auto second_group = next_digit(text, first_group + 3);
    if (second_group == std::string_view::npos || text.substr(second_group, 3) != "567") return std::nullopt;
    std::string_view::size_type end = second_group + 3;

    NumberLayout layout;
    layout.positive_prefix_ = text.substr(0, one);
    layout.grouping_ = text.substr(one + 1, first_group - one - 1);
    if (layout.grouping_.empty() || text.substr(first_group + 3, second_group - first_group - 3) != layout.grouping_)
        return std::nullopt;
    if (fraction_digits > 0) {
        const auto fraction = next_digit(text, end);
        if (fraction == std::string_view::npos) return std::nullopt;
        layout.decimal_ = text.substr(end, fraction - end);
        if (layout.decimal_.empty() ||
            text.substr(fraction, static_cast<std::size_t>(fraction_digits)) !=
                fraction_probe.substr(0, static_cast<std::size_t>(fraction_digits)))
            return std::nullopt;
        end = fraction + static_cast<std::size_t>(fraction_digits);
    }
    layout.positive_suffix_ = text.substr(end);
    const std::string_view number = text.substr(one, end - one);
    const auto at = std::string_view(*negative).find(number);
    if (at == std::string_view::npos) return std::nullopt;
    layout.negative_prefix_ = negative->substr(0, at);
    layout.negative_suffix_ = negative->substr(at + number.size());
    for (std::string_view affix : {std::string_view(layout.positive_prefix_), std::string_view(layout.positive_suffix_),
                                   std::string_view(layout.negative_prefix_), std::string_view(layout.negative_suffix_),
                                   std::string_view(layout.grouping_), std::string_view(layout.decimal_)})
        if (has_digit(affix)) return std::nullopt;
    if (!layout.agrees(formatter, fraction_digits)) return std::nullopt;
    return layout;
}

bool NumberLayout::agrees(const icu::number::LocalizedNumberFormatter& formatter, int fraction_digits) const {
    for (std::string_view whole : probe_wholes) {
        const std::string digits = probe(whole, fraction_digits);
        const auto value = Decimal::parse(digits);
        if (!value || icu_decimal(formatter, digits) != write(*value, fraction_digits)) return false;
    }
    return true;
}

bool NumberLayout::agrees_on_integers(const icu::number::LocalizedNumberFormatter& formatter) const {
    constexpr std::array<std::int64_t, 6> probes = {0, -7, 1000, 12345, std::numeric_limits<std::int64_t>::min(),
                                                    std::numeric_limits<std::int64_t>::max()};
    for (std::int64_t value : probes)
        if (icu_integer(formatter, value) != write(value)) return false;
    return true;
}

std::string NumberLayout::write(std::int64_t value) const {
    // The magnitude as unsigned, which also holds that of the most negative value.
    const std::uint64_t magnitude =
        value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    char digits[24];
    const char* end = std::to_chars(digits, digits + sizeof digits, magnitude).ptr;
    return write(value < 0, std::string_view(digits, static_cast<std::size_t>(end - digits)), {}, 0);
}

std::string NumberLayout::write(const Decimal& value, int fraction_digits) const {
    const std::string text = value.to_string();  // "-1234.50"
    std::string_view digits = text;
    const bool negative = digits.front() == '-';
    if (negative) digits.remove_prefix(1);
    const auto point = digits.find('.');
    if (point == std::string_view::npos) return write(negative, digits, {}, fraction_digits);
    return write(negative, digits.substr(0, point), digits.substr(point + 1), fraction_digits);
}

std::string NumberLayout::write(bool negative, std::string_view whole, std::string_view fraction,
                                int fraction_digits) const {
    std::string out = negative ? negative_prefix_ : positive_prefix_;
    // Groups of three from the right, the first one shorter.
    std::size_t group = whole.size() % 3 == 0 ? 3 : whole.size() % 3;
    for (std::size_t i = 0; i < whole.size(); i += group, group = 3) {
        if (i > 0) out += grouping_;
        out += whole.substr(i, group);
    }
    if (fraction_digits > 0) {
        out += decimal_;
        out += fraction;
        out.append(static_cast<std::size_t>(fraction_digits) - fraction.size(), '0');
    }
    out += negative ? negative_suffix_ : positive_suffix_;
    return out;
}

}  // namespace drieluik
