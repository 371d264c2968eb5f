// Operators and built-in functions of the rule language, evaluated on the test agreement
// (tests/engine/data/agreement.xml) and shown as evidence in English.

#include "engine_support.hpp"

namespace drieluik::test {

TEST_CASE("arithmetic is exact") {
    CHECK(value_of("0.1 + 0.2") == "0.3");
    CHECK(holds("0.1 + 0.2 = 0.3") == "true");
    CHECK(value_of("2 * 3 - 4") == "2");
    CHECK(value_of("-(2 - 5)") == "3");
    CHECK(value_of("7 / 2") == "3.5");
    CHECK(value_of("1 / 3") == "0.333333333333333333");
    CHECK(value_of("39.5%") == "0.395");
    CHECK(value_of("14.71 * 39.5%") == "5.81045");
    CHECK(value_of("round(€ 14.71 * 39.5%, 2)") == "€5.81");
    CHECK(value_of("round(5.805, 2)") == "5.81");
    CHECK(value_of("round(-5.805, 2)") == "-5.81");
    CHECK(value_of("round(2.5, 0)") == "3");
    CHECK(value_of("employment.salary * 12") == "€29,400.00");
    CHECK(value_of("employment.salary / 2") == "€1,225.00");
    CHECK(value_of("employment.salary / € 1225.00") == "2");
    CHECK(value_of("employment.salary - 450") == "€2,000.00");
    CHECK(value_of("employment.hoursPerWeek * 52") == "1,976");
}

TEST_CASE("integers widen to decimals and money where they meet them") {
    CHECK(holds("employment.salary = 2450") == "true");
    CHECK(holds("employment.salary > 2449.99 EUR") == "true");
    CHECK(holds("employment.hoursPerWeek = 38") == "true");
    CHECK(holds("employment.probationMonths in [1.5, 2.0]") == "true");
    CHECK(value_of("least(employment.hoursPerWeek, 40)") == "38");
    CHECK(value_of("greatest(3, 2.5)") == "3");
}

TEST_CASE("arithmetic that has no result is undecided, with a reason") {
    CHECK(holds("1 / (2 - 2) > 0") == "undecided: division by zero in 1 / (2 - 2)");
    CHECK(holds("9223372036854775807 + employment.probationMonths > 0") ==
          "undecided: 9223372036854775807 + employment.probationMonths is too large to compute");
    CHECK(holds("employment.startDate + 9000 years > today") ==
          "undecided: employment.startDate + 9000 years falls outside the calendar");
}

TEST_CASE("comparisons") {
    CHECK(holds("employment.endDate > employment.startDate") == "true");
    CHECK(holds("employment.endDate <= employment.startDate") == "false");
    CHECK(holds("employment.probationMonths != 2") == "false");
    CHECK(holds("employment.probationMonths >= 2") == "true");
    CHECK(holds("student.name = \"Zoë de Vries\"") == "true");
}

TEST_CASE("enumeration values are written bare") {
    CHECK(holds("programme.level = associate-degree") == "true");
    CHECK(holds("associate-degree = programme.level") == "true");
    CHECK(holds("programme.level in [bachelor, associate-degree]") == "true");
    CHECK(holds("programme.level not in [bachelor, master]") == "true");
    CHECK(holds("status = final and employment.salary.per = month") == "true");
    CHECK(holds("tuition in repayment.covers") == "true");
    CHECK(holds("exam in repayment.covers") == "false");
    CHECK(holds("exam not in repayment.covers") == "true");
    CHECK(holds("programme.level = \"associate-degree\"") == "true");
    CHECK(value_of("programme.workModel") == "work-throughout");
}

TEST_CASE("if, otherwise, exists and blank") {
    CHECK(value_of("if programme.level = bachelor then 4 else if programme.level = associate-degree then 2 else 0") == "2");
    CHECK(value_of("employment.holidayHours otherwise 0") == "0");
    CHECK(value_of("employment.paidStudyHoursPerWeek otherwise 0") == "8");
    CHECK(holds("exists(employment.endDate) and not exists(employment.holidayHours)") == "true");
    CHECK(holds("exists(repayment) and not exists(student.guardian)") == "true");
    CHECK(holds("exists(signatures.signature) and not exists(repayment.exemptions.exemption)") == "true");
    CHECK(holds("blank(\"  \") and not blank(student.name)") == "true");
    CHECK(holds("some q in workplaceLearning.qualification: blank(q.assessment)") == "true");
}

TEST_CASE("dates: months keep the day and clamp to the month's end") {
    CHECK(value_of("2025-01-31 + 1 month") == "28 February 2025");
    CHECK(value_of("2024-01-31 + 1 month") == "29 February 2024");
    CHECK(value_of("2025-03-31 - 1 month") == "28 February 2025");
    CHECK(value_of("2024-02-29 + 1 year") == "28 February 2025");
    CHECK(value_of("2024-02-29 + 4 years") == "29 February 2028");
    CHECK(value_of("2025-12-31 + 1 day") == "1 January 2026");
    CHECK(value_of("employment.startDate + (3 - 1) years") == "1 September 2027");
    CHECK(value_of("today") == "23 November 2026");
}

TEST_CASE("dates: months_between, days_between, age and birthday") {
    CHECK(value_of("months_between(2025-01-31, 2025-02-28)") == "1");
    CHECK(value_of("months_between(2025-01-31, 2025-02-27)") == "0");
    CHECK(value_of("months_between(employment.startDate, employment.endDate + 1 day)") == "24");
    CHECK(value_of("months_between(2025-03-15, 2025-01-15)") == "-2");
    CHECK(value_of("days_between(2024-02-28, 2024-03-01)") == "2");
    CHECK(value_of("days_between(2025-03-01, 2025-02-28)") == "-1");
    CHECK(value_of("age(2004-02-29, 2025-02-28)") == "20");
    CHECK(value_of("age(2004-02-29, 2025-03-01)") == "21");
    CHECK(value_of("age(2004-02-29, 2024-02-29)") == "20");
    CHECK(value_of("age(student.birthDate, programme.startDate)") == "21");
    CHECK(value_of("birthday(2004-02-29, 21)") == "1 March 2025");
    CHECK(value_of("birthday(student.birthDate, 18)") == "12 March 2022");
}

TEST_CASE("quantifiers over repeated elements") {
    CHECK(value_of("count y in schedule.year") == "2");
    CHECK(value_of("count i in costs.item where i.payer = employer") == "2");
    CHECK(value_of("sum i in costs.item: i.amount") == "€3,651.50");
    CHECK(value_of("sum i in costs.item where i.payer = employer and i.kind in repayment.covers: i.amount") ==
          "€3,501.00");
    CHECK(value_of("sum i in costs.item where i.payer = institution: i.amount") == "€0.00");
    CHECK(value_of("min y in schedule.year: y.workDays") == "3");
    CHECK(value_of("max s in signatures.signature: s.date") == "24 June 2025");
    CHECK(holds("every y in schedule.year: y.schoolDays = 1") == "true");
    CHECK(holds("every y in schedule.year: y.workDays = 4") == "false");
    CHECK(holds("some y in schedule.year: y.workDays = 3") == "true");
    CHECK(holds("some y in schedule.year: y.workDays = 5") == "false");
    CHECK(value_of("(find s in signatures.signature where s.party = employer).name") == "H. Jansen");
    CHECK(value_of("(find s in signatures.signature where s.party = guardian).name") == "<absent>");
}

TEST_CASE("ranges, keys and the ends of lists") {
    const std::string table = "table steps by integer: decimal\n  from 1: 10%\n  from 5: 20%\n  from 9: 30%\nend\n";
    CHECK(value_of("sum k in 1..4: k") == "10");
    CHECK(value_of("count k in 3..1") == "0");
    CHECK(value_of("count k in 1..employment.probationMonths where k > 1") == "1");
    CHECK(value_of("count k in keys(steps)", {}, table) == "3");
    CHECK(value_of("last(keys(steps))", {}, table) == "9");
    CHECK(holds("5 in keys(steps) and 6 not in keys(steps)", {}, table) == "true");
    CHECK(value_of("first(schedule.year).n") == "1");
    CHECK(value_of("last(signatures.signature).party") == "institution");
    CHECK(value_of("first(repayment.covers)") == "tuition");
    CHECK(value_of("last(repayment.covers)") == "laptop");
    CHECK(value_of("first(repayment.exemptions.exemption)") == "<absent>");
}

TEST_CASE("previous, next and position of bound elements") {
    CHECK(value_of("count y in schedule.year where exists(previous(y))") == "1");
    CHECK(value_of("sum s in signatures.signature: position(s)") == "6");
    CHECK(value_of("(find y in schedule.year where not exists(next(y))).n") == "2");
    CHECK(value_of("(find s in signatures.signature where position(s) = 2).party") == "employer");
    CHECK(holds("every s in signatures.signature: not exists(previous(s)) or previous(s).date < s.date") == "true");
    CHECK(holds("every y in schedule.year: next(y).n > y.n") ==
          "undecided: next(y) does not exist");
}

TEST_CASE("an element with text stands for its text") {
    CHECK(holds("some c in termination.clause: not blank(c)") == "true");
    CHECK(value_of("first(workplaceLearning.qualification)") == "Bouwkundig ontwerp uitwerken in BIM");
    CHECK(value_of("first(signatures.signature)") == "/agreement/signatures/signature[1]");
}

TEST_CASE("functions are inlined and defines computed once per document") {
    const std::string declarations =
        "function twice(x: integer): integer = x * 2\n"
        "function half(x: decimal): decimal = x / 2\n"
        "function after(d: date, n: integer): date = d + n months\n"
        "define years = if programme.level = associate-degree then 2 else 4\n"
        "define doubled = twice(years)\n";
    CHECK(value_of("twice(twice(3))", {}, declarations) == "12");
    CHECK(value_of("twice(3) + twice(4)", {}, declarations) == "14");
    CHECK(value_of("half(3)", {}, declarations) == "1.5");
    CHECK(value_of("after(employment.startDate, years * 12)", {}, declarations) == "1 September 2027");
    CHECK(value_of("doubled + years", {}, declarations) == "6");
    CHECK(value_of("sum y in schedule.year: twice(y.n)", {}, declarations) == "6");
}

}  // namespace drieluik::test
