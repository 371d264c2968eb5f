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
    static Decimal from_parts(Mantissa mantissa, int scale);

    // Parses "-12.50", "0.395", "7" (no exponent, no thousands separators). Fails on
    // anything else and when the value has more than 30 significant digits or more than
    // max_scale fraction digits.
    static std::optional<Decimal> parse(std::string_view text);

    Mantissa mantissa() const { return mantissa_; }
    int scale() const { return scale_; }
    // Fraction digits as written, trailing zeros included ("2.50" has 2).
    int fraction_digits() const { return scale_; }
    bool is_integer() const;
    bool is_negative() const { return mantissa_ < 0; }
    bool is_zero() const { return mantissa_ == 0; }

    // Arithmetic. Results that do not fit are reported as nullopt, never wrapped.
    friend std::optional<Decimal> add(const Decimal& a, const Decimal& b);
    friend std::optional<Decimal> subtract(const Decimal& a, const Decimal& b);
    friend std::optional<Decimal> multiply(const Decimal& a, const Decimal& b);
    // Division is exact to max_scale digits, then rounded half up.
    friend std::optional<Decimal> divide(const Decimal& a, const Decimal& b);
    Decimal negated() const { return from_parts(-mantissa_, scale_); }
    // Rounds half away from zero ("half up" as Dutch payroll rounds) to `digits` fraction digits.
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
