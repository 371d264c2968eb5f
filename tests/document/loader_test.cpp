// Documents that load: the typed values, their positions and the record layout.

#include "document_test_support.hpp"

#include <cstdio>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

using namespace drieluik;
using namespace drieluik::test;

namespace {

const Value& instance_value(const Document& document, std::uint32_t record, std::string_view attribute) {
    const DocumentModel& model = document.model();
    const FieldDef& list = model.field(model.records()[document.records()[record].type].element);
    const FieldId id = model.child(model.records()[document.records()[record].type].element, attribute);
    REQUIRE_MESSAGE(id != no_field, list.name << " has no " << attribute);
    return document.slot(record, model.field(id).slot);
}

ListRef list_of(const Document& document, std::string_view rule_path) {
    const Value& value = root_value(document, rule_path);
    REQUIRE(value.type == ValueType::list);
    return value.list;
}

}  // namespace

TEST_CASE("the sample agreement of the specification loads with its typed values") {
    const auto document = load_ok(sample_agreement());
    const Document& doc = *document;
    CHECK(doc.kind() == DocumentKind::agreement);
    CHECK(doc.source().name() == "test.xml");

    CHECK(doc.text(root_value(doc, "id").text) == "AV-2025-0142");
    CHECK(root_value(doc, "status").enum_index == 1);  // final
    CHECK_FALSE(root_value(doc, "version").present);
    CHECK(doc.text(root_value(doc, "programme.institution").text) == "Avans Hogeschool");
    CHECK(doc.text(root_value(doc, "programme.institution.brin").text) == "07GR");
    CHECK(doc.text(root_value(doc, "programme.croho").text) == "80067");
    CHECK(root_value(doc, "programme.level").enum_index == 0);  // associate-degree
    CHECK(root_value(doc, "programme.credits").integer == 120);
    CHECK(root_value(doc, "programme.form").enum_index == 0);
    CHECK(root_value(doc, "programme.workModel").enum_index == 0);
    CHECK(root_value(doc, "programme.startDate").date == *Date::from_ymd(2025, 9, 1));
    CHECK(doc.text(root_value(doc, "student.name").text) == "Zoë de Vries");
    CHECK(root_value(doc, "student.birthDate").date == *Date::from_ymd(2004, 3, 12));
    CHECK(root_value(doc, "student.priorEducation").enum_index == 0);
    CHECK(doc.text(root_value(doc, "employer.kvk").text) == "12345678");
    CHECK(root_value(doc, "employer.employees").integer == 42);
    CHECK(doc.text(root_value(doc, "employer.cao").text) == "Bouw & Infra");
    CHECK(root_value(doc, "supervision.workplaceSupervisor.hoursPerWeek").decimal == Decimal(2));
    CHECK(root_value(doc, "employment.contractType").enum_index == 0);
    CHECK(root_value(doc, "employment.endDate").date == *Date::from_ymd(2027, 8, 31));
    CHECK(root_value(doc, "employment.probationMonths").integer == 2);

    const Value& salary = root_value(doc, "employment.salary");
    CHECK(salary.type == ValueType::money);
    CHECK(salary.decimal.to_string() == "2450.00");
    CHECK(salary.decimal.scale() == 2);
    CHECK(salary.decimal.mantissa() == 245000);
    CHECK(root_value(doc, "employment.salary.per").enum_index == 0);  // month
    CHECK(root_value(doc, "employment.salary.currency").enum_index == 0);
    CHECK(root_value(doc, "employment.salary.currency").present);

    const Value& covers = root_value(doc, "repayment.covers");
    CHECK(covers.type == ValueType::enum_list);
    CHECK(covers.enum_set == ((std::uint64_t{1} << 0) | (std::uint64_t{1} << 2)));  // tuition, laptop
    CHECK(root_value(doc, "repayment.maxAmount").decimal.to_string() == "3501.00");
    CHECK(root_value(doc, "repayment.bindingMonths").integer == 24);

    CHECK(root_value(doc, "repayment").present);
    CHECK(root_value(doc, "repayment").type == ValueType::container);
    CHECK_FALSE(root_value(doc, "student.guardian").present);
    CHECK_FALSE(root_value(doc, "student.guardian.name").present);
}

TEST_CASE("repeated elements: contiguous records in document order") {
    const auto document = load_ok(sample_agreement());
    const Document& doc = *document;
    const DocumentModel& model = doc.model();

    const ListRef years = list_of(doc, "schedule.year");
    REQUIRE(years.count == 2);
    for (std::uint32_t i = 0; i < 2; ++i) {
        const RecordInstance& year = doc.records()[years.first + i];
        CHECK(year.type == model.field(model.child(model.child(0, "schedule"), "year")).own_record);
        CHECK(year.index == i);
        CHECK(instance_value(doc, years.first + i, "n").integer == i + 1);
        CHECK(instance_value(doc, years.first + i, "workDays").decimal == Decimal(4));
        CHECK_FALSE(instance_value(doc, years.first + i, "otherDays").present);
        CHECK(doc.slot(years.first + i, 0).present);
    }
    CHECK(position_of(doc.records()[years.first].position) == "41:5");
    CHECK(position_of(root_value(doc, "schedule.year")) == "41:5");
    CHECK(position_of(instance_value(doc, years.first + 1, "workDays")) == "42:17");
    CHECK(position_of(instance_value(doc, years.first, "otherDays")) == "41:5");

    const ListRef items = list_of(doc, "costs.item");
    REQUIRE(items.count == 2);
    CHECK(instance_value(doc, items.first, "kind").enum_index == 0);      // tuition
    CHECK(instance_value(doc, items.first + 1, "kind").enum_index == 2);  // laptop
    CHECK(instance_value(doc, items.first + 1, "amount").decimal.to_string() == "900.00");
    CHECK_FALSE(instance_value(doc, items.first, "mandatory").present);

    const ListRef steps = list_of(doc, "repayment.scale.step");
    REQUIRE(steps.count == 2);
    CHECK(instance_value(doc, steps.first + 1, "percent").decimal == Decimal(50));
    CHECK(list_of(doc, "repayment.exemptions.exemption").count == 2);

    // Text content of a repeated element: slot 0 of its record.
    const ListRef qualifications = list_of(doc, "workplaceLearning.qualification");
    REQUIRE(qualifications.count == 1);
    CHECK(doc.slot(qualifications.first, 0).type == ValueType::text);
    CHECK(doc.text(doc.slot(qualifications.first, 0).text) == "Bouwkundig ontwerp uitwerken in BIM");
    CHECK(doc.text(instance_value(doc, qualifications.first, "assessment").text) ==
          "portfolio met beoordeling door praktijkbegeleider en docent");
    const ListRef clauses = list_of(doc, "termination.clause");
    REQUIRE(clauses.count == 1);
    CHECK(doc.text(doc.slot(clauses.first, 0).text).starts_with("De overeenkomst eindigt"));

    const ListRef signatures = list_of(doc, "signatures.signature");
    REQUIRE(signatures.count == 3);
    CHECK(doc.text(instance_value(doc, signatures.first + 2, "name").text) == "M. de Boer");
    CHECK(instance_value(doc, signatures.first + 2, "date").date == *Date::from_ymd(2025, 6, 24));
    CHECK(doc.records()[signatures.first + 2].index == 2);

    // Every record's slots lie within the document's slots, records of a list together.
    std::uint32_t previous_type = 0;
    for (std::uint32_t r = 1; r < doc.records().size(); ++r) {
        const RecordInstance& record = doc.records()[r];
        if (record.type != previous_type) CHECK(record.index == 0);
        previous_type = record.type;
    }
}

TEST_CASE("positions: elements at '<', attributes at their name, columns in code points") {
    const auto document = load_ok(sample_agreement());
    const Document& doc = *document;
    CHECK(position_of(root_value(doc, "id")) == "2:45");
    CHECK(position_of(root_value(doc, "status")) == "2:63");
    CHECK(position_of(root_value(doc, "student.name")) == "14:5");
    CHECK(position_of(root_value(doc, "student.birthDate")) == "15:5");
    CHECK(position_of(root_value(doc, "employment")) == "28:3");
    CHECK(position_of(root_value(doc, "employment.salary")) == "34:5");
    CHECK(position_of(root_value(doc, "employment.salary.per")) == "34:13");
    CHECK(position_of(root_value(doc, "employment.salary.currency")) == "34:25");
    CHECK(position_of(root_value(doc, "programme.institution.brin")) == "4:18");
    CHECK(position_of(doc.records()[0].position) == "2:1");

    // After "Zoë" (2 bytes for ë) the column counts characters, not bytes.
    const ListRef signatures = root_value(doc, "signatures.signature").list;
    const DocumentModel& model = doc.model();
    const FieldId signature = model.records()[doc.records()[signatures.first].type].element;
    CHECK(position_of(doc.slot(signatures.first, model.field(model.child(signature, "name")).slot)) == "65:32");
    CHECK(position_of(doc.slot(signatures.first, model.field(model.child(signature, "date")).slot)) == "65:52");

    // More multi-byte characters before a node on the same line.
    const std::string celik = replaced(sample_agreement(), "<name>Zoë de Vries</name>",
                                       "<name>Zoë Çelik</name><birthDate>2004-03-12</birthDate>");
    const auto moved = load_ok(replaced(celik, "    <birthDate>2004-03-12</birthDate>\n", ""));
    CHECK(position_of(root_value(*moved, "student.birthDate")) == "14:27");
}

TEST_CASE("absent optional values point at their nearest existing ancestor") {
    const auto document = load_ok(sample_agreement());
    const Document& doc = *document;
    CHECK_FALSE(root_value(doc, "employment.holidayHours").present);
    CHECK(position_of(root_value(doc, "employment.holidayHours")) == "28:3");
    CHECK(position_of(root_value(doc, "student.guardian")) == "13:3");
    CHECK(position_of(root_value(doc, "student.guardian.name")) == "13:3");
    CHECK(position_of(root_value(doc, "student.priorEducation.admissionTest")) == "16:5");
    CHECK(position_of(root_value(doc, "version")) == "2:1");

    const auto without_repayment = load_ok(replaced(
        sample_agreement(), sample_agreement().substr(sample_agreement().find("  <repayment>"),
                                                      sample_agreement().find("  <termination>") -
                                                          sample_agreement().find("  <repayment>")),
        ""));
    CHECK_FALSE(root_value(*without_repayment, "repayment").present);
    CHECK_FALSE(root_value(*without_repayment, "repayment.maxAmount").present);
    CHECK_FALSE(root_value(*without_repayment, "repayment.maxAmount.currency").present);
    CHECK(position_of(root_value(*without_repayment, "repayment.maxAmount")) == "2:1");
    const Value& steps = root_value(*without_repayment, "repayment.scale.step");
    CHECK_FALSE(steps.present);
    CHECK(steps.list.count == 0);
    CHECK(position_of(steps) == "2:1");
}

TEST_CASE("a currency that is not written is EUR") {
    const auto document = load_ok(replaced(sample_agreement(), R"(<salary per="month" currency="EUR">)",
                                           R"(<salary per="month">)"));
    const Value& currency = root_value(*document, "employment.salary.currency");
    CHECK(currency.present);
    CHECK(currency.enum_index == 0);
    CHECK(position_of(currency) == "34:5");
}

TEST_CASE("text values: entities, CDATA and comments, white space, NFC") {
    std::string text = replaced(sample_agreement(), "<name>Zoë de Vries</name>",
                                "<name>\n      Zoë <![CDATA[de]]><!-- tussenvoegsel --> Vries  </name>");
    const auto document = load_ok(text);
    CHECK(document->text(root_value(*document, "student.name").text) == "Zoë de Vries");

    // "e" + combining diaeresis (U+0308) becomes the precomposed "ë" (U+00EB).
    const auto decomposed = load_ok(replaced(sample_agreement(), "<name>Zoë de Vries</name>",
                                             "<name>Zoe\xCC\x88 de Vries</name>"));
    CHECK(decomposed->text(root_value(*decomposed, "student.name").text) == "Zo\xC3\xAB de Vries");

    const auto spaced = load_ok(replaced(sample_agreement(), "<credits>120</credits>", "<credits> 120\n </credits>"));
    CHECK(root_value(*spaced, "programme.credits").integer == 120);

    // A character reference can bring a combining character into a document that is
    // otherwise all ASCII.
    const std::string ascii = replaced(sample_agreement(), R"(name="Zoë de Vries")", R"(name="Zoe de Vries")");
    const auto referenced = load_ok(replaced(ascii, "<name>Zoë de Vries</name>", "<name>Zoe&#x308; de Vries</name>"));
    CHECK(referenced->text(root_value(*referenced, "student.name").text) == "Zo\xC3\xAB de Vries");
}

TEST_CASE("leap days") {
    const auto leap = load_ok(replaced(sample_agreement(), "2004-03-12", "2004-02-29"));
    CHECK(root_value(*leap, "student.birthDate").date == *Date::from_ymd(2004, 2, 29));
    const auto leap_2024 = load_ok(replaced(sample_agreement(), "<endDate>2027-08-31", "<endDate>2024-02-29"));
    CHECK(root_value(*leap_2024, "employment.endDate").date == *Date::from_ymd(2024, 2, 29));
    CHECK(load_error(replaced(sample_agreement(), "<endDate>2027-08-31", "<endDate>2025-02-29")) ==
          "31:5: /agreement/employment/endDate: \"2025-02-29\" is not a date");
}

TEST_CASE("namespace prefixes and extensions in other namespaces") {
    std::string text = sample_agreement();
    text = replaced(text, R"(<agreement xmlns="urn:drieluik:agreement:1")",
                    R"(<a:agreement xmlns:a="urn:drieluik:agreement:1" xmlns="urn:drieluik:agreement:1")"
                    R"( xmlns:x="urn:example:extension" x:note="n")");
    text = replaced(text, "</agreement>", "</a:agreement>");
    text = replaced(text, "<employment>", "<a:employment><x:internal><a:whatever/></x:internal>");
    text = replaced(text, "</employment>", "</a:employment>");
    text = replaced(text, "<salary per=", R"(<salary x:period="4 weeks" per=)");
    const auto document = load_ok(text);
    CHECK(root_value(*document, "employment.salary").decimal.to_string() == "2450.00");
    CHECK(root_value(*document, "employment.startDate").date == *Date::from_ymd(2025, 9, 1));
}

TEST_CASE("the sample programme application loads") {
    const auto document = load_ok(sample_programme());
    const Document& doc = *document;
    CHECK(doc.kind() == DocumentKind::programme);
    CHECK(root_value(doc, "status").enum_index == 0);
    CHECK(doc.text(root_value(doc, "institution").text) == "Avans Hogeschool");
    CHECK(root_value(doc, "programme.workModel").enum_index == 2);  // gradual
    CHECK(root_value(doc, "programme.firstIntake").date == *Date::from_ymd(2026, 9, 1));
    CHECK(root_value(doc, "programme.expectedIntake").integer == 25);
    CHECK(root_value(doc, "workplaces.smeOnly").boolean);
    CHECK_FALSE(root_value(doc, "workplaces.expectedPlacements").present);
    CHECK(root_value(doc, "salary.paidByEmployer").boolean);
    CHECK(doc.text(root_value(doc, "agreementTemplate.href").text) == "../agreements/template.xml");
    CHECK(doc.text(root_value(doc, "coordinator.name").text) == "Ayşe Çelik");
    CHECK(position_of(root_value(doc, "coordinator.name")) == "27:16");
    CHECK_FALSE(root_value(doc, "supervisorTraining").present);

    const ListRef sectors = root_value(doc, "sectors.sector").list;
    REQUIRE(sectors.count == 2);
    CHECK(doc.text(doc.slot(sectors.first + 1, 0).text) == "installatietechniek");
    const ListRef partners = root_value(doc, "partners.partner").list;
    REQUIRE(partners.count == 2);
    CHECK(doc.text(doc.slot(partners.first + 1, 0).text) == "Çelik Bouw B.V.");
    CHECK(instance_value(doc, partners.first, "role").enum_set == ((1u << 0) | (1u << 3)));  // co-design, supervision
    CHECK(instance_value(doc, partners.first + 1, "type").enum_index == 0);                  // company
    CHECK(position_of(instance_value(doc, partners.first + 1, "role")) == "20:29");
}

namespace {

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    REQUIRE(file != nullptr);
    std::fwrite(text.data(), 1, text.size(), file);
    std::fclose(file);
}

std::string only_error(const LoadResult& result) {
    REQUIRE(std::holds_alternative<LoadFailure>(result));
    REQUIRE(std::get<LoadFailure>(result).errors.size() == 1);
    return std::get<LoadFailure>(result).errors.front().message;
}

}  // namespace

TEST_CASE("load_document_file") {
    const auto path = std::filesystem::temp_directory_path() / "drieluik-loader-test.xml";
    write_file(path, sample_agreement());
    LoadResult loaded = load_document_file(path.string());
    REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
    CHECK(std::get<std::unique_ptr<Document>>(loaded)->source().name() == path.string());

    LoadLimits small;
    small.max_bytes = 100;
    LoadResult refused = load_document_file(path.string(), small);
    REQUIRE(std::holds_alternative<LoadFailure>(refused));
    const Diagnostic& too_large = std::get<LoadFailure>(refused).errors.at(0);
    CHECK(too_large.message == "document is 2573 bytes; the limit is 100 bytes");
    CHECK(too_large.position == Position{});
    std::filesystem::remove(path);

    LoadResult missing = load_document_file(path.string());
    REQUIRE(std::holds_alternative<LoadFailure>(missing));
    CHECK(std::get<LoadFailure>(missing).errors.at(0).message == "cannot read the file: No such file or directory");
    CHECK(std::get<LoadFailure>(missing).errors.at(0).file == path.string());
}

TEST_CASE("load_document_file: files of every size, and what is not a file") {
    const auto folder = std::filesystem::temp_directory_path() / "drieluik-loader-sizes";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directory(folder);
    const auto path = folder / "agreement.xml";

    // Small files are read without asking for their size first, larger ones in two
    // parts: around 64 KiB, the text and the limit come out the same either way.
    for (const std::size_t size : {std::size_t{2573}, std::size_t{65535}, std::size_t{65536}, std::size_t{65537},
                                   std::size_t{300000}}) {
        CAPTURE(size);
        const std::string text = sample_agreement() + std::string(size - sample_agreement().size(), '\n');
        write_file(path, text);
        LoadResult loaded = load_document_file(path.string());
        REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
        CHECK(std::get<std::unique_ptr<Document>>(loaded)->source().text() == text);

        LoadLimits just_enough;
        just_enough.max_bytes = size;
        CHECK(std::holds_alternative<std::unique_ptr<Document>>(load_document_file(path.string(), just_enough)));
        LoadLimits one_short;
        one_short.max_bytes = size - 1;
        CHECK(only_error(load_document_file(path.string(), one_short)) ==
              "document is " + std::to_string(size) + " bytes; the limit is " + std::to_string(size - 1) + " bytes");
    }

    write_file(path, "");
    CHECK(only_error(load_document_file(path.string())) == "not well-formed XML: no document element found");

    CHECK(only_error(load_document_file(folder.string())) == "cannot read the file: Is a directory");

    // Pipes are refused, whether they hold a document or have no writer to wait for.
    const auto named_pipe = folder / "pipe.xml";
    REQUIRE(::mkfifo(named_pipe.c_str(), 0600) == 0);
    CHECK(only_error(load_document_file(named_pipe.string())) == "cannot read the file: Operation not supported");
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    const std::string text = sample_agreement();
    REQUIRE(::write(ends[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    CHECK(only_error(load_document_file("/dev/fd/" + std::to_string(ends[0]))) ==
          "cannot read the file: Operation not supported");
    ::close(ends[0]);
    ::close(ends[1]);

    std::filesystem::remove_all(folder);
}
