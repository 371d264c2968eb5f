// Three-valued evaluation: absent data makes a rule undecided (never passed), with a
// reason that names what is missing; guarded rules decide; tables are step functions
// without a value before their first row.

#include "engine_support.hpp"

namespace drieluik::test {

namespace {

const std::vector<Edit> without_end_date = {{"    <endDate>2027-08-31</endDate>\n", ""}};

}  // namespace

TEST_CASE("absence propagates through operators and makes the rule undecided") {
    CHECK(holds("employment.endDate > employment.startDate", without_end_date) ==
          "undecided: employment.endDate is missing");
    CHECK(holds("not (employment.endDate > employment.startDate)", without_end_date) ==
          "undecided: employment.endDate is missing");
    CHECK(holds("months_between(employment.startDate, employment.endDate + 1 day) >= 12", without_end_date) ==
          "undecided: employment.endDate is missing");
    CHECK(holds("(if employment.endDate > today then 1 else 2) = 1", without_end_date) ==
          "undecided: employment.endDate is missing");
    CHECK(holds("student.guardian.name = \"x\"") == "undecided: student.guardian.name is missing");
    CHECK(holds("every y in schedule.year: y.otherDays >= 1") == "undecided: schedule.year[1].otherDays is missing");
}

TEST_CASE("'and' with false and 'or' with true decide without the missing side") {
    CHECK(holds("employment.endDate > employment.startDate and false", without_end_date) == "false");
    CHECK(holds("false and employment.endDate > employment.startDate", without_end_date) == "false");
    CHECK(holds("employment.endDate > employment.startDate or true", without_end_date) == "true");
    CHECK(holds("employment.endDate > employment.startDate and true", without_end_date) ==
          "undecided: employment.endDate is missing");
    CHECK(holds("some y in schedule.year: y.otherDays >= 1") == "true");
}

TEST_CASE("exists, otherwise, least and greatest turn absence into a value") {
    CHECK(holds("not exists(employment.endDate)", without_end_date) == "true");
    CHECK(value_of("employment.endDate otherwise 2030-01-01", without_end_date) == "1 January 2030");
    CHECK(value_of("least(employment.endDate, 2026-01-01)", without_end_date) == "1 January 2026");
    CHECK(value_of("greatest(employment.endDate, employment.endDate + 1 day)", without_end_date) == "<absent>");
}

TEST_CASE("a guarded rule decides; the reason is given in the requested language") {
    const auto rules = compile_rules(rule("T-END",
                                          "  when exists(employment.endDate)\n"
                                          "  require employment.endDate > employment.startDate") +
                                     rule("T-UNGUARDED", "  require employment.endDate > employment.startDate"));
    const auto document = agreement(without_end_date);
    const DocumentResult nl = run(*rules, *document, Language::nl);
    CHECK(nl.findings.empty());
    CHECK(nl.evaluated == std::vector<std::string_view>{"T-END", "T-UNGUARDED"});
    REQUIRE(nl.undecided.size() == 1);
    CHECK(nl.undecided[0].rule == "T-UNGUARDED");
    CHECK(nl.undecided[0].reason == "employment.endDate ontbreekt");
    // Where the end date should be: in the employment element.
    CHECK(nl.undecided[0].position == position_of(edited(agreement_path, without_end_date), "<employment>"));
    const DocumentResult en = run(*rules, *document, Language::en);
    REQUIRE(en.undecided.size() == 1);
    CHECK(en.undecided[0].reason == "employment.endDate is missing");
}

TEST_CASE("a 'for each' rule is undecided once, and still reports the elements that decide") {
    const auto rules = compile_rules(rule("T-OTHER",
                                          "  for each y in schedule.year\n"
                                          "  require y.otherDays > 1"));
    const std::string year_two = "<year n=\"2\" workDays=\"3\" schoolDays=\"1\" otherDays=\"1\"/>";
    const DocumentResult result =
        run(*rules, *agreement({{year_two, year_two + "\n    <year n=\"3\" workDays=\"4\" schoolDays=\"1\" otherDays=\"2\"/>"}}),
            Language::en);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/schedule/year[2]");
    REQUIRE(result.undecided.size() == 1);
    CHECK(result.undecided[0].reason == "schedule.year[1].otherDays is missing");
}

TEST_CASE("empty min, find without a match and the ends of a list have no value") {
    CHECK(holds("(min i in costs.item where i.payer = institution: i.amount) > 0") == "undecided: costs.item is empty");
    CHECK(holds("(find s in signatures.signature where s.party = guardian).date > today") ==
          "undecided: no element of signatures.signature matches");
    CHECK(holds("first(repayment.exemptions.exemption).reason = illness") ==
          "undecided: repayment.exemptions.exemption is empty");
}

TEST_CASE("a table has no value before its first row, and each row holds until the next") {
    const std::string wage =
        "table wage by date: money\n"
        "  from 2024-01-01: € 13.27\n"
        "  from 2024-07-01: € 13.68\n"
        "  from 2025-01-01: 14.06\n"
        "end\n"
        "table share by integer: decimal\n"
        "  from 15: 30%\n"
        "  from 16: 34.5%\n"
        "  from 21: 1\n"
        "end\n";
    CHECK(holds("wage(2023-12-31) > 0", {}, wage) == "undecided: no value in wage known before 1 January 2024");
    CHECK(value_of("wage(2024-01-01)", {}, wage) == "€13.27");
    CHECK(value_of("wage(2024-06-30)", {}, wage) == "€13.27");
    CHECK(value_of("wage(2024-07-01)", {}, wage) == "€13.68");
    CHECK(value_of("wage(2024-12-31)", {}, wage) == "€13.68");
    CHECK(value_of("wage(2025-01-01)", {}, wage) == "€14.06");
    CHECK(value_of("wage(2099-12-31)", {}, wage) == "€14.06");
    CHECK(value_of("wage(employment.startDate)", {}, wage) == "€14.06");
    CHECK(holds("share(14) > 0", {}, wage) == "undecided: no value in share known below 15");
    CHECK(value_of("share(15)", {}, wage) == "0.30");
    CHECK(value_of("share(20)", {}, wage) == "0.345");
    CHECK(value_of("share(21)", {}, wage) == "1");
    CHECK(value_of("round(wage(2026-01-01) * share(17), 2)", {}, wage) == "€4.85");

    const auto rules = compile_rules(wage + rule("T-WAGE", "  require employment.salary >= wage(2023-06-01) * 160"));
    const DocumentResult nl = run(*rules, *agreement(), Language::nl);
    REQUIRE(nl.undecided.size() == 1);
    CHECK(nl.undecided[0].reason == "geen waarde in wage bekend vóór 1 januari 2024");
}

}  // namespace drieluik::test
