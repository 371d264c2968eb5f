#pragma once
// Calendar dates (proleptic Gregorian, years 1..9999) stored as a day number, with the
// month arithmetic the rules need: adding months keeps the day of the month and clamps
// it to the month's last day (31 January + 1 month = 28 or 29 February).

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace drieluik {

class Date {
public:
    constexpr Date() = default;
    static std::optional<Date> from_ymd(int year, int month, int day);
    // Strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt for 2025-02-30, 0000-01-01, "2025-2-3".
    static std::optional<Date> parse(std::string_view text);

    int year() const;
    int month() const;
    int day() const;
    std::int32_t day_number() const { return days_; }  // days since 0001-01-01

    std::optional<Date> plus_days(std::int64_t days) const;
    std::optional<Date> plus_months(std::int64_t months) const;  // clamps to month end
    std::optional<Date> plus_years(std::int64_t years) const { return plus_months(years * 12); }

    // Whole months from `from` to `to`: the largest m with from + m months <= to (negative
    // when `to` is earlier: the smallest m with from + m months >= to).
    static std::int64_t months_between(Date from, Date to);
    static std::int64_t days_between(Date from, Date to) { return std::int64_t{to.days_} - from.days_; }
    // Whole years completed on `on` by someone born on `birth`; a 29 February birthday
    // is completed on 1 March in years without a 29 February. Negative before birth.
    static int age(Date birth, Date on);
    // The date on which someone born on `birth` reaches `years` of age.
    static std::optional<Date> birthday(Date birth, int years);

    std::string to_string() const;  // "YYYY-MM-DD"

    friend bool operator==(Date, Date) = default;
    friend auto operator<=>(Date, Date) = default;

private:
    explicit constexpr Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;
};

}  // namespace drieluik
