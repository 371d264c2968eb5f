// template_problems(): a programme application's agreement template, loaded relative to
// the application and checked with the whole rule set; its problems point into it.

#include "engine_support.hpp"

namespace drieluik::test {

namespace {

const char* const application_path = "tests/engine/data/programmes/application.xml";
const char* const template_path = "tests/engine/data/templates/template.xml";

std::string template_rules() {
    RuleText problems;
    problems.id = "T-TEMPLATE";
    problems.kind = "programme";
    problems.clauses =
        "  for each p in template_problems(agreementTemplate.href, [T-SIZE])\n"
        "  require false\n"
        "  at p";
    problems.with = "rule = p.rule, problem = p.message";
    problems.message_nl = "{rule}: {problem}";
    problems.message_en = "{rule}: {problem}";
    RuleText size;
    size.id = "T-SIZE";
    size.clauses = "  require employer.employees < 250\n  at employer.employees";
    RuleText probation;
    probation.id = "T-PROBATION";
    probation.clauses = "  require employment.probationMonths <= 2\n  at employment.probationMonths";
    probation.with = "n = employment.probationMonths";
    probation.message_nl = "proeftijd {n}";
    probation.message_en = "probation {n}";
    RuleText warning;
    warning.id = "T-WARNING";
    warning.severity = "warning";
    warning.clauses = "  require false";
    return rule(problems) + rule(size) + rule(probation) + rule(warning);
}

DocumentResult run_application(const std::vector<Edit>& edits = {}, Language language = Language::nl,
                               std::function<LoadResult(const std::string&)> load_template = {}) {
    // Compiled once and kept: a result's `evaluated` views the rule set's ids.
    static const auto rules = compile_rules(template_rules());
    const auto application = load(application_path, edited(application_path, edits));
    EvalOptions options;
    options.language = language;
    options.as_of = date("2026-11-23");
    options.load_template = std::move(load_template);
    return evaluate(*rules, *application, options);
}

}  // namespace

TEST_CASE("the error findings of the template, except the listed rules, located in the template") {
    const DocumentResult result = run_application();
    CHECK(result.evaluated == std::vector<std::string_view>{"T-TEMPLATE"});
    REQUIRE(result.findings.size() == 1);
    const Finding& f = result.findings[0];
    CHECK(f.rule == "T-TEMPLATE");
    CHECK(f.message == "T-PROBATION: proeftijd 3");
    CHECK(f.file == template_path);
    CHECK(f.path == "/agreement/employment/probationMonths");
    CHECK(f.position == position_of(read_file(template_path), "<probationMonths>"));
    REQUIRE(f.evidence.size() == 2);
    CHECK(f.evidence[0].name == "rule");
    CHECK(f.evidence[0].value == "T-PROBATION");
    CHECK(f.evidence[1].value == "proeftijd 3");

    const DocumentResult en = run_application({}, Language::en);
    REQUIRE(en.findings.size() == 1);
    CHECK(en.findings[0].message == "T-PROBATION: probation 3");
}

TEST_CASE("a template that does not exist is a problem at the reference") {
    const std::vector<Edit> edits = {{"../templates/template.xml", "../templates/missing.xml"}};
    const DocumentResult result = run_application(edits);
    REQUIRE(result.findings.size() == 1);
    const Finding& f = result.findings[0];
    CHECK(f.message == ": het sjabloon ../templates/missing.xml bestaat niet");
    CHECK(f.file == application_path);
    CHECK(f.path == "/programmeApplication/agreementTemplate/@href");
    CHECK(f.position == position_of(edited(application_path, edits), "href="));
    CHECK(run_application(edits, Language::en).findings[0].message ==
          ": the template ../templates/missing.xml does not exist");
}

TEST_CASE("a template that is not an agreement is a problem at its root") {
    const DocumentResult result = run_application({{"../templates/template.xml", "application.xml"}});
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].message == ": het sjabloon application.xml is geen overeenkomst");
    CHECK(result.findings[0].file == application_path);
    CHECK(result.findings[0].path == "/programmeApplication");
    CHECK(result.findings[0].position == position_of(read_file(application_path), "<programmeApplication"));
}

TEST_CASE("an application without a template has no template problems") {
    const DocumentResult result =
        run_application({{"  <agreementTemplate href=\"../templates/template.xml\"/>\n", ""}});
    CHECK(result.findings.empty());
    CHECK(result.undecided.empty());
}

TEST_CASE("templates are loaded through the caller's loader when one is given") {
    std::vector<std::string> asked;
    const auto from_memory = [&](const std::string& path) -> LoadResult {
        asked.push_back(path);
        return load_document(path, edited(template_path, {{"<employees>300<", "<employees>30<"},
                                                          {"<probationMonths>3<", "<probationMonths>2<"}}));
    };
    CHECK(run_application({}, Language::nl, from_memory).findings.empty());
    CHECK(asked == std::vector<std::string>{template_path});

    const auto broken = [](const std::string& path) -> LoadResult {
        return load_document(path, "<?xml version=\"1.0\"?>\n<agreement xmlns=\"urn:drieluik:agreement:1\">\n<oops>");
    };
    const DocumentResult result = run_application({}, Language::nl, broken);
    REQUIRE_FALSE(result.findings.empty());
    CHECK(result.findings[0].file == template_path);
    CHECK(result.findings[0].position.line > 0);

    const auto missing = [](const std::string&) -> LoadResult { return LoadFailure{}; };
    const DocumentResult absent = run_application({}, Language::nl, missing);
    REQUIRE(absent.findings.size() == 1);
    CHECK(absent.findings[0].message == ": het sjabloon ../templates/template.xml bestaat niet");
}

}  // namespace drieluik::test
