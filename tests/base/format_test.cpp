#include "base/format.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

using drieluik::Date;
using drieluik::Decimal;
using drieluik::Language;

namespace {

Decimal n(std::string_view text) { return *Decimal::parse(text); }
Date d(std::string_view text) { return *Date::parse(text); }

constexpr std::array<std::string_view, 12> dutch_months{
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> english_months{
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

std::string month_name(const std::array<std::string_view, 12>& names, const Date& date) {
    return std::string(names[static_cast<std::size_t>(date.month() - 1)]);
}

}  // namespace

TEST_CASE("integers with the language's grouping") {
    using drieluik::format_integer;
    CHECK(format_integer(1234, Language::nl) == "1.234");
    CHECK(format_integer(1234, Language::en) == "1,234");
    CHECK(format_integer(999, Language::nl) == "999");
    CHECK(format_integer(0, Language::en) == "0");
    CHECK(format_integer(-1234567, Language::nl) == "-1.234.567");
    CHECK(format_integer(-1234567, Language::en) == "-1,234,567");
    CHECK(format_integer(INT64_MIN, Language::en) == "-9,223,372,036,854,775,808");
}

TEST_CASE("decimals keep exactly their stored digits") {
    using drieluik::format_decimal;
    CHECK(format_decimal(n("2.5"), Language::nl) == "2,5");
    CHECK(format_decimal(n("2.5"), Language::en) == "2.5");
    CHECK(format_decimal(n("2.50"), Language::nl) == "2,50");
    CHECK(format_decimal(n("1234.5"), Language::nl) == "1.234,5");
    CHECK(format_decimal(n("1234.5"), Language::en) == "1,234.5");
    CHECK(format_decimal(n("-0.395"), Language::nl) == "-0,395");
    CHECK(format_decimal(n("7"), Language::nl) == "7");
    CHECK(format_decimal(n("0.000000000000000001"), Language::en) == "0.000000000000000001");
    // More digits than a double holds: printed exactly, so no double was involved.
    CHECK(format_decimal(n("123456789012.345678901234567891"), Language::en) ==
          "123,456,789,012.345678901234567891");
    CHECK(format_decimal(*multiply(n("99999999999999999999999999999"), n("1000000000")), Language::nl) ==
          "99.999.999.999.999.999.999.999.999.999.000.000.000");
}

TEST_CASE("money: the euro sign, two fraction digits, rounded half up") {
    using drieluik::format_money;
    // nl_NL puts a no-break space (U+00A0, UTF-8 C2 A0) between the sign and the amount.
    CHECK(format_money(n("1234.5"), Language::nl) == "\u20AC\u00A01.234,50");
    CHECK(format_money(n("1234.5"), Language::nl) == "\xE2\x82\xAC\xC2\xA0" "1.234,50");
    CHECK(format_money(n("1234.5"), Language::en) == "\u20AC1,234.50");
    CHECK(format_money(n("2450"), Language::nl) == "\u20AC\u00A02.450,00");
    CHECK(format_money(n("0.005"), Language::nl) == "\u20AC\u00A00,01");
    CHECK(format_money(n("0.0049"), Language::en) == "\u20AC0.00");
    CHECK(format_money(n("5.805"), Language::en) == "\u20AC5.81");
    CHECK(format_money(n("-5.805"), Language::en) == "-\u20AC5.81");
    CHECK(format_money(n("-5"), Language::nl) == "\u20AC\u00A0-5,00");
    CHECK(format_money(*multiply(n("14.71"), n("0.395")), Language::nl) == "\u20AC\u00A05,81");
    CHECK(format_money(n("1234567.891"), Language::en) == "\u20AC1,234,567.89");
}

TEST_CASE("dates as day, month name and year") {
    using drieluik::format_date;
    CHECK(format_date(d("2025-09-01"), Language::nl) == "1 september 2025");
    CHECK(format_date(d("2025-09-01"), Language::en) == "1 September 2025");
    CHECK(format_date(d("2026-01-01"), Language::nl) == "1 januari 2026");
    CHECK(format_date(d("2026-01-01"), Language::en) == "1 January 2026");
    CHECK(format_date(d("2024-02-29"), Language::nl) == "29 februari 2024");
    CHECK(format_date(d("2024-02-29"), Language::en) == "29 February 2024");
    CHECK(format_date(d("2025-12-31"), Language::nl) == "31 december 2025");
    CHECK(format_date(d("2025-03-30"), Language::nl) == "30 maart 2025");  // daylight saving starts
    CHECK(format_date(d("2025-10-26"), Language::en) == "26 October 2025");  // and ends
    CHECK(format_date(d("9999-12-31"), Language::en) == "31 December 9999");
    CHECK(format_date(d("0001-01-01"), Language::nl) == "1 januari 1");
    // Proleptic Gregorian like Date: 1500 is no leap year there (it is in the Julian calendar).
    CHECK(format_date(d("1500-03-01"), Language::nl) == "1 maart 1500");
    CHECK(format_date(d("1500-02-28"), Language::en) == "28 February 1500");
    CHECK(format_date(d("1582-10-04"), Language::en) == "4 October 1582");
}

TEST_CASE("every month has its name in both languages") {
    for (int month = 1; month <= 12; ++month) {
        const Date date = *Date::from_ymd(2025, month, 15);
        CHECK(drieluik::format_date(date, Language::nl) == "15 " + month_name(dutch_months, date) + " 2025");
        CHECK(drieluik::format_date(date, Language::en) == "15 " + month_name(english_months, date) + " 2025");
    }
}

TEST_CASE("dates agree with Date over the whole calendar") {
    // Every 1009th day: the day, month and year printed are those of Date.
    for (std::int64_t day = 0; day <= Date::days_between(d("0001-01-01"), d("9999-12-31")); day += 1009) {
        const Date date = *d("0001-01-01").plus_days(day);
        const std::string expected = std::to_string(date.day()) + " " + month_name(english_months, date) + " " +
                                     std::to_string(date.year());
        REQUIRE_MESSAGE(drieluik::format_date(date, Language::en) == expected, date.to_string());
    }
}

TEST_CASE("booleans") {
    using drieluik::format_boolean;
    CHECK(format_boolean(true, Language::nl) == "ja");
    CHECK(format_boolean(false, Language::nl) == "nee");
    CHECK(format_boolean(true, Language::en) == "yes");
    CHECK(format_boolean(false, Language::en) == "no");
}
