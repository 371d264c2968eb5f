// Findings: one per offending 'for each' element, located exactly (position and path of
// the 'at' node, its nearest existing ancestor when it is absent, else the element or the
// root), with evidence and a message in the requested language.

#include "engine_support.hpp"

namespace drieluik::test {

namespace {

const std::string& agreement_text() {
    static const std::string text = read_file(agreement_path);
    return text;
}

DocumentResult findings_of(const std::string& rules_text, const std::vector<Edit>& edits = {},
                           Language language = Language::en) {
    const auto rules = compile_rules(rules_text);
    return run(*rules, *agreement(edits), language);
}

}  // namespace

TEST_CASE("one finding per offending element, at the attribute named by 'at'") {
    const DocumentResult result = findings_of(rule("T-WORK",
                                                   "  for each y in schedule.year\n"
                                                   "  require y.workDays >= 4\n"
                                                   "  at y.workDays"));
    REQUIRE(result.findings.size() == 1);
    const Finding& f = result.findings[0];
    CHECK(f.rule == "T-WORK");
    CHECK(f.severity == Severity::error);
    CHECK(f.category == "test");
    CHECK(f.source == "test");
    CHECK(f.file == agreement_path);
    CHECK(f.path == "/agreement/schedule/year[2]/@workDays");
    CHECK(f.position == position_of(agreement_text(), "workDays=\"3\""));
    CHECK(f.message == "wrong");
    CHECK(f.evidence.empty());
}

TEST_CASE("without 'at' a finding points at its element, else at the root") {
    DocumentResult result = findings_of(rule("T-EACH",
                                             "  for each s in signatures.signature\n"
                                             "  require s.party = employer"));
    REQUIRE(result.findings.size() == 2);
    CHECK(result.findings[0].path == "/agreement/signatures/signature[1]");
    CHECK(result.findings[0].position == position_of(agreement_text(), "<signature party=\"student\""));
    CHECK(result.findings[1].path == "/agreement/signatures/signature[3]");
    CHECK(result.findings[1].position == position_of(agreement_text(), "<signature party=\"institution\""));

    result = findings_of(rule("T-ROOT", "  require false"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement");
    CHECK(result.findings[0].position == position_of(agreement_text(), "<agreement"));
}

TEST_CASE("a finding about something absent points at the nearest existing ancestor") {
    const std::vector<Edit> without_end_date = {{"    <endDate>2027-08-31</endDate>\n", ""}};
    DocumentResult result = findings_of(rule("T-END", "  require exists(employment.endDate)\n  at employment.endDate"),
                                        without_end_date);
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/employment");
    CHECK(result.findings[0].position == position_of(edited(agreement_path, without_end_date), "<employment>"));

    result = findings_of(rule("T-GUARDIAN", "  require exists(student.guardian.name)\n  at student.guardian.name"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/student");

    result = findings_of(rule("T-OTHER",
                              "  for each y in schedule.year\n"
                              "  require exists(y.otherDays)\n"
                              "  at y.otherDays"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/schedule/year[1]");
    CHECK(result.findings[0].position == position_of(agreement_text(), "<year n=\"1\""));
}

TEST_CASE("findings point at elements, attributes and text elements of every kind") {
    DocumentResult result = findings_of(rule("T-ASSESSED",
                                             "  for each q in workplaceLearning.qualification\n"
                                             "  require not blank(q.assessment)\n"
                                             "  at q.assessment"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/workplaceLearning/qualification[2]/@assessment");
    CHECK(result.findings[0].position == position_of(agreement_text(), "assessment=\"  \""));

    result = findings_of(rule("T-PER", "  require employment.salary.per = hour\n  at employment.salary.per"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/employment/salary/@per");
    CHECK(result.findings[0].position == position_of(agreement_text(), "per=\"month\""));

    result = findings_of(rule("T-BRIN", "  require programme.institution.brin = \"00XX\"\n  at programme.institution.brin"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/programme/institution/@brin");

    result = findings_of(rule("T-LAST", "  require false\n  at last(repayment.scale.step)"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/repayment/scale/step[2]");
    CHECK(result.findings[0].position == position_of(agreement_text(), "<step untilMonth=\"24\""));

    result = findings_of(rule("T-SCHEDULE", "  require false\n  at schedule"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/schedule");
}

TEST_CASE("'for each' ranges over enumeration lists and value lists") {
    DocumentResult result = findings_of(rule("T-COVERS",
                                             "  for each k in repayment.covers\n"
                                             "  require some i in costs.item: i.kind = k and i.payer = student",
                                             "kind = k"));
    REQUIRE(result.findings.size() == 2);
    CHECK(result.findings[0].path == "/agreement/repayment/covers");
    CHECK(result.findings[0].position == position_of(agreement_text(), "<covers>"));
    CHECK(result.findings[0].evidence.size() == 2);
    CHECK(result.findings[0].evidence[0].name == "k");
    std::vector<std::string> kinds = {result.findings[0].evidence[1].value, result.findings[1].evidence[1].value};
    std::sort(kinds.begin(), kinds.end());
    CHECK(kinds == std::vector<std::string>{"laptop", "tuition"});

    result = findings_of(rule("T-PARTIES",
                              "  for each p in [student, employer, institution, guardian]\n"
                              "  require some s in signatures.signature: s.party = p\n"
                              "  at signatures",
                              "party = p"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/signatures");
    CHECK(evidence(result, "party") == "guardian");

    result = findings_of("table years by integer: integer\n  from 1: 1\n  from 2: 2\n  from 3: 3\nend\n" +
                         rule("T-YEARS",
                              "  for each k in keys(years)\n"
                              "  require some y in schedule.year: y.n = k"));
    REQUIRE(result.findings.size() == 1);
    CHECK(evidence(result, "k") == "3");
    CHECK(result.findings[0].path == "/agreement");
}

TEST_CASE("lets are computed anew for every element") {
    const DocumentResult result = findings_of(rule("T-LETS",
                                                   "  for each y in schedule.year\n"
                                                   "  let work = y.workDays\n"
                                                   "  let unused = 1 / 0\n"
                                                   "  require work = 4"));
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].path == "/agreement/schedule/year[2]");
    REQUIRE(result.findings[0].evidence.size() == 1);  // a let without a value is no evidence
    CHECK(result.findings[0].evidence[0].value == "3");
    CHECK(result.undecided.empty());
}

TEST_CASE("evidence holds every binding with a value, in the order written") {
    RuleText r;
    r.id = "T-EVIDENCE";
    r.clauses =
        "  for each y in schedule.year\n"
        "  let salary = employment.salary\n"
        "  let end = employment.holidayHours\n"
        "  when y.n = 2\n"
        "  let start = employment.startDate\n"
        "  require false\n"
        "  at y";
    r.with = "level = programme.level, paid = employment.paidStudyHoursPerWeek > 0, share = 39.5%, first = first(signatures.signature)";
    r.message_nl = "{salary} vanaf {start}";
    r.message_en = "{salary} from {start}";
    const auto rules = compile_rules(rule(r));
    const DocumentResult nl = run(*rules, *agreement(), Language::nl);
    REQUIRE(nl.findings.size() == 1);
    std::vector<std::pair<std::string, std::string>> evidence;
    for (const Evidence& e : nl.findings[0].evidence) evidence.emplace_back(e.name, e.value);
    CHECK(evidence == std::vector<std::pair<std::string, std::string>>{
                          {"salary", "€\u00A02.450,00"},
                          {"start", "1 september 2025"},
                          {"level", "associate-degree"},
                          {"paid", "ja"},
                          {"share", "0,395"},
                          {"first", "/agreement/signatures/signature[1]"},
                      });
    const DocumentResult en = run(*rules, *agreement(), Language::en);
    REQUIRE(en.findings.size() == 1);
    CHECK(en.findings[0].evidence[0].value == "€2,450.00");
    CHECK(en.findings[0].evidence[3].value == "yes");
}

TEST_CASE("messages are formatted for their language with the bindings") {
    RuleText r;
    r.id = "T-PROBATION";
    r.clauses =
        "  let allowed = 1\n"
        "  require employment.probationMonths <= allowed\n"
        "  at employment.probationMonths";
    r.message_nl =
        "Proeftijd van {probation, plural, one {# maand} other {# maanden}} bij {type} vanaf {start} voor {salary}; "
        "toegestaan is hoogstens {allowed}.";
    r.message_en =
        "Probation of {probation, plural, one {# month} other {# months}} with {type} from {start} for {salary}; "
        "at most {allowed} allowed.";
    r.with = "probation = employment.probationMonths, type = employment.contractType, start = employment.startDate, "
             "salary = employment.salary";
    const auto rules = compile_rules(rule(r));
    const DocumentResult nl = run(*rules, *agreement(), Language::nl);
    REQUIRE(nl.findings.size() == 1);
    CHECK(nl.findings[0].message ==
          "Proeftijd van 2 maanden bij fixed-term vanaf 1 september 2025 voor €\u00A02.450,00; toegestaan is hoogstens 1.");
    CHECK(nl.findings[0].position == position_of(agreement_text(), "<probationMonths>"));
    const DocumentResult en = run(*rules, *agreement({{"<probationMonths>2<", "<probationMonths>1<"}}), Language::en);
    CHECK(en.findings.empty());
    const DocumentResult en_two = run(*rules, *agreement(), Language::en);
    REQUIRE(en_two.findings.size() == 1);
    CHECK(en_two.findings[0].message ==
          "Probation of 2 months with fixed-term from 1 September 2025 for €2,450.00; at most 1 allowed.");
}

TEST_CASE("in messages elements read as their text or path, and decimals choose plural cases") {
    RuleText r;
    r.id = "T-ELEMENTS";
    r.clauses =
        "  for each q in workplaceLearning.qualification\n"
        "  require not blank(q.assessment)\n"
        "  at q.assessment";
    r.with = "named = last(workplaceLearning.qualification), first = first(signatures.signature), days = 2.5, "
             "whole = 1.0";
    r.message_nl = "{named} ({first}): {days, plural, one {# dag} other {# dagen}}, {whole, plural, one {# dag} "
                   "other {# dagen}}";
    r.message_en = "{named} ({first}): {days, plural, one {# day} other {# days}}, {whole, plural, one {# day} "
                   "other {# days}}";
    const auto rules = compile_rules(rule(r));
    const DocumentResult nl = run(*rules, *agreement(), Language::nl);
    REQUIRE(nl.findings.size() == 1);
    CHECK(nl.findings[0].message == "Werkvoorbereiding (/agreement/signatures/signature[1]): 2,5 dagen, 1 dag");
    const DocumentResult en = run(*rules, *agreement(), Language::en);
    REQUIRE(en.findings.size() == 1);
    CHECK(en.findings[0].message == "Werkvoorbereiding (/agreement/signatures/signature[1]): 2.5 days, 1 day");
}

TEST_CASE("findings are sorted by line, column and rule id") {
    // The rule set outlives the result: `evaluated` views its rule ids.
    const auto rules = compile_rules(rule("T-B", "  require false") + rule("T-A", "  require false") +
                                     rule("T-C", "  require false\n  at employment"));
    const DocumentResult result = run(*rules, *agreement(), Language::en);
    REQUIRE(result.findings.size() == 3);
    CHECK(result.findings[0].rule == "T-A");
    CHECK(result.findings[1].rule == "T-B");
    CHECK(result.findings[2].rule == "T-C");
    CHECK(result.evaluated == std::vector<std::string_view>{"T-A", "T-B", "T-C"});
}

TEST_CASE("rules of the other document kind do not run") {
    RuleText r;
    r.id = "T-PROGRAMME";
    r.clauses = "  require false";
    r.kind = "programme";
    const auto rules = compile_rules(rule(r) + rule("T-AGREEMENT", "  require true"));
    const DocumentResult result = run(*rules, *agreement(), Language::en);
    CHECK(result.findings.empty());
    CHECK(result.evaluated == std::vector<std::string_view>{"T-AGREEMENT"});
}

}  // namespace drieluik::test
