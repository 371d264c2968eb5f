// Documents that do not load: not well-formed XML, an unknown kind, and every kind of
// structural error, each with its exact message and position.

#include "document_test_support.hpp"

using namespace drieluik;
using namespace drieluik::test;

namespace {

std::string edited(std::string_view from, std::string_view to) { return replaced(sample_agreement(), from, to); }

std::string without(std::string_view part) { return edited(part, ""); }

}  // namespace

TEST_CASE("not well-formed XML") {
    CHECK(load_error(without("</cao>")) == "23:5: not well-formed XML: start-end tags mismatch");
    CHECK(load_error("") == "1:1: not well-formed XML: no document element found");
    CHECK(load_error(sample_agreement() + "<agreement/>") == "70:1: not well-formed XML: more than one root element");
    CHECK(load_error(sample_agreement() + "trailing text\n") == "70:1: not well-formed XML: text outside the root element");
    CHECK(load_error(edited("<agreement xmlns", "junk <agreement xmlns")) ==
          "2:1: not well-formed XML: text outside the root element");
    // Several problems of this kind are all reported, in the order of their position.
    CHECK(load_errors(edited("<agreement xmlns", "junk <agreement xmlns") + "<agreement/>") ==
          std::vector<std::string>{"2:1: not well-formed XML: text outside the root element",
                                   "70:1: not well-formed XML: more than one root element"});
    // Comments and processing instructions around the root are fine.
    load_ok("<!-- before -->\n" + sample_agreement() + "<!-- after --><?pi x?>\n");
}

TEST_CASE("a DOCTYPE is refused: no entity expansion, no external entities") {
    const std::string laughs =
        "<!DOCTYPE agreement [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<agreement";
    CHECK(load_error(edited("<agreement", laughs)) == "2:1: DOCTYPE declarations are not allowed");
    const std::string external = "<!DOCTYPE agreement SYSTEM \"file:///etc/passwd\">\n<agreement";
    CHECK(load_error(edited("<agreement", external)) == "2:1: DOCTYPE declarations are not allowed");
}

TEST_CASE("the kind comes from the root element's namespace") {
    const std::string known =
        "known are agreement in urn:drieluik:agreement:1 and programmeApplication in urn:drieluik:programme:1";
    CHECK(load_error(edited("urn:drieluik:agreement:1", "urn:drieluik:agreement:2")) ==
          "2:1: root element agreement is in unknown namespace urn:drieluik:agreement:2; " + known);
    CHECK(load_error(edited(R"( xmlns="urn:drieluik:agreement:1")", "")) ==
          "2:1: root element agreement has no namespace; " + known);
    CHECK(load_error("<agreements xmlns=\"urn:drieluik:agreement:1\"/>") ==
          "1:1: root element agreements is not agreement, the root of namespace urn:drieluik:agreement:1");
    CHECK(load_error("<programmeApplication xmlns=\"urn:drieluik:agreement:1\"/>") ==
          "1:1: root element programmeApplication is not agreement, the root of namespace urn:drieluik:agreement:1");
    CHECK(load_error("<p:agreement/>") == "1:1: root element p:agreement: namespace prefix p is not declared");
}

TEST_CASE("values of the wrong type") {
    CHECK(load_error(edited("<startDate>2025-09-01</startDate>\n    <endDate>",
                            "<startDate>2025-02-30</startDate>\n    <endDate>")) ==
          "30:5: /agreement/employment/startDate: \"2025-02-30\" is not a date");
    CHECK(load_error(edited("<level>associate-degree</level>", "<level>masters</level>")) ==
          "7:5: /agreement/programme/level: \"masters\" is not one of associate-degree, bachelor, master, other");
    CHECK(load_error(edited("<kvk>12345678</kvk>", "<kvk>1234</kvk>")) ==
          "20:5: /agreement/employer/kvk: \"1234\" does not match [0-9]{8} (8 digits)");
    CHECK(load_error(edited(R"(brin="07GR")", R"(brin="07gr")")) ==
          "4:18: /agreement/programme/institution/@brin: \"07gr\" does not match [0-9]{2}[A-Z]{2} "
          "(2 digits and 2 capital letters)");
    CHECK(load_error(edited("<croho>80067</croho>", "<croho>8006</croho>")) ==
          "6:5: /agreement/programme/croho: \"8006\" does not match [0-9]{5} (5 digits)");
    CHECK(load_error(edited("<employees>42</employees>", "<employees>-3</employees>")) ==
          "21:5: /agreement/employer/employees: \"-3\" is not a count (a whole number, 0 or more)");
    CHECK(load_error(edited("<employees>42</employees>", "<employees>4.5</employees>")) ==
          "21:5: /agreement/employer/employees: \"4.5\" is not a count (a whole number, 0 or more)");
    CHECK(load_error(edited("<credits>120</credits>", "<credits>1.5</credits>")) ==
          "8:5: /agreement/programme/credits: \"1.5\" is not a whole number");
    CHECK(load_error(edited("<credits>120</credits>", "<credits>0</credits>")) ==
          "8:5: /agreement/programme/credits: \"0\" is less than 1");
    CHECK(load_error(edited("<probationMonths>2<", "<probationMonths>-1<")) ==
          "33:5: /agreement/employment/probationMonths: \"-1\" is less than 0");
    CHECK(load_error(edited("<hoursPerWeek>38<", "<hoursPerWeek>38 uur<")) ==
          "32:5: /agreement/employment/hoursPerWeek: \"38 uur\" is not a decimal number");
    CHECK(load_error(edited("</hoursPerWeek></workplaceSupervisor>",
                            "</hoursPerWeek><trained>yes</trained></workplaceSupervisor>")) ==
          "25:80: /agreement/supervision/workplaceSupervisor/trained: \"yes\" is not true or false");
    CHECK(load_error(edited(R"(id="AV-2025-0142")", R"(id="  ")")) == "2:45: /agreement/@id: must not be empty");
}

TEST_CASE("white space around values counts as the schemas count it") {
    // Numbers, dates and booleans are XML Schema types that ignore it ...
    const auto spaced = load_ok(edited("<hoursPerWeek>38</hoursPerWeek>", "<hoursPerWeek>\n  38\t</hoursPerWeek>"));
    CHECK(root_value(*spaced, "employment.hoursPerWeek").decimal == Decimal(38));
    load_ok(edited("<startDate>2025-09-01</startDate>\n    <endDate>", "<startDate> 2025-09-01 </startDate>\n    <endDate>"));
    // ... enumerations and patterns are defined on xs:string, which keeps it.
    CHECK(load_error(edited("<level>associate-degree</level>", "<level> associate-degree </level>")) ==
          "7:5: /agreement/programme/level: \" associate-degree \" is not one of associate-degree, bachelor, master, "
          "other");
    CHECK(load_error(edited(R"(brin="07GR")", R"(brin="07GR ")")) ==
          "4:18: /agreement/programme/institution/@brin: \"07GR \" does not match [0-9]{2}[A-Z]{2} "
          "(2 digits and 2 capital letters)");
}

TEST_CASE("decimals as XML Schema writes them") {
    for (const auto& [written, value] : std::vector<std::pair<std::string, std::string>>{
             {"+5", "5"}, {".5", "0.5"}, {"5.", "5"}, {"-.5", "-0.5"}, {"007.50", "7.50"}}) {
        const auto document = load_ok(edited("<hoursPerWeek>38<", "<hoursPerWeek>" + written + "<"));
        CHECK(root_value(*document, "employment.hoursPerWeek").decimal.to_string() == value);
    }
    for (const std::string written : {".", "+", "-", "+-5", ".5.", "5..", "1e3", "1,5", "0x10"}) {
        CHECK(load_error(edited("<hoursPerWeek>38<", "<hoursPerWeek>" + written + "<")) ==
              "32:5: /agreement/employment/hoursPerWeek: \"" + written + "\" is not a decimal number");
    }
    const auto plus = load_ok(edited("<employees>42</employees>", "<employees>+42</employees>"));
    CHECK(root_value(*plus, "employer.employees").integer == 42);
}

TEST_CASE("money") {
    CHECK(load_error(edited(">2450.00<", ">-5.00<")) ==
          "34:5: /agreement/employment/salary: \"-5.00\" is negative; an amount of money is never negative");
    CHECK(load_error(edited(">2450.00<", ">2450.001<")) ==
          "34:5: /agreement/employment/salary: \"2450.001\" has more than 2 decimals");
    CHECK(load_error(edited(">2450.00<", ">2450,00<")) ==
          "34:5: /agreement/employment/salary: \"2450,00\" is not an amount of money");
    CHECK(load_error(edited(R"(per="month" currency="EUR")", R"(per="month" currency="USD")")) ==
          "34:25: /agreement/employment/salary/@currency: \"USD\" is not one of EUR");
    CHECK(load_error(edited(R"(amount="900.00")", R"(amount="900.005")")) ==
          "46:42: /agreement/costs/item[2]/@amount: \"900.005\" has more than 2 decimals");
}

TEST_CASE("bounds of attributes of repeated elements, with the instance in the path") {
    CHECK(load_error(edited(R"(<year n="2" workDays="4")", R"(<year n="2" workDays="6")")) ==
          "42:17: /agreement/schedule/year[2]/@workDays: \"6\" is not between 0 and 5");
    CHECK(load_error(edited(R"(<year n="1")", R"(<year n="0")")) ==
          "41:11: /agreement/schedule/year[1]/@n: \"0\" is less than 1");
    CHECK(load_error(edited(R"(untilMonth="12" percent="100")", R"(untilMonth="12" percent="101")")) ==
          "53:29: /agreement/repayment/scale/step[1]/@percent: \"101\" is not between 0 and 100");
    load_ok(edited(R"(untilMonth="12" percent="100")", R"(untilMonth="12" percent="100.0")"));
}

TEST_CASE("lists of enumeration values") {
    CHECK(load_error(edited("<covers>tuition laptop</covers>", "<covers>tuition food</covers>")) ==
          "51:5: /agreement/repayment/covers: \"food\" is not one of tuition, materials, laptop, exam, travel, other");
    CHECK(load_error(edited("<covers>tuition laptop</covers>", "<covers> </covers>")) ==
          "51:5: /agreement/repayment/covers: must not be empty");
    const auto document = load_ok(edited("<covers>tuition laptop</covers>", "<covers>\n laptop\ttuition laptop </covers>"));
    CHECK(root_value(*document, "repayment.covers").enum_set == 0b101);
}

TEST_CASE("missing required elements and attributes") {
    CHECK(load_error(without("    <probationMonths>2</probationMonths>\n")) ==
          "28:3: /agreement/employment: missing required element probationMonths");
    CHECK(load_error(edited(R"(<salary per="month" currency="EUR">)", R"(<salary currency="EUR">)")) ==
          "34:5: /agreement/employment/salary: missing required attribute per");
    CHECK(load_error(edited(R"(<year n="2" workDays="4" schoolDays="1"/>)", R"(<year n="2" workDays="4"/>)")) ==
          "42:5: /agreement/schedule/year[2]: missing required attribute schoolDays");
    const std::string years = "    <year n=\"1\" workDays=\"4\" schoolDays=\"1\"/>\n    <year n=\"2\" workDays=\"4\" schoolDays=\"1\"/>\n";
    CHECK(load_error(without(years)) == "40:3: /agreement/schedule: missing required element year");
    const std::string sample = sample_agreement();
    const std::size_t start = sample.find("  <employment>");
    const std::size_t end = sample.find("  <workplaceLearning>");
    CHECK(load_error(without(sample.substr(start, end - start))) ==
          "2:1: /agreement: missing required element employment");
    CHECK(load_error(without("<name>Henk Jansen</name>")) ==
          "25:5: /agreement/supervision/workplaceSupervisor: missing required element name");
    CHECK(load_error(edited(R"(<step untilMonth="12" percent="100"/>)", R"(<step percent="100"/>)")) ==
          "53:7: /agreement/repayment/scale/step[1]: missing required attribute untilMonth");
}

TEST_CASE("empty text") {
    CHECK(load_error(edited("<name>Zoë de Vries</name>", "<name>   </name>")) ==
          "14:5: /agreement/student/name: must not be empty");
    CHECK(load_error(edited("<name>Zoë de Vries</name>", "<name/>")) == "14:5: /agreement/student/name: must not be empty");
    CHECK(load_error(edited("<kvk>12345678</kvk>", "<kvk> </kvk>")) ==
          "20:5: /agreement/employer/kvk: \"\" does not match [0-9]{8} (8 digits)");
    CHECK(load_error(edited(">Bouwkundig ontwerp uitwerken in BIM<", "> <")) ==
          "38:5: /agreement/workplaceLearning/qualification[1]: must not be empty");
    CHECK(load_error(edited("<startDate>2025-09-01</startDate>\n  </programme>", "<startDate/>\n  </programme>")) ==
          "11:5: /agreement/programme/startDate: \"\" is not a date");
}

TEST_CASE("blank text where the schema allows it") {
    load_ok(edited(R"(name="M. de Boer")", R"(name="")"));  // a text attribute
    const auto cao = load_ok(edited("<cao>Bouw &amp; Infra</cao>", "<cao> </cao>"));  // optional element
    CHECK(root_value(*cao, "employer.cao").present);
    CHECK(cao->text(root_value(*cao, "employer.cao").text).empty());
    const auto tokens = load_ok(edited(R"(id="AV-2025-0142")", R"(id=" AV 2025 0142 ")"));
    CHECK(tokens->text(root_value(*tokens, "id").text) == "AV 2025 0142");
    CHECK(load_error(replaced(sample_programme(), R"(href="../agreements/template.xml")", R"(href=" ")")) ==
          "26:22: /programmeApplication/agreementTemplate/@href: must not be empty");
    CHECK(load_error(replaced(sample_programme(), "<sector>bouwnijverheid</sector>", "<sector/>")) ==
          "15:5: /programmeApplication/sectors/sector[1]: must not be empty");
}

TEST_CASE("optional parts that are present may be empty") {
    load_ok(edited("<student>", "<student><guardian/>"));
    load_ok(edited(R"(<exemption reason="employer-termination"/>)", "<exemption/>"));
    load_ok(edited("<employer>", "<employer><employerOfRecord/>"));
}

TEST_CASE("duplicate, unknown and misplaced elements and attributes") {
    CHECK(load_error(edited("<endDate>2027-08-31</endDate>", "<endDate>2027-08-31</endDate><endDate>2027-08-31</endDate>")) ==
          "31:34: /agreement/employment: duplicate element endDate");
    CHECK(load_error(edited(R"(<year n="1" )", R"(<year n="1" n="1" )")) ==
          "41:17: /agreement/schedule/year[1]: duplicate attribute n");
    CHECK(load_error(edited("<paidStudyHoursPerWeek>8</paidStudyHoursPerWeek>",
                            "<paidStudyHoursPerWek>8</paidStudyHoursPerWek>")) ==
          "35:5: /agreement/employment: unknown element paidStudyHoursPerWek; did you mean paidStudyHoursPerWeek?");
    CHECK(load_error(edited("<paidStudyHoursPerWeek>8</paidStudyHoursPerWeek>", "<bonus>8</bonus>")) ==
          "35:5: /agreement/employment: unknown element bonus");
    CHECK(load_errors(edited(R"(<salary per="month")", R"(<salary pre="month")")) ==
          std::vector<std::string>{"34:5: /agreement/employment/salary: missing required attribute per",
                                   "34:13: /agreement/employment/salary: unknown attribute pre; did you mean per?"});
    CHECK(load_error(edited("<name>Zoë de Vries</name>", "<name>Zoë <b>de</b> Vries</name>")) ==
          "14:15: /agreement/student/name: element b is not allowed inside a value");
    CHECK(load_error(edited("<employment>", "<employment>oops")) ==
          "28:15: /agreement/employment: unexpected text \"oops\"");
    CHECK(load_error(edited("<employment>", "<employment><x:foo/>")) ==
          "28:15: /agreement/employment: namespace prefix x is not declared");
    // Attributes of the model are unqualified: one qualified with our namespace is unknown.
    CHECK(load_error(edited(R"(<agreement xmlns="urn:drieluik:agreement:1")",
                            R"(<agreement xmlns="urn:drieluik:agreement:1" xmlns:d="urn:drieluik:agreement:1" d:status="final")")) ==
          "2:80: /agreement: unknown attribute d:status; did you mean status?");
    // An element of the other kind's vocabulary is foreign here, so it is ignored.
    load_ok(edited("<employment>", R"(<employment><p:sectors xmlns:p="urn:drieluik:programme:1"/>)"));
}

TEST_CASE("all errors of a document, in the order of their position") {
    std::string text = edited("<level>associate-degree</level>", "<level>masters</level>");
    text = replaced(text, "    <probationMonths>2</probationMonths>\n", "");
    text = replaced(text, "<startDate>2025-09-01</startDate>\n    <endDate>", "<startDate>2025-02-30</startDate>\n    <endDate>");
    CHECK(load_errors(text) ==
          std::vector<std::string>{
              "7:5: /agreement/programme/level: \"masters\" is not one of associate-degree, bachelor, master, other",
              "28:3: /agreement/employment: missing required element probationMonths",
              "30:5: /agreement/employment/startDate: \"2025-02-30\" is not a date"});
}

TEST_CASE("element nesting is limited") {
    LoadLimits shallow;
    shallow.max_depth = 3;
    CHECK(load_errors(sample_agreement(), shallow) ==
          std::vector<std::string>{
              "25:26: /agreement/supervision/workplaceSupervisor/name: elements nested deeper than 3 levels",
              "25:50: /agreement/supervision/workplaceSupervisor/hoursPerWeek: elements nested deeper than 3 levels",
              "26:28: /agreement/supervision/institutionSupervisor/name: elements nested deeper than 3 levels",
              "53:7: /agreement/repayment/scale/step[1]: elements nested deeper than 3 levels",
              "54:7: /agreement/repayment/scale/step[2]: elements nested deeper than 3 levels",
              "57:7: /agreement/repayment/exemptions/exemption[1]: elements nested deeper than 3 levels",
              "58:7: /agreement/repayment/exemptions/exemption[2]: elements nested deeper than 3 levels"});

    // Extensions are not read, but their depth counts: the 63rd x:e is at depth 65.
    std::string deep;
    for (int i = 0; i < 70; ++i) deep += "<x:e>";
    for (int i = 0; i < 70; ++i) deep += "</x:e>";
    std::string text = edited("<employment>", "<employment>" + deep);
    text = replaced(text, R"(xmlns="urn:drieluik:agreement:1")", R"(xmlns="urn:drieluik:agreement:1" xmlns:x="urn:x")");
    CHECK(load_error(text) == "28:325: /agreement/employment: elements nested deeper than 64 levels");
    LoadLimits deeper;
    deeper.max_depth = 72;
    load_ok(text, deeper);
}
