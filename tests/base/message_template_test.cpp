#include "base/format.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using drieluik::Date;
using drieluik::Decimal;
using drieluik::Language;
using drieluik::MessageArg;
using drieluik::MessageError;
using drieluik::MessageTemplate;
using drieluik::Money;

namespace {

Decimal n(std::string_view text) { return *Decimal::parse(text); }
Date d(std::string_view text) { return *Date::parse(text); }

MessageTemplate compiled(std::string_view pattern, Language language) {
    auto result = MessageTemplate::compile(pattern, language);
    if (const auto* error = std::get_if<MessageError>(&result)) FAIL(error->message, " at ", error->offset);
    return std::get<MessageTemplate>(std::move(result));
}

MessageError error_of(std::string_view pattern) {
    auto result = MessageTemplate::compile(pattern, Language::nl);
    REQUIRE(std::holds_alternative<MessageError>(result));
    return std::get<MessageError>(result);
}

std::string format(const MessageTemplate& message, std::vector<MessageArg> args) { return message.format(args); }

constexpr std::string_view probation_nl =
    "Proeftijd van {probation, plural, one {# maand} other {# maanden}}; toegestaan is hoogstens {allowed}.";
constexpr std::string_view probation_en =
    "Probation of {probation, plural, one {# month} other {# months}}; at most {allowed} allowed.";

}  // namespace

TEST_CASE("plural one and other in Dutch and English") {
    const MessageTemplate nl = compiled(probation_nl, Language::nl);
    const MessageTemplate en = compiled(probation_en, Language::en);
    CHECK(format(nl, {{"probation", std::int64_t{1}}, {"allowed", std::int64_t{1}}}) ==
          "Proeftijd van 1 maand; toegestaan is hoogstens 1.");
    CHECK(format(nl, {{"probation", std::int64_t{2}}, {"allowed", std::int64_t{1}}}) ==
          "Proeftijd van 2 maanden; toegestaan is hoogstens 1.");
    CHECK(format(nl, {{"probation", std::int64_t{0}}, {"allowed", std::int64_t{1}}}) ==
          "Proeftijd van 0 maanden; toegestaan is hoogstens 1.");
    CHECK(format(nl, {{"probation", std::int64_t{1200}}, {"allowed", std::int64_t{1000}}}) ==
          "Proeftijd van 1.200 maanden; toegestaan is hoogstens 1.000.");
    CHECK(format(en, {{"probation", std::int64_t{1}}, {"allowed", std::int64_t{2}}}) ==
          "Probation of 1 month; at most 2 allowed.");
    CHECK(format(en, {{"probation", std::int64_t{3}}, {"allowed", std::int64_t{2}}}) ==
          "Probation of 3 months; at most 2 allowed.");
    CHECK(format(en, {{"probation", n("1.5")}, {"allowed", n("1.25")}}) ==
          "Probation of 1.5 months; at most 1.25 allowed.");
    CHECK(format(nl, {{"probation", n("1")}, {"allowed", n("0.5")}}) ==
          "Proeftijd van 1 maand; toegestaan is hoogstens 0,5.");
}

TEST_CASE("values in {x} are formatted for the language") {
    const std::string_view pattern = "{salary} vanaf {start}, {share} ({hours} uur), {name}, {ok}";
    const std::vector<MessageArg> args{{"salary", Money{n("2450")}},   {"start", d("2025-09-01")},
                                       {"share", n("0.395")},          {"hours", std::int64_t{1234}},
                                       {"name", std::string_view("Zoë Çelik")}, {"ok", false}};
    CHECK(compiled(pattern, Language::nl).format(args) ==
          "\u20AC\u00A02.450,00 vanaf 1 september 2025, 0,395 (1.234 uur), Zoë Çelik, nee");
    CHECK(compiled(pattern, Language::en).format(args) ==
          "\u20AC2,450.00 vanaf 1 September 2025, 0.395 (1,234 uur), Zoë Çelik, no");
    // Decimals in {x} are exact, whatever their number of digits.
    CHECK(format(compiled("{x}", Language::nl), {{"x", n("1234.567890123456789")}}) == "1.234,567890123456789");
}

TEST_CASE("select chooses by keyword") {
    const MessageTemplate message =
        compiled("{ok, select, true {getekend} other {niet getekend}} door {role, select, student {de student} "
                 "other {{role}}}",
                 Language::nl);
    CHECK(format(message, {{"ok", true}, {"role", std::string_view("student")}}) == "getekend door de student");
    CHECK(format(message, {{"ok", false}, {"role", std::string_view("werkgever")}}) ==
          "niet getekend door werkgever");
    CHECK(message.argument_names() == std::vector<std::string>{"ok", "role"});
    CHECK(message.numeric_argument_names().empty());
}

TEST_CASE("number and selectordinal arguments") {
    const MessageTemplate message =
        compiled("{n, number, integer} / {x, number} / {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
                 Language::en);
    CHECK(format(message, {{"n", std::int64_t{22}}, {"x", n("1234.5")}}) == "22 / 1,234.5 / 22nd");
    CHECK(format(message, {{"n", std::int64_t{11}}, {"x", Money{n("3")}}}) == "11 / 3 / 11th");
    CHECK(format(compiled("{x, NUMBER}", Language::nl), {{"x", n("-1234.5")}}) == "-1.234,5");
    CHECK(message.numeric_argument_names() == std::vector<std::string>{"n", "x"});
}

TEST_CASE("missing arguments and values that fit no number are written {name}") {
    const MessageTemplate nl = compiled(probation_nl, Language::nl);
    CHECK(format(nl, {{"probation", std::int64_t{2}}}) == "Proeftijd van 2 maanden; toegestaan is hoogstens {allowed}.");
    CHECK(format(nl, {}) == "Proeftijd van {probation}; toegestaan is hoogstens {allowed}.");
    CHECK(format(nl, {{"probation", std::string_view("twee")}, {"allowed", std::int64_t{1}}}) ==
          "Proeftijd van {probation}; toegestaan is hoogstens 1.");
    CHECK(format(nl, {{"probation", d("2025-01-01")}, {"allowed", true}}) ==
          "Proeftijd van {probation}; toegestaan is hoogstens ja.");
    CHECK(format(nl, {{"unused", std::int64_t{5}}, {"probation", std::int64_t{1}}, {"allowed", std::int64_t{1}}}) ==
          "Proeftijd van 1 maand; toegestaan is hoogstens 1.");
}

TEST_CASE("argument_names: sorted and unique") {
    const MessageTemplate message =
        compiled("{b} {a} {b, plural, other {#}} {c, select, x {{a}} other {}} {a}", Language::en);
    CHECK(message.argument_names() == std::vector<std::string>{"a", "b", "c"});
    CHECK(message.numeric_argument_names() == std::vector<std::string>{"b"});
    CHECK(compiled("Geen argumenten.", Language::nl).argument_names().empty());
    CHECK(message.language() == Language::en);
    // A name used both as {b} and in a plural gets a number: {b} then shows ICU's formatting.
    CHECK(format(message, {{"a", std::int64_t{1}}, {"b", std::int64_t{1234}}, {"c", std::string_view("x")}}) ==
          "1,234 1 1,234 1 1");
}

TEST_CASE("apostrophes follow ICU's rules") {
    const MessageTemplate message = compiled("auto's van '{'naam'}' {naam} en ''{naam}''", Language::nl);
    CHECK(format(message, {{"naam", std::string_view("Joost")}}) == "auto's van {naam} Joost en 'Joost'");
}

TEST_CASE("pattern errors: message and code-point offset") {
    const MessageError missing_other = error_of("Zoë {n, plural, one {x}}");
    CHECK(missing_other.message == "a plural or select argument needs an 'other' case");
    CHECK(missing_other.offset == 0);  // ICU gives no position for this one

    // U+1F600 is two UTF-16 units but one code point: the offset counts it once.
    const MessageError syntax = error_of("\xF0\x9F\x98\x80 {a b}");
    CHECK(syntax.message == "syntax error in the message");
    CHECK(syntax.offset == 3);

    const MessageError unclosed = error_of("Zoë {n, plural, one {x} other {y}");
    CHECK(unclosed.message == "syntax error in the message");
    CHECK(unclosed.offset == 15);

    CHECK(error_of("{").message == "unmatched brace in the message");

    const MessageError numbered = error_of("ab {0} c");
    CHECK(numbered.message == "arguments must be named: {0}");
    CHECK(numbered.offset == 4);

    const MessageError date = error_of("Zoë {start, date, short}");
    CHECK(date.message == "argument 'start' has an unsupported type; use {name}, number, plural, selectordinal or select");
    CHECK(date.offset == 5);
    CHECK(error_of("{n, choice, 0#a|1#b}").offset == 1);
    CHECK(error_of("{n, spellout}").offset == 1);

    CHECK(error_of("{n, number, ##.#.#}").message == "invalid number style in the message");
    CHECK(error_of("{n, plural, other {# of {x, number, ##.#.#}}}").message == "invalid number style in the message");
    CHECK(error_of("{x, number, ::currency/XYZ precision-bogus}").message == "invalid number style in the message");
    const MessageError mixed = error_of("{n, select, a {x} other {y}} {n, plural, other {#}}");
    CHECK(mixed.message == "argument 'n' cannot be both a select keyword and a number");
    CHECK(mixed.offset == 30);  // the second n

    // Deep nesting would exhaust ICU's recursion: refused before ICU sees it.
    std::string nested;
    for (int i = 0; i < 40000; ++i) nested += "{n, select, other {";
    nested += std::string(80000, '}');
    const MessageError deep = error_of(nested);
    CHECK(deep.message == "the message nests braces more than 32 deep");
    CHECK(deep.offset == 16 * 19);  // the 33rd '{': two per level
    std::string allowed;
    for (int i = 0; i < 16; ++i) allowed += "{n, select, other {";
    allowed += "x" + std::string(32, '}');
    CHECK(compiled(allowed, Language::nl).format(std::vector<MessageArg>{{"n", true}}) == "x");

    const MessageError large = error_of("Zoë {99999999}");  // an argument number ICU cannot hold
    CHECK(large.message == "a number in the message is too large");
    CHECK(large.offset == 5);
}

TEST_CASE("the constructor accepts valid patterns and throws on others") {
    const MessageTemplate message(probation_en, Language::en);
    CHECK(message.argument_names() == std::vector<std::string>{"allowed", "probation"});
    CHECK_THROWS_WITH_AS(MessageTemplate("ab {0} c", Language::nl),
                         "arguments must be named: {0} (at code point 4 of the message)", std::invalid_argument);
}

TEST_CASE("one template formats on many threads at once") {
    const MessageTemplate nl = compiled(probation_nl, Language::nl);
    const MessageTemplate copy = nl;  // copies share the compiled pattern
    constexpr int thread_count = 8;
    constexpr int rounds = 200;
    std::vector<std::vector<std::string>> results(thread_count);
    std::vector<std::thread> threads;
    threads.reserve(thread_count);
    for (int t = 0; t < thread_count; ++t) {
        threads.emplace_back([&, t] {
            const MessageTemplate& message = t % 2 == 0 ? nl : copy;
            for (int i = 0; i < rounds; ++i) {
                const std::int64_t months = (t + i) % 3;
                const std::vector<MessageArg> args{{"probation", months}, {"allowed", Money{n("1234.5")}}};
                results[static_cast<std::size_t>(t)].push_back(message.format(args) + " " +
                                                                drieluik::format_date(d("2025-09-01"), Language::nl));
            }
        });
    }
    for (std::thread& thread : threads) thread.join();
    const std::vector<std::string> expected{
        "Proeftijd van 0 maanden; toegestaan is hoogstens \u20AC\u00A01.234,50. 1 september 2025",
        "Proeftijd van 1 maand; toegestaan is hoogstens \u20AC\u00A01.234,50. 1 september 2025",
        "Proeftijd van 2 maanden; toegestaan is hoogstens \u20AC\u00A01.234,50. 1 september 2025",
    };
    for (int t = 0; t < thread_count; ++t) {
        for (int i = 0; i < rounds; ++i) {
            REQUIRE(results[static_cast<std::size_t>(t)][static_cast<std::size_t>(i)] ==
                    expected[static_cast<std::size_t>((t + i) % 3)]);
        }
    }
}
