// The document model against document-model.md: enumerations, types, bounds, paths and
// the storage layout the rule compiler relies on.

#include "document/model.hpp"
#include "document/packed_name.hpp"
#include "document/value_parser.hpp"
#include "document_test_support.hpp"  // also: how doctest prints a list of strings

#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace drieluik;

namespace {

// The field at an XML path such as "employment/salary/@per" below the root.
FieldId field_at(const DocumentModel& model, std::string_view path) {
    FieldId id = 0;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string_view::npos) end = path.size();
        std::string_view name = path.substr(start, end - start);
        const bool attribute = name.starts_with('@');
        if (attribute) name.remove_prefix(1);
        id = model.child(id, name);
        REQUIRE_MESSAGE(id != no_field, "no field " << path);
        REQUIRE(model.field(id).attribute == attribute);
        start = end + 1;
    }
    return id;
}

const FieldDef& field(const DocumentModel& model, std::string_view path) {
    return model.field(field_at(model, path));
}

std::vector<std::string> values_of(const FieldDef& field) {
    REQUIRE(field.enumeration != nullptr);
    return {field.enumeration->values.begin(), field.enumeration->values.end()};
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("every enumeration of the agreement is the one of the specification") {
    const DocumentModel& model = agreement_model();
    CHECK(values_of(field(model, "@status")) == Strings{"draft", "final"});
    CHECK(values_of(field(model, "programme/level")) == Strings{"associate-degree", "bachelor", "master", "other"});
    CHECK(values_of(field(model, "programme/form")) == Strings{"dual", "part-time", "full-time"});
    CHECK(values_of(field(model, "programme/workModel")) ==
          Strings{"work-throughout", "learn-then-work", "gradual", "multi-location"});
    CHECK(values_of(field(model, "student/priorEducation")) ==
          Strings{"mbo-4", "havo", "vwo", "associate-degree", "bachelor", "master", "foreign", "other"});
    CHECK(values_of(field(model, "student/priorEducation/@admissionTest")) == Strings{"passed", "failed", "none"});
    CHECK(values_of(field(model, "employment/contractType")) == Strings{"fixed-term", "indefinite"});
    CHECK(values_of(field(model, "employment/salary/@per")) == Strings{"month", "hour"});
    CHECK(values_of(field(model, "employment/salary/@currency")) == Strings{"EUR"});
    const Strings cost_kinds{"tuition", "materials", "laptop", "exam", "travel", "other"};
    CHECK(values_of(field(model, "costs/item/@kind")) == cost_kinds);
    CHECK(values_of(field(model, "repayment/covers")) == cost_kinds);
    CHECK(values_of(field(model, "costs/item/@payer")) == Strings{"employer", "student", "institution", "other"});
    CHECK(values_of(field(model, "repayment/exemptions/exemption/@reason")) ==
          Strings{"employer-termination", "non-renewal-by-employer", "illness", "failed-programme", "other"});
    CHECK(values_of(field(model, "termination/clause/@event")) ==
          Strings{"student-stops-study", "employment-ends", "institution-deregisters", "other"});
    CHECK(values_of(field(model, "signatures/signature/@party")) ==
          Strings{"student", "employer", "institution", "guardian", "employer-of-record"});
}

TEST_CASE("every enumeration of the programme application is the one of the specification") {
    const DocumentModel& model = programme_model();
    CHECK(values_of(field(model, "@status")) == Strings{"draft", "final"});
    CHECK(values_of(field(model, "programme/level")) == Strings{"associate-degree", "bachelor", "master", "other"});
    CHECK(values_of(field(model, "programme/form")) == Strings{"dual", "part-time", "full-time"});
    CHECK(values_of(field(model, "programme/workModel")) ==
          Strings{"work-throughout", "learn-then-work", "gradual", "multi-location"});
    CHECK(values_of(field(model, "partners/partner/@type")) ==
          Strings{"company", "branch-association", "regional-employers", "institution", "lectorate", "other"});
    CHECK(values_of(field(model, "partners/partner/@role")) ==
          Strings{"co-design", "placement", "funding", "supervision"});
    CHECK(field(model, "partners/partner/@role").type == ValueType::enum_list);
}

TEST_CASE("enumeration fields, and only they, have an enumeration") {
    for (const DocumentModel* model : {&agreement_model(), &programme_model()}) {
        for (const FieldDef& definition : model->fields()) {
            const bool enumerated = definition.type == ValueType::enumeration || definition.type == ValueType::enum_list;
            CHECK_MESSAGE((definition.enumeration != nullptr) == enumerated, definition.name);
            if (enumerated) CHECK(definition.enumeration->values.size() <= 64);
        }
    }
}

TEST_CASE("EnumDef::index_of") {
    const EnumDef& level = *field(agreement_model(), "programme/level").enumeration;
    CHECK(level.index_of("associate-degree") == 0);
    CHECK(level.index_of("other") == 3);
    CHECK(level.index_of("masters") == -1);
    CHECK(level.index_of("") == -1);
    CHECK(level.index_of("Bachelor") == -1);
}

TEST_CASE("types, cardinalities, patterns and bounds") {
    const DocumentModel& model = agreement_model();
    CHECK(field(model, "@id").type == ValueType::token);
    CHECK(field(model, "@version").type == ValueType::integer);
    CHECK(field(model, "@version").cardinality == Cardinality::optional);
    CHECK(field(model, "programme/institution").type == ValueType::text);
    CHECK(field(model, "programme/institution/@brin").pattern == "[0-9]{2}[A-Z]{2}");
    CHECK(field(model, "programme/croho").pattern == "[0-9]{5}");
    CHECK(field(model, "employer/kvk").pattern == "[0-9]{8}");
    CHECK(field(model, "employer/kvk").pattern_hint == "8 digits");
    CHECK(field(model, "employer/employerOfRecord/kvk").pattern == "[0-9]{8}");
    CHECK(field(model, "employer/employees").type == ValueType::count);
    CHECK(field(model, "employer/annualTurnover").type == ValueType::money);
    CHECK(field(model, "employer/annualTurnover").cardinality == Cardinality::optional);
    CHECK(field(model, "programme/credits").min == 1);
    CHECK_FALSE(field(model, "programme/credits").max.has_value());
    CHECK(field(model, "employment/probationMonths").min == 0);
    CHECK(field(model, "repayment/bindingMonths").min == 0);
    CHECK(field(model, "repayment/scale/step/@untilMonth").min == 0);
    CHECK(field(model, "schedule/year/@n").min == 1);
    for (const char* days : {"schedule/year/@workDays", "schedule/year/@schoolDays", "schedule/year/@otherDays"}) {
        CHECK(field(model, days).type == ValueType::decimal);
        CHECK(field(model, days).min == 0);
        CHECK(field(model, days).max == 5);
    }
    CHECK(field(model, "repayment/scale/step/@percent").min == 0);
    CHECK(field(model, "repayment/scale/step/@percent").max == 100);
    CHECK_FALSE(field(model, "employment/hoursPerWeek").min.has_value());
    CHECK(field(model, "employment/endDate").cardinality == Cardinality::optional);
    CHECK(field(model, "employment/salary/@currency").default_value == "EUR");
    CHECK(field(model, "costs/item/@amount").type == ValueType::money);
    CHECK(field(model, "repayment").cardinality == Cardinality::optional);
    CHECK(field(model, "repayment/maxAmount").cardinality == Cardinality::required);
    CHECK(field(model, "schedule/year").cardinality == Cardinality::repeated_nonempty);
    CHECK(field(model, "costs/item").cardinality == Cardinality::repeated);
    CHECK(field(model, "workplaceLearning/qualification").cardinality == Cardinality::repeated_nonempty);
    CHECK(field(model, "signatures/signature").cardinality == Cardinality::repeated);

    const DocumentModel& programme = programme_model();
    CHECK(field(programme, "programme/firstIntake").type == ValueType::date);
    CHECK(field(programme, "programme/expectedIntake").type == ValueType::count);
    CHECK(field(programme, "sectors/sector").cardinality == Cardinality::repeated_nonempty);
    CHECK(field(programme, "partners/partner").cardinality == Cardinality::repeated);
    CHECK(field(programme, "salary/@paidByEmployer").type == ValueType::boolean);
    CHECK(field(programme, "supervisorTraining").type == ValueType::boolean);
}

TEST_CASE("every pattern of the models is one the matcher understands") {
    for (const DocumentModel* model : {&agreement_model(), &programme_model()}) {
        for (const FieldDef& definition : model->fields()) {
            if (definition.type != ValueType::pattern) continue;
            CHECK_FALSE(definition.pattern_hint.empty());
            CHECK_FALSE(matches_pattern(definition.pattern, ""));
        }
    }
    CHECK(matches_pattern("[0-9]{2}[A-Z]{2}", "07GR"));
    CHECK_FALSE(matches_pattern("[0-9]{2}[A-Z]{2}", "07gr"));
    CHECK_FALSE(matches_pattern("[0-9]{2}[A-Z]{2}", "07GRX"));
    CHECK_FALSE(matches_pattern("[0-9]{2}[A-Z]{2}", "7GR"));
    CHECK(matches_pattern("[0-9]{8}", "12345678"));
    CHECK_FALSE(matches_pattern("[0-9]{8}", "1234567"));
    CHECK_FALSE(matches_pattern("[0-9]{8}", "1234567a"));
    CHECK(matches_pattern("[0-9]{5}", "80067"));
}

TEST_CASE("decimals in the plain form: the value Decimal::parse gives, short or long") {
    FieldDef decimal;
    decimal.name = "hours";
    decimal.type = ValueType::decimal;
    for (const std::string text : {"0", "-0", "40", "2541.00", "-0.5", "0012.50", "-0.000000000000001",
                                   "123456789012345678", "1234567890123456789", "99999999999999999999.5",
                                   "1.000000000000000001", "1.0000000000000000001"}) {
        CAPTURE(text);
        Value value;
        const std::string problem = parse_leaf(decimal, text, value);
        const auto expected = Decimal::parse(text);
        if (!expected) {
            CHECK(problem == "\"" + text + "\" is not a decimal number");
            continue;
        }
        CHECK(problem.empty());
        CHECK(value.decimal.mantissa() == expected->mantissa());
        CHECK(value.decimal.scale() == expected->scale());
    }

    FieldDef bounded = decimal;
    bounded.min = 0;
    bounded.max = 5;
    for (const std::string text : {"0", "-0.00", "5", "5.000000000000000000", "4.999"}) {
        Value value;
        CHECK(parse_leaf(bounded, text, value).empty());
    }
    for (const std::string text : {"-0.001", "5.000000000000000001", "5.01", "6", "-1"}) {
        Value value;
        CHECK(parse_leaf(bounded, text, value) == "\"" + text + "\" is not between 0 and 5");
    }
}

TEST_CASE("PackedName: names as pugixml leaves them, ending in a NUL with padding after") {
    const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEF";
    for (std::size_t length = 1; length <= PackedName::max_length; ++length) {
        CAPTURE(length);
        const std::string name = letters.substr(0, length);
        const PackedName packed(name);
        const auto matches = [&](std::string written) {
            written += '\0';
            written.append(PackedName::padding, 'z');  // whatever follows the name
            return packed.matches(written.c_str());
        };
        CHECK(matches(name));
        CHECK_FALSE(matches(name.substr(0, length - 1)));
        CHECK_FALSE(matches(name + "a"));
        CHECK_FALSE(matches("#" + name.substr(1)));
        CHECK_FALSE(matches(name.substr(0, length - 1) + "#"));
    }
    CHECK_THROWS_AS(PackedName(letters + "G"), std::length_error);
}

TEST_CASE("xml_path and rule_path") {
    const DocumentModel& model = agreement_model();
    CHECK(model.xml_path(0) == "/agreement");
    CHECK(model.rule_path(0).empty());
    CHECK(model.xml_path(field_at(model, "employment/startDate")) == "/agreement/employment/startDate");
    CHECK(model.rule_path(field_at(model, "employment/startDate")) == "employment.startDate");
    CHECK(model.xml_path(field_at(model, "employment/salary/@per")) == "/agreement/employment/salary/@per");
    CHECK(model.rule_path(field_at(model, "employment/salary/@per")) == "employment.salary.per");
    CHECK(model.xml_path(field_at(model, "@status")) == "/agreement/@status");
    CHECK(model.rule_path(field_at(model, "@status")) == "status");
    CHECK(model.xml_path(field_at(model, "schedule/year/@workDays")) == "/agreement/schedule/year/@workDays");
    CHECK(model.rule_path(field_at(model, "schedule/year/@workDays")) == "schedule.year.workDays");
    CHECK(model.rule_path(field_at(model, "repayment/scale/step")) == "repayment.scale.step");

    const DocumentModel& programme = programme_model();
    CHECK(programme.xml_path(field_at(programme, "salary/@paidByEmployer")) ==
          "/programmeApplication/salary/@paidByEmployer");
    CHECK(programme.rule_path(field_at(programme, "salary/@paidByEmployer")) == "salary.paidByEmployer");
}

TEST_CASE("child finds elements and attributes of one parent only") {
    const DocumentModel& model = agreement_model();
    const FieldId employer = model.child(0, "employer");
    REQUIRE(employer != no_field);
    CHECK(model.field(model.child(employer, "kvk")).parent == employer);
    CHECK(model.child(employer, "startDate") == no_field);
    CHECK(model.child(0, "kvk") == no_field);
    CHECK(model.child(0, "status") != no_field);
    CHECK(model.child(model.child(0, "student"), "name") != model.child(employer, "name"));
    const FieldId signature = field_at(model, "signatures/signature");
    CHECK(model.field(model.child(signature, "name")).attribute);
}

TEST_CASE("names are unique among the children of a field") {
    for (const DocumentModel* model : {&agreement_model(), &programme_model()}) {
        std::set<std::pair<FieldId, std::string_view>> seen;
        for (const FieldDef& definition : model->fields()) {
            CHECK_MESSAGE(seen.insert({definition.parent, definition.name}).second, definition.name);
        }
    }
}

TEST_CASE("kinds and namespaces") {
    CHECK(to_string(DocumentKind::agreement) == "agreement");
    CHECK(to_string(DocumentKind::programme) == "programme");
    CHECK(agreement_model().kind() == DocumentKind::agreement);
    CHECK(agreement_model().root_name() == "agreement");
    CHECK(programme_model().root_name() == "programmeApplication");
    CHECK(model_for_namespace("urn:drieluik:agreement:1") == &agreement_model());
    CHECK(model_for_namespace("urn:drieluik:programme:1") == &programme_model());
    CHECK(model_for_namespace("urn:drieluik:agreement:2") == nullptr);
    CHECK(model_for_namespace("") == nullptr);
}

TEST_CASE("layout: record types") {
    const DocumentModel& model = agreement_model();
    const auto records = model.records();
    REQUIRE(records.size() == 8);
    const std::vector<std::string> expected{"/agreement",
                                            "/agreement/workplaceLearning/qualification",
                                            "/agreement/schedule/year",
                                            "/agreement/costs/item",
                                            "/agreement/repayment/scale/step",
                                            "/agreement/repayment/exemptions/exemption",
                                            "/agreement/termination/clause",
                                            "/agreement/signatures/signature"};
    for (std::size_t i = 0; i < records.size(); ++i) {
        CHECK(model.xml_path(records[i].element) == expected[i]);
        if (i > 0) CHECK(model.field(records[i].element).own_record == i);
    }
    const auto programme_records = programme_model().records();
    REQUIRE(programme_records.size() == 3);
    CHECK(programme_model().xml_path(programme_records[1].element) == "/programmeApplication/sectors/sector");
    CHECK(programme_model().xml_path(programme_records[2].element) == "/programmeApplication/partners/partner");
}

TEST_CASE("layout: every slot holds exactly one field") {
    for (const DocumentModel* model : {&agreement_model(), &programme_model()}) {
        std::set<std::pair<int, int>> used;
        for (std::size_t i = 0; i < model->records().size(); ++i) used.insert({static_cast<int>(i), 0});  // slot 0
        for (std::size_t i = 1; i < model->fields().size(); ++i) {
            const FieldDef& definition = model->fields()[i];
            CHECK_MESSAGE(used.insert({definition.record, definition.slot}).second, model->xml_path(static_cast<FieldId>(i)));
            CHECK(definition.slot < model->records()[definition.record].slot_count);
        }
        std::size_t slots = 0;
        for (const RecordDef& record : model->records()) slots += record.slot_count;
        CHECK(used.size() == slots);
    }
}

TEST_CASE("layout: repeated elements, their text and their attributes") {
    const DocumentModel& model = agreement_model();
    const FieldDef& qualification = field(model, "workplaceLearning/qualification");
    CHECK(qualification.type == ValueType::list);
    CHECK(qualification.item_type == ValueType::text);
    CHECK(qualification.record == 0);
    CHECK(field(model, "workplaceLearning/qualification/@assessment").record == qualification.own_record);
    CHECK(field(model, "workplaceLearning/qualification/@assessment").slot == 1);
    CHECK(field(model, "termination/clause").item_type == ValueType::text);
    CHECK(field(model, "schedule/year").item_type == ValueType::container);
    CHECK(field(model, "schedule/year/@n").slot == 1);
    CHECK(field(model, "schedule/year/@otherLocation").slot == 5);
    CHECK(model.records()[field(model, "schedule/year").own_record].slot_count == 6);
    // A list below singular containers lives in the root record.
    CHECK(field(model, "repayment/scale/step").record == 0);
    CHECK(programme_model().field(programme_model().child(field_at(programme_model(), "partners"), "partner")).item_type ==
          ValueType::text);

    // Value and attributes of one element: each its own slot, in the element's record.
    const FieldDef& salary = field(model, "employment/salary");
    const FieldDef& per = field(model, "employment/salary/@per");
    const FieldDef& currency = field(model, "employment/salary/@currency");
    CHECK(salary.record == 0);
    CHECK(per.record == 0);
    CHECK(currency.record == 0);
    CHECK(per.slot == salary.slot + 1);
    CHECK(currency.slot == salary.slot + 2);
    CHECK(field(model, "employment").slot < salary.slot);
    CHECK(field(model, "programme/institution/@brin").slot == field(model, "programme/institution").slot + 1);
}
