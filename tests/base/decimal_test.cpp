#include "base/decimal.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <stdexcept>
#include <string>

using drieluik::Decimal;

namespace {

Decimal n(std::string_view text) {
    const auto number = Decimal::parse(text);
    REQUIRE_MESSAGE(number.has_value(), text);
    return *number;
}

std::string text_of(const std::optional<Decimal>& number) { return number ? number->to_string() : "nullopt"; }

// 10^exponent as an exact integer Decimal, for exponents past what parse accepts.
Decimal power_of_ten(int exponent) {
    Decimal power{1};
    for (int i = 0; i < exponent; ++i) power = *multiply(power, Decimal{10});
    return power;
}

}  // namespace

TEST_CASE("parse keeps the digits as written") {
    CHECK(n("2450.00").to_string() == "2450.00");
    CHECK(n("2450.00").scale() == 2);
    CHECK(n("2450.00").fraction_digits() == 2);
    CHECK(n("-0.395").to_string() == "-0.395");
    CHECK(n("-0.395").mantissa() == -395);
    CHECK(n("7").to_string() == "7");
    CHECK(n("007.50").to_string() == "7.50");
    CHECK(n("0.000000000000000001").to_string() == "0.000000000000000001");
    CHECK(n("-0").to_string() == "0");
    CHECK(n("-0.00").to_string() == "0.00");
    CHECK_FALSE(n("-0.00").is_negative());
    CHECK(n("123456789012345678901234567890").to_string() == "123456789012345678901234567890");
    CHECK(n("123456789012.345678901234567890").to_string() == "123456789012.345678901234567890");
    CHECK(n("0000000000000000000000000000000000001").to_string() == "1");  // leading zeros do not count
}

TEST_CASE("parse rejects everything else") {
    for (const std::string& text : std::initializer_list<std::string>{"", "-", "+1", ".5", "-.5", "5.", "1e3", "1E3", "1,5", "1.000,5",
                                   " 1", "1 ", "1_000", "--1", "1.2.3", "0x10", "€1", "1.5%", "nan",
                                   "inf", "1234567890123456789012345678901",  // 31 significant digits
                                   "0.1234567890123456789",                   // 19 fraction digits
                                   std::string(1000, '9'), "0." + std::string(1000, '0')}) {
        CAPTURE(text);
        CHECK_FALSE(Decimal::parse(text).has_value());
    }
}

TEST_CASE("addition and subtraction are exact") {
    CHECK(text_of(add(n("0.1"), n("0.2"))) == "0.3");
    CHECK(*add(n("0.1"), n("0.2")) == n("0.3"));
    CHECK(text_of(add(n("2450.00"), n("0.5"))) == "2450.50");
    CHECK(text_of(subtract(n("1"), n("0.001"))) == "0.999");
    CHECK(text_of(subtract(n("0.5"), n("2"))) == "-1.5");
    CHECK(text_of(add(Decimal{INT64_MAX}, Decimal{INT64_MAX})) == "18446744073709551614");
}

TEST_CASE("arithmetic that does not fit is nullopt") {
    const Decimal big = n("99999999999999999999999999999.9");  // 30 digits
    const Decimal huge = *multiply(big, power_of_ten(8));      // 10^37 order, 38 digits
    CHECK(text_of(huge) == "9999999999999999999999999999990000000.0");
    CHECK(text_of(add(huge, huge)) == "nullopt");
    CHECK(text_of(subtract(huge.negated(), huge)) == "nullopt");
    CHECK(text_of(multiply(huge, n("10"))) == "nullopt");
    CHECK(text_of(multiply(big, big)) == "nullopt");
    CHECK(text_of(divide(huge, n("0.1"))) == "99999999999999999999999999999900000000");
    CHECK(text_of(divide(huge, n("0.01"))) == "nullopt");
    // Aligning scales can overflow too: 10^29 at scale 18.
    CHECK(text_of(add(power_of_ten(29), n("0.000000000000000001"))) == "nullopt");
    CHECK(text_of(add(power_of_ten(19), n("0.000000000000000001"))) == "10000000000000000000.000000000000000001");
}

TEST_CASE("multiplication is exact up to max_scale") {
    CHECK(text_of(multiply(n("14.71"), n("0.395"))) == "5.81045");
    CHECK(multiply(n("14.71"), n("0.395"))->rounded(2).to_string() == "5.81");
    CHECK(text_of(multiply(n("2450.00"), n("0.5"))) == "1225.000");
    CHECK(text_of(multiply(n("-1.5"), n("2"))) == "-3.0");
    CHECK(text_of(multiply(n("0"), n("-2.5"))) == "0.0");
    // 0.000000001 * 0.0000000015 = 1.5e-18 needs scale 19: rounded half up to scale 18.
    CHECK(text_of(multiply(n("0.000000001"), n("0.0000000015"))) == "0.000000000000000002");
    CHECK(text_of(multiply(n("0.000000001"), n("-0.0000000015"))) == "-0.000000000000000002");
    CHECK(text_of(multiply(n("0.000000001"), n("0.0000000014"))) == "0.000000000000000001");
}

TEST_CASE("division is exact to max_scale, then half up, without trailing zeros") {
    CHECK(text_of(divide(n("10"), n("4"))) == "2.5");
    CHECK(text_of(divide(n("2450.00"), n("1"))) == "2450");
    CHECK(text_of(divide(n("1"), n("3"))) == "0.333333333333333333");
    CHECK(text_of(divide(n("2"), n("3"))) == "0.666666666666666667");
    CHECK(text_of(divide(n("-2"), n("3"))) == "-0.666666666666666667");
    CHECK(text_of(divide(n("2"), n("-3"))) == "-0.666666666666666667");
    CHECK(text_of(divide(n("-1"), n("-8"))) == "0.125");
    CHECK(text_of(divide(n("0.000000000000000001"), n("2"))) == "0.000000000000000001");
    CHECK(text_of(divide(n("0.000000000000000001"), n("3"))) == "0");
    CHECK(text_of(divide(n("1"), n("0"))) == "nullopt");
    CHECK(text_of(divide(n("1"), n("0.000"))) == "nullopt");
    CHECK(text_of(divide(n("1"), n("0.000000000000000001"))) == "1000000000000000000");
    // Divisors close to 2^127 exercise the digit-by-digit long division.
    const Decimal huge = *multiply(n("99999999999999999999999999999"), power_of_ten(9));
    CHECK(text_of(divide(huge, huge)) == "1");
    CHECK(text_of(divide(n("1"), huge)) == "0");
    CHECK(text_of(divide(*subtract(huge, n("1")), huge)) == "1");  // 1 - 10^-38, rounded at 18 digits
    const Decimal digits = *multiply(n("12345678901234567890123456789"), power_of_ten(9));
    CHECK(text_of(divide(digits, huge)) == "0.123456789012345679");
    CHECK(text_of(divide(huge, n("3"))) == "33333333333333333333333333333000000000");
    CHECK(text_of(divide(huge, n("7"))) == "14285714285714285714285714285571428571");  // no digit left for .43
    CHECK(text_of(divide(huge, n("70"))) == "1428571428571428571428571428557142857.1");
    CHECK(text_of(divide(huge, n("0.01"))) == "nullopt");
}

TEST_CASE("rounded rounds half away from zero") {
    CHECK(n("5.805").rounded(2).to_string() == "5.81");
    CHECK(n("-5.805").rounded(2).to_string() == "-5.81");
    CHECK(n("5.8045").rounded(2).to_string() == "5.80");
    CHECK(n("5.8049999").rounded(2).to_string() == "5.80");
    CHECK(n("-5.8045").rounded(2).to_string() == "-5.80");
    CHECK(n("0.5").rounded(0).to_string() == "1");
    CHECK(n("-0.5").rounded(0).to_string() == "-1");
    CHECK(n("0.4999").rounded(0).to_string() == "0");
    CHECK(n("-0.004").rounded(2).to_string() == "0.00");
    CHECK(n("9.995").rounded(2).to_string() == "10.00");
    CHECK(n("2.5").rounded(2).to_string() == "2.50");
    CHECK(n("2.50").rounded(2).to_string() == "2.50");
    CHECK(n("7").rounded(-3).to_string() == "7");
    CHECK(n("1.5").rounded(40).to_string() == "1.500000000000000000");
    const Decimal huge = *multiply(n("99999999999999999999999999999"), power_of_ten(9));
    CHECK(huge.rounded(2).to_string() == huge.to_string());  // no room for trailing zeros
}

TEST_CASE("compare is exact across scales") {
    CHECK(n("2.50") == n("2.5"));
    CHECK(n("2.50") < n("2.51"));
    CHECK(n("-2.5") < n("-2.49"));
    CHECK(n("-0.5") < n("0.3"));
    CHECK(n("-1.5") < n("-0.5"));
    CHECK(n("0.000000000000000001") > n("0"));
    CHECK(n("-0.000000000000000001") < n("0"));
    CHECK(compare(n("1"), n("1.000000000000000000")) == 0);
    // Aligning 10^29 to scale 18 would overflow; compare must not.
    const Decimal big = power_of_ten(29);
    CHECK(big > n("0.000000000000000001"));
    CHECK(big.negated() < n("-0.000000000000000001"));
    CHECK(compare(big, *add(big, n("0"))) == 0);
    CHECK(big < *add(big, n("0.1")));
    CHECK(big.negated() > add(big, n("0.1"))->negated());
    CHECK(n("99999999999.999999999999999999") < n("100000000000"));
    CHECK(n("99999999999.999999999999999999") > n("99999999999.99999999999999999"));
}

TEST_CASE("integer parts") {
    CHECK(n("12.00").is_integer());
    CHECK_FALSE(n("12.01").is_integer());
    CHECK(n("-12.99").to_integer() == -12);
    CHECK(n("12.99").to_integer() == 12);
    CHECK(n("9223372036854775807.9").to_integer() == INT64_MAX);
    CHECK(n("-9223372036854775808").to_integer() == INT64_MIN);
    CHECK_FALSE(n("9223372036854775808").to_integer().has_value());
    CHECK_FALSE(n("-9223372036854775809").to_integer().has_value());
}

TEST_CASE("from_parts guards the invariant") {
    CHECK(Decimal::from_parts(-395, 3).to_string() == "-0.395");
    CHECK(Decimal::from_parts(5, 18).to_string() == "0.000000000000000005");
    CHECK_THROWS_AS(Decimal::from_parts(1, 19), std::out_of_range);
    CHECK_THROWS_AS(Decimal::from_parts(1, -1), std::out_of_range);
    const Decimal::Mantissa largest = power_of_ten(37).mantissa() * 10 - 1;  // 10^38 - 1
    CHECK(Decimal::from_parts(largest, 0).negated().mantissa() == -largest);
    CHECK_THROWS_AS(Decimal::from_parts(largest + 1, 0), std::out_of_range);
    CHECK_THROWS_AS(Decimal::from_parts(-largest - 1, 0), std::out_of_range);
}
