// Quantifiers over long lists whose condition requires a field of the element to equal a
// value: from their second run on a document they visit only the elements whose field has
// that value or none (eval/equality_index.hpp). Every outcome must be that of visiting
// all elements: results, the first missing value, decimal equality, order.

#include "engine_support.hpp"

namespace drieluik::test {

namespace {

const std::string original_costs =
    "  <costs>\n"
    "    <item kind=\"tuition\" payer=\"employer\" amount=\"2601.00\"/>\n"
    "    <item kind=\"laptop\" payer=\"employer\" amount=\"900.00\"/>\n"
    "    <item kind=\"exam\" payer=\"student\" amount=\"150.50\"/>\n"
    "  </costs>\n";

// 40 cost items, enough for a join:
//   1-10  travel, no 'mandatory', 10.00      11     laptop, no 'mandatory', 10.50
//   12-20 exam, mandatory false, 20.00       21     tuition, mandatory true, 10.5
//   22-39 other, mandatory false, 30.00      40     other, mandatory false, 99.99
std::string many_costs() {
    std::string costs = "  <costs>\n";
    auto item = [&](const std::string& attributes) { costs += "    <item " + attributes + "/>\n"; };
    for (int i = 1; i <= 10; ++i) item("kind=\"travel\" payer=\"student\" amount=\"10.00\"");
    item("kind=\"laptop\" payer=\"employer\" amount=\"10.50\"");
    for (int i = 12; i <= 20; ++i) item("kind=\"exam\" payer=\"student\" amount=\"20.00\" mandatory=\"false\"");
    item("kind=\"tuition\" payer=\"employer\" amount=\"10.5\" mandatory=\"true\"");
    for (int i = 22; i <= 39; ++i) item("kind=\"other\" payer=\"institution\" amount=\"30.00\" mandatory=\"false\"");
    item("kind=\"other\" payer=\"institution\" amount=\"99.99\" mandatory=\"false\"");
    return costs + "  </costs>\n";
}

const std::vector<Edit> with_many_costs = {{original_costs, many_costs()}};

std::string text_with_many_costs() { return edited(agreement_path, with_many_costs); }

DocumentResult run_on_many_costs(const std::string& rules_text, Language language = Language::en) {
    static std::vector<std::shared_ptr<const CompiledRuleSet>> kept;  // results view rule ids
    kept.push_back(compile_rules(rules_text));
    return run(*kept.back(), *agreement(with_many_costs), language);
}

}  // namespace

TEST_CASE("'some' joined on an optional field: a match, a missing value, no match") {
    const DocumentResult result =
        run_on_many_costs(rule("T-SOME",
                               "  for each k in [tuition, laptop, exam, materials]\n"
                               "  require some i in costs.item: i.mandatory = true and i.kind = k\n"
                               "  at costs",
                               "kind = k"));
    // tuition: item 21. laptop: item 11 has no 'mandatory', so unknown. exam, materials: none.
    REQUIRE(result.undecided.size() == 1);
    CHECK(result.undecided[0].reason == "costs.item[11].mandatory is missing");
    CHECK(result.undecided[0].position == position_of(text_with_many_costs(), "<item kind=\"laptop\""));
    REQUIRE(result.findings.size() == 2);
    std::vector<std::string> kinds = {result.findings[0].evidence[0].value, result.findings[1].evidence[0].value};
    std::sort(kinds.begin(), kinds.end());
    CHECK(kinds == std::vector<std::string>{"exam", "materials"});
}

TEST_CASE("'count' joined on the outer element's field counts equal decimals") {
    const DocumentResult result = run_on_many_costs(rule("T-COUNT",
                                                         "  for each i in costs.item\n"
                                                         "  let same = count j in costs.item where j.amount = i.amount\n"
                                                         "  require same = 1\n"
                                                         "  at i"));
    REQUIRE(result.findings.size() == 39);  // all but item 40
    CHECK(result.findings[0].path == "/agreement/costs/item[1]");
    CHECK(result.findings[0].evidence[0].name == "same");
    CHECK(result.findings[0].evidence[0].value == "10");
    CHECK(result.findings[10].path == "/agreement/costs/item[11]");
    CHECK(result.findings[10].evidence[0].value == "2");  // 10.50 and 10.5
    CHECK(result.findings[20].path == "/agreement/costs/item[21]");
    CHECK(result.findings[20].evidence[0].value == "2");
    CHECK(result.findings[11].evidence[0].value == "9");
    CHECK(result.findings[38].path == "/agreement/costs/item[39]");
    CHECK(result.findings[38].evidence[0].value == "18");
}

TEST_CASE("'find' and 'sum' joined in 'where': the first element in list order, missing values first") {
    const DocumentResult found = run_on_many_costs(rule("T-FIND",
                                                        "  for each k in [exam, other, travel, laptop]\n"
                                                        "  let hit = find j in costs.item where j.mandatory = false and j.kind = k\n"
                                                        "  require position(hit) = 0\n"
                                                        "  at hit",
                                                        "kind = k"));
    // exam: item 12, other: item 22; travel and laptop: a missing 'mandatory' comes first.
    // 'for each' runs over an enumeration list in the enumeration's order, laptop first.
    REQUIRE(found.findings.size() == 2);
    CHECK(found.findings[0].path == "/agreement/costs/item[12]");
    CHECK(found.findings[1].path == "/agreement/costs/item[22]");
    REQUIRE(found.undecided.size() == 1);
    CHECK(found.undecided[0].reason == "costs.item[11].mandatory is missing");

    const DocumentResult sums = run_on_many_costs(rule("T-SUM",
                                                       "  for each k in [travel, tuition, other]\n"
                                                       "  let total = sum j in costs.item where j.kind = k: j.amount\n"
                                                       "  require total < 100\n"
                                                       "  at costs"));
    REQUIRE(sums.findings.size() == 2);
    std::vector<std::string> totals;
    for (const Finding& f : sums.findings)
        for (const Evidence& e : f.evidence)
            if (e.name == "total") totals.push_back(e.value);
    std::sort(totals.begin(), totals.end());
    CHECK(totals == std::vector<std::string>{"\u20AC100.00", "\u20AC639.99"});
}

}  // namespace drieluik::test
