#include "base/decimal.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>

namespace drieluik {
namespace {

using Mantissa = Decimal::Mantissa;
__extension__ using Magnitude = unsigned __int128;

constexpr int max_digits = 38;  // 10^38 - 1 < 2^127: every mantissa can be negated

constexpr std::array<Mantissa, max_digits + 1> make_powers_of_ten() {
    std::array<Mantissa, max_digits + 1> powers{};
    powers[0] = 1;
    for (std::size_t i = 1; i < powers.size(); ++i) powers[i] = powers[i - 1] * 10;
    return powers;
}

constexpr auto powers_of_ten = make_powers_of_ten();
constexpr Mantissa max_mantissa = powers_of_ten[max_digits] - 1;

Mantissa power_of_ten(int exponent) { return powers_of_ten[static_cast<std::size_t>(exponent)]; }

bool fits(Mantissa mantissa) { return mantissa >= -max_mantissa && mantissa <= max_mantissa; }

Magnitude magnitude(Mantissa mantissa) {
    return mantissa < 0 ? static_cast<Magnitude>(-mantissa) : static_cast<Magnitude>(mantissa);
}

std::optional<Mantissa> checked_sum(Mantissa a, Mantissa b) {
    Mantissa sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || !fits(sum)) return std::nullopt;
    return sum;
}

std::optional<Mantissa> checked_product(Mantissa a, Mantissa b) {
    Mantissa product = 0;
    if (__builtin_mul_overflow(a, b, &product)) return std::nullopt;
    return product;
}

std::optional<Mantissa> scaled_up(Mantissa mantissa, int digits) {
    const auto product = checked_product(mantissa, power_of_ten(digits));
    if (!product || !fits(*product)) return std::nullopt;
    return product;
}

// Divides by 10^digits, rounding half away from zero.
Mantissa scaled_down(Mantissa mantissa, int digits) {
    const Mantissa divisor = power_of_ten(digits);
    Mantissa quotient = mantissa / divisor;
    const Mantissa remainder = mantissa % divisor;
    if (magnitude(remainder) * 2 >= static_cast<Magnitude>(divisor)) quotient += mantissa < 0 ? -1 : 1;
    return quotient;
}

struct Aligned {
    Mantissa a;
    Mantissa b;
    int scale;
};

std::optional<Aligned> align(const Decimal& a, const Decimal& b) {
    const int scale = std::max(a.scale(), b.scale());
    const auto ma = scaled_up(a.mantissa(), scale - a.scale());
    const auto mb = scaled_up(b.mantissa(), scale - b.scale());
    if (!ma || !mb) return std::nullopt;
    return Aligned{*ma, *mb, scale};
}

// The smallest scale (not below `minimum_scale`) that holds the value exactly.
Decimal without_trailing_zeros(Mantissa mantissa, int scale, int minimum_scale) {
    while (scale > minimum_scale && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    return Decimal::from_parts(mantissa, scale);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Decimal Decimal::from_parts(Mantissa mantissa, int scale) {
    if (scale < 0 || scale > max_scale || !fits(mantissa)) {
        throw std::out_of_range("Decimal::from_parts: mantissa or scale out of range");
    }
    Decimal result;
    result.mantissa_ = mantissa;
    result.scale_ = static_cast<std::int8_t>(scale);
    return result;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
    constexpr int max_significant_digits = 30;
    const bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
    if (whole.empty() || (point != std::string_view::npos && fraction.empty())) return std::nullopt;
    if (!std::all_of(whole.begin(), whole.end(), is_digit)) return std::nullopt;
    if (!std::all_of(fraction.begin(), fraction.end(), is_digit)) return std::nullopt;
    if (fraction.size() > static_cast<std::size_t>(max_scale)) return std::nullopt;

    Mantissa mantissa = 0;
    int significant_digits = 0;
    for (const std::string_view part : {whole, fraction}) {
        for (const char c : part) {
            if (mantissa == 0 && c == '0') continue;  // leading zeros are not significant
            if (++significant_digits > max_significant_digits) return std::nullopt;
            mantissa = mantissa * 10 + (c - '0');
        }
    }
    return from_parts(negative ? -mantissa : mantissa, static_cast<int>(fraction.size()));
}

bool Decimal::is_integer() const { return mantissa_ % power_of_ten(scale_) == 0; }

std::optional<Decimal> add(const Decimal& a, const Decimal& b) {
    const auto aligned = align(a, b);
    if (!aligned) return std::nullopt;
    const auto mantissa = checked_sum(aligned->a, aligned->b);
    if (!mantissa) return std::nullopt;
    return Decimal::from_parts(*mantissa, aligned->scale);
}

std::optional<Decimal> subtract(const Decimal& a, const Decimal& b) { return add(a, b.negated()); }

std::optional<Decimal> multiply(const Decimal& a, const Decimal& b) {
    const auto exact = checked_product(a.mantissa_, b.mantissa_);
    if (!exact) return std::nullopt;
    Mantissa product = *exact;
    int scale = a.scale_ + b.scale_;
    if (scale > Decimal::max_scale) {
        // Beyond max_scale digits the exact product cannot be held: round half up there.
        product = scaled_down(product, scale - Decimal::max_scale);
        scale = Decimal::max_scale;
    }
    if (!fits(product)) return std::nullopt;
    return Decimal::from_parts(product, scale);
}

std::optional<Decimal> divide(const Decimal& a, const Decimal& b) {
    if (b.is_zero()) return std::nullopt;
    // |a| / |b| as a long division in unsigned magnitudes. a.m / b.m is the quotient at
    // scale a.scale - b.scale; each further digit raises the scale by one. Digits are
    // added until the division is exact, the scale reaches max_scale or the next digit
    // would not fit; then the rest rounds the last digit half up.
    const Magnitude divisor = magnitude(b.mantissa_);
    const auto limit = static_cast<Magnitude>(max_mantissa);
    Magnitude quotient = magnitude(a.mantissa_) / divisor;
    Magnitude remainder = magnitude(a.mantissa_) % divisor;
    int scale = a.scale_ - b.scale_;
    while (scale < 0 || (scale < Decimal::max_scale && remainder != 0)) {
        // 10 * remainder may not fit in 128 bits (remainder < divisor < 2^127), so the
        // next digit is found by adding the remainder ten times, reducing as we go.
        unsigned digit = 0;
        Magnitude rest = 0;
        for (int step = 0; step < 10; ++step) {
            rest += remainder;
            if (rest >= divisor) {
                rest -= divisor;
                ++digit;
            }
        }
        if (quotient > (limit - digit) / 10) {
            if (scale < 0) return std::nullopt;  // the integer part alone does not fit
            break;
        }
        quotient = quotient * 10 + digit;
        remainder = rest;
        ++scale;
    }
    if (remainder >= divisor - remainder) ++quotient;  // half up: 2 * remainder >= divisor
    if (quotient > limit) {  // rounding up from 10^38 - 1 reached 10^38
        if (scale == 0) return std::nullopt;
        quotient /= 10;
        --scale;
    }
    const bool negative = a.is_negative() != b.is_negative();
    const auto mantissa = static_cast<Mantissa>(quotient);
    return without_trailing_zeros(negative ? -mantissa : mantissa, scale, 0);
}

Decimal Decimal::rounded(int digits) const {
    digits = std::clamp(digits, 0, max_scale);
    if (digits < scale_) return from_parts(scaled_down(mantissa_, scale_ - digits), digits);
    // Fewer fraction digits than asked: written out with trailing zeros when that fits.
    const auto extended = scaled_up(mantissa_, digits - scale_);
    return extended ? from_parts(*extended, digits) : *this;
}

std::optional<std::int64_t> Decimal::to_integer() const {
    const Mantissa whole = mantissa_ / power_of_ten(scale_);
    if (whole < INT64_MIN || whole > INT64_MAX) return std::nullopt;
    return static_cast<std::int64_t>(whole);
}

int compare(const Decimal& a, const Decimal& b) {
    // Mantissas below 2^63 aligned to one scale stay below 2^63 * 10^18 < 2^127, so they
    // are compared at once, without dividing.
    constexpr Mantissa small = Mantissa{1} << 63;
    if (a.mantissa_ > -small && a.mantissa_ < small && b.mantissa_ > -small && b.mantissa_ < small) {
        const Mantissa aligned_a = a.scale_ >= b.scale_ ? a.mantissa_ : a.mantissa_ * power_of_ten(b.scale_ - a.scale_);
        const Mantissa aligned_b = b.scale_ >= a.scale_ ? b.mantissa_ : b.mantissa_ * power_of_ten(a.scale_ - b.scale_);
        return aligned_a < aligned_b ? -1 : aligned_a > aligned_b ? 1 : 0;
    }
    // Integer parts first: aligning both mantissas to one scale could overflow.
    const Mantissa whole_a = a.mantissa_ / power_of_ten(a.scale_);
    const Mantissa whole_b = b.mantissa_ / power_of_ten(b.scale_);
    if (whole_a != whole_b) return whole_a < whole_b ? -1 : 1;
    // Fractions are below 10^18 in magnitude, so at scale 18 they stay below 10^36.
    const Mantissa fraction_a =
        a.mantissa_ % power_of_ten(a.scale_) * power_of_ten(Decimal::max_scale - a.scale_);
    const Mantissa fraction_b =
        b.mantissa_ % power_of_ten(b.scale_) * power_of_ten(Decimal::max_scale - b.scale_);
    if (fraction_a != fraction_b) return fraction_a < fraction_b ? -1 : 1;
    return 0;
}

std::string Decimal::to_string() const {
    const auto scale = static_cast<std::size_t>(static_cast<unsigned char>(scale_));  // 0 .. max_scale
    std::string digits;  // least significant first
    for (Magnitude rest = magnitude(mantissa_); rest != 0 || digits.size() <= scale; rest /= 10) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(rest % 10)));
    }
    if (scale > 0) digits.insert(scale, 1, '.');
    if (mantissa_ < 0) digits.push_back('-');
    return {digits.rbegin(), digits.rend()};
}

}  // namespace drieluik
