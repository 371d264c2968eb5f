#include "base/date.hpp"

#include <doctest/doctest.h>

using drieluik::Date;

namespace {

Date d(std::string_view text) {
    const auto date = Date::parse(text);
    REQUIRE_MESSAGE(date.has_value(), text);
    return *date;
}

std::string text_of(const std::optional<Date>& date) { return date ? date->to_string() : "nullopt"; }

}  // namespace

TEST_CASE("parse accepts real calendar dates and keeps their parts") {
    const Date leap_day = d("2024-02-29");
    CHECK(leap_day.year() == 2024);
    CHECK(leap_day.month() == 2);
    CHECK(leap_day.day() == 29);
    CHECK(d("0001-01-01").day_number() == 0);
    CHECK(d("0001-01-02").day_number() == 1);
    CHECK(d("9999-12-31").to_string() == "9999-12-31");
    CHECK(d("2000-02-29").to_string() == "2000-02-29");
    CHECK(d("2025-09-01").to_string() == "2025-09-01");
    CHECK(Date{}.to_string() == "0001-01-01");
}

TEST_CASE("parse rejects anything but a strict YYYY-MM-DD calendar day") {
    for (const char* text : {"2025-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-13-01",
                             "2025-00-10", "2025-01-00", "2025-01-32", "0000-01-01", "2025-2-3",
                             "25-02-03", "2025-02-03 ", " 2025-02-03", "2025/02/03", "2025-02-3x",
                             "+025-02-03", "-025-02-03", "2025-0a-03", "20250203", "", "10000-01-01",
                             "2025-02-03T00:00"}) {
        CAPTURE(text);
        CHECK_FALSE(Date::parse(text).has_value());
    }
}

TEST_CASE("from_ymd checks ranges") {
    CHECK(text_of(Date::from_ymd(2024, 2, 29)) == "2024-02-29");
    CHECK(text_of(Date::from_ymd(2023, 2, 29)) == "nullopt");
    CHECK(text_of(Date::from_ymd(0, 12, 31)) == "nullopt");
    CHECK(text_of(Date::from_ymd(10000, 1, 1)) == "nullopt");
    CHECK(text_of(Date::from_ymd(2025, 12, 31)) == "2025-12-31");
    CHECK(text_of(Date::from_ymd(2025, -1, 1)) == "nullopt");
}

TEST_CASE("day numbers round-trip over the whole calendar") {
    // Every 97th day from the first to the last: to_string and parse agree with day_number.
    const auto last = d("9999-12-31").day_number();
    CHECK(last == 3652058);
    for (std::int64_t day = 0; day <= last; day += 97) {
        const Date date = *d("0001-01-01").plus_days(day);
        REQUIRE(date.day_number() == day);
        REQUIRE(d(date.to_string()) == date);
    }
}

TEST_CASE("plus_days stays inside years 1..9999") {
    CHECK(text_of(d("2024-02-28").plus_days(1)) == "2024-02-29");
    CHECK(text_of(d("2025-02-28").plus_days(1)) == "2025-03-01");
    CHECK(text_of(d("2025-01-01").plus_days(-1)) == "2024-12-31");
    CHECK(text_of(d("2025-01-01").plus_days(365)) == "2026-01-01");
    CHECK(text_of(d("9999-12-31").plus_days(1)) == "nullopt");
    CHECK(text_of(d("9999-12-30").plus_days(1)) == "9999-12-31");
    CHECK(text_of(d("0001-01-01").plus_days(-1)) == "nullopt");
    CHECK(text_of(d("2025-01-01").plus_days(INT64_MAX)) == "nullopt");
    CHECK(text_of(d("2025-01-01").plus_days(INT64_MIN)) == "nullopt");
}

TEST_CASE("plus_months keeps the day and clamps it to the month's end") {
    CHECK(text_of(d("2025-01-31").plus_months(1)) == "2025-02-28");
    CHECK(text_of(d("2024-01-31").plus_months(1)) == "2024-02-29");
    CHECK(text_of(d("2025-01-31").plus_months(3)) == "2025-04-30");
    CHECK(text_of(d("2025-03-31").plus_months(-1)) == "2025-02-28");
    CHECK(text_of(d("2025-01-15").plus_months(12)) == "2026-01-15");
    CHECK(text_of(d("2025-01-15").plus_months(-13)) == "2023-12-15");
    CHECK(text_of(d("2025-12-01").plus_months(1)) == "2026-01-01");
    CHECK(text_of(d("2024-02-29").plus_years(1)) == "2025-02-28");
    CHECK(text_of(d("2024-02-29").plus_years(4)) == "2028-02-29");
    CHECK(text_of(d("2024-02-29").plus_years(-100)) == "1924-02-29");
    CHECK(text_of(d("9999-12-01").plus_months(1)) == "nullopt");
    CHECK(text_of(d("9999-11-30").plus_months(1)) == "9999-12-30");
    CHECK(text_of(d("0001-01-31").plus_months(-1)) == "nullopt");
    CHECK(text_of(d("2025-01-01").plus_months(INT64_MAX)) == "nullopt");
    CHECK(text_of(d("2025-01-01").plus_months(INT64_MIN)) == "nullopt");
    CHECK(text_of(d("2025-01-01").plus_years(INT64_MAX / 12)) == "nullopt");
}

TEST_CASE("months_between is the largest m with from + m months <= to") {
    CHECK(Date::months_between(d("2025-01-31"), d("2025-02-28")) == 1);
    CHECK(Date::months_between(d("2025-01-31"), d("2025-02-27")) == 0);
    CHECK(Date::months_between(d("2024-01-31"), d("2024-02-28")) == 0);  // 31 Jan + 1 month = 29 Feb
    CHECK(Date::months_between(d("2024-01-31"), d("2024-02-29")) == 1);
    CHECK(Date::months_between(d("2025-02-28"), d("2025-03-27")) == 0);
    CHECK(Date::months_between(d("2025-02-28"), d("2025-03-28")) == 1);
    CHECK(Date::months_between(d("2025-02-28"), d("2025-03-31")) == 1);
    CHECK(Date::months_between(d("2025-09-01"), d("2026-09-01")) == 12);
    CHECK(Date::months_between(d("2025-09-01"), d("2026-08-31")) == 11);
    // The probation example: start to the day after the end.
    CHECK(Date::months_between(d("2025-09-01"), *d("2025-10-31").plus_days(1)) == 2);
    CHECK(Date::months_between(d("2025-05-05"), d("2025-05-05")) == 0);
    CHECK(Date::months_between(d("2025-05-05"), d("2025-05-31")) == 0);
    CHECK(Date::months_between(d("0001-01-01"), d("9999-12-31")) == 119987);
}

TEST_CASE("months_between backwards is the smallest m with from + m months >= to") {
    CHECK(Date::months_between(d("2025-02-28"), d("2025-01-31")) == 0);  // 28 Feb - 1 month = 28 Jan < 31 Jan
    CHECK(Date::months_between(d("2025-02-28"), d("2025-01-28")) == -1);
    CHECK(Date::months_between(d("2025-03-31"), d("2025-02-28")) == -1);
    CHECK(Date::months_between(d("2025-03-31"), d("2025-02-27")) == -1);
    CHECK(Date::months_between(d("2025-03-15"), d("2025-01-16")) == -1);
    CHECK(Date::months_between(d("2025-03-15"), d("2025-01-15")) == -2);
    CHECK(Date::months_between(d("2025-05-31"), d("2025-05-01")) == 0);
    CHECK(Date::months_between(d("2026-09-01"), d("2025-09-01")) == -12);
}

TEST_CASE("days_between") {
    CHECK(Date::days_between(d("2024-02-28"), d("2024-03-01")) == 2);
    CHECK(Date::days_between(d("2025-03-01"), d("2025-02-28")) == -1);
    CHECK(Date::days_between(d("0001-01-01"), d("9999-12-31")) == 3652058);
}

TEST_CASE("age counts whole years completed") {
    const Date birth = d("2005-06-15");
    CHECK(Date::age(birth, d("2023-06-14")) == 17);
    CHECK(Date::age(birth, d("2023-06-15")) == 18);
    CHECK(Date::age(birth, d("2023-12-31")) == 18);
    CHECK(Date::age(birth, d("2005-06-15")) == 0);
    CHECK(Date::age(birth, d("2005-06-14")) == -1);
    CHECK(Date::age(birth, d("2004-06-15")) == -1);
    CHECK(Date::age(birth, d("2004-06-14")) == -2);
}

TEST_CASE("a 29 February birthday is completed on 1 March in other years") {
    const Date birth = d("2004-02-29");
    CHECK(Date::age(birth, d("2025-02-28")) == 20);
    CHECK(Date::age(birth, d("2025-03-01")) == 21);
    CHECK(Date::age(birth, d("2024-02-28")) == 19);
    CHECK(Date::age(birth, d("2024-02-29")) == 20);
    CHECK(text_of(Date::birthday(birth, 21)) == "2025-03-01");
    CHECK(text_of(Date::birthday(birth, 20)) == "2024-02-29");
    CHECK(text_of(Date::birthday(birth, 96)) == "2100-03-01");  // 2100 is no leap year
}

TEST_CASE("birthday is the day the age is reached") {
    const Date birth = d("2005-06-15");
    CHECK(text_of(Date::birthday(birth, 18)) == "2023-06-15");
    CHECK(text_of(Date::birthday(birth, 0)) == "2005-06-15");
    CHECK(text_of(Date::birthday(birth, -5)) == "2000-06-15");
    CHECK(text_of(Date::birthday(birth, 8000)) == "nullopt");
    CHECK(text_of(Date::birthday(birth, -2005)) == "nullopt");
    CHECK(text_of(Date::birthday(birth, INT32_MAX)) == "nullopt");
    CHECK(text_of(Date::birthday(birth, INT32_MIN)) == "nullopt");
    for (int years : {0, 1, 17, 18, 21, 65}) {
        CAPTURE(years);
        const Date day = *Date::birthday(birth, years);
        CHECK(Date::age(birth, day) == years);
        CHECK(Date::age(birth, *day.plus_days(-1)) == years - 1);
    }
}

TEST_CASE("dates order by day") {
    CHECK(d("2024-12-31") < d("2025-01-01"));
    CHECK(d("2025-01-01") == d("2025-01-01"));
    CHECK(d("2025-01-02") > d("2025-01-01"));
}
