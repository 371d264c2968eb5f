#pragma once
// Exact decimal numbers for money, percentages and hours: a signed mantissa and a count
// of fraction digits. No binary floating point anywhere, so 0.1 + 0.2 is exactly 0.3 and
// a salary compared with a minimum wage never differs by a rounding error.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace drieluik {

class Decimal {
public:
    __extension__ using Mantissa = __int128;
    static constexpr int max_scale = 18;

    constexpr Decimal() = default;
    constexpr Decimal(std::int64_t integer) : mantissa_(integer) {}  // NOLINT: implicit by design
    // mantissa / 10^scale. Throws std::out_of_range unless 0 <= scale <= max_scale and
    // |mantissa| < 10^38 (so that every mantissa can be negated).
    static Decimal from_parts(Mantissa mantissa, int scale);

    // Parses "-12.50", "0.395", "7": an optional '-', one or more digits, optionally '.'
    // and one or more digits. Fails on anything else ("+1", ".5", "5.", "1e3", "1,5", " 1",
    // "") and when the value has more than 30 significant digits (leading zeros do not
    // count) or more than max_scale fraction digits. The scale is the number of fraction
    // digits written.
    static std::optional<Decimal> parse(std::string_view text);

    Mantissa mantissa() const { return mantissa_; }
    int scale() const { return scale_; }
    // Fraction digits as written, trailing zeros included ("2.50" has 2).
    int fraction_digits() const { return scale_; }
    bool is_integer() const;
    bool is_negative() const { return mantissa_ < 0; }
    bool is_zero() const { return mantissa_ == 0; }

    // Arithmetic. Results that do not fit are reported as nullopt, never wrapped.
    // add/subtract: exact, at the larger of the two scales.
    // multiply: exact at the sum of the scales; beyond max_scale rounded half up to max_scale.
    friend std::optional<Decimal> add(const Decimal& a, const Decimal& b);
    friend std::optional<Decimal> subtract(const Decimal& a, const Decimal& b);
    friend std::optional<Decimal> multiply(const Decimal& a, const Decimal& b);
    // divide: exact to max_scale fraction digits (fewer when the 38 digits of the mantissa
    // run out), rounded half up there, then without trailing zeros (10 / 4 = 2.5,
    // 1 / 3 = 0.333333333333333333, 2450.00 / 1 = 2450). nullopt for b == 0.
    friend std::optional<Decimal> divide(const Decimal& a, const Decimal& b);
    Decimal negated() const { return from_parts(-mantissa_, scale_); }
    // Rounds half away from zero ("half up" as Dutch payroll rounds) to `digits` fraction
    // digits (clamped to 0..max_scale): 5.805 -> 5.81, -5.805 -> -5.81. A value with fewer
    // digits gets trailing zeros (2.5 -> 2.50), unless the mantissa would not fit.
    Decimal rounded(int digits) const;
    // Whole part, rounded towards zero; nullopt when it does not fit in 64 bits.
    std::optional<std::int64_t> to_integer() const;

    friend int compare(const Decimal& a, const Decimal& b);
    friend bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
    friend auto operator<=>(const Decimal& a, const Decimal& b) { return compare(a, b) <=> 0; }

    // Plain text with a '.' and exactly the stored fraction digits: "2450.00", "-0.395".
    std::string to_string() const;

private:
    Mantissa mantissa_ = 0;
    std::int8_t scale_ = 0;
};

}  // namespace drieluik
