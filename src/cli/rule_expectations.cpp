#include "cli/rule_expectations.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

namespace drieluik::cli {

namespace {

constexpr std::string_view prefix = "drieluik-";

std::vector<std::string> words(std::string_view text) {
    std::istringstream stream{std::string(text)};
    std::vector<std::string> result;
    for (std::string word; stream >> word;) {
        result.push_back(word);
    }
    return result;
}

std::optional<std::uint32_t> number(std::string_view text) {
    std::uint32_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value == 0) {
        return std::nullopt;
    }
    return value;
}

// "12:5" -> {12, 5}
std::optional<Position> line_column(std::string_view text) {
    std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
        return std::nullopt;
    }
    auto line = number(text.substr(0, colon));
    auto column = number(text.substr(colon + 1));
    if (!line || !column) {
        return std::nullopt;
    }
    return Position{*line, *column};
}

class InstructionReader {
public:
    explicit InstructionReader(const SourceText& text) : text_(text) {}

    TestInstructions read() {
        pugi::xml_document xml;
        pugi::xml_parse_result parsed = xml.load_buffer(text_.text().data(), text_.text().size(),
                                                        pugi::parse_default | pugi::parse_pi, pugi::encoding_utf8);
        if (!parsed) {
            // The document is not XML: loading it reports why; it has no instructions.
            return std::move(instructions_);
        }
        visit(xml);
        return std::move(instructions_);
    }

private:
    void visit(pugi::xml_node node) {
        for (pugi::xml_node child : node.children()) {
            if (child.type() == pugi::node_pi) {
                instruction(child);
            } else if (child.type() == pugi::node_element) {
                visit(child);
            }
        }
    }

    void instruction(pugi::xml_node pi) {
        std::string_view name = pi.name();
        if (name.substr(0, prefix.size()) != prefix) {
            return;
        }
        // offset_debug points at the name, just after "<?".
        std::ptrdiff_t offset = pi.offset_debug();
        Position written = offset >= 2 ? text_.position(static_cast<std::size_t>(offset - 2)) : Position{};
        std::vector<std::string> arguments = words(pi.value());
        std::string_view verb = name.substr(prefix.size());

        if (verb == "as-of") {
            std::optional<Date> date = arguments.size() == 1 ? Date::parse(arguments[0]) : std::nullopt;
            if (!date) {
                problem(written, fmt::format("<?{} {}?>: expected one date YYYY-MM-DD", name, pi.value()));
                return;
            }
            instructions_.as_of = *date;
        } else if (verb == "expect") {
            std::optional<Position> at = arguments.size() == 2 ? line_column(arguments[1]) : std::nullopt;
            if (!at) {
                problem(written, fmt::format("<?{} {}?>: expected a rule id and LINE:COLUMN", name, pi.value()));
                return;
            }
            instructions_.expectations.push_back({ExpectationKind::finding, arguments[0], *at, written});
        } else if (verb == "expect-none" || verb == "expect-undecided") {
            if (arguments.size() != 1) {
                problem(written, fmt::format("<?{} {}?>: expected one rule id", name, pi.value()));
                return;
            }
            ExpectationKind kind = verb == "expect-none" ? ExpectationKind::none : ExpectationKind::undecided;
            instructions_.expectations.push_back({kind, arguments[0], {}, written});
        } else {
            problem(written, fmt::format("unknown test instruction <?{}?>; known are drieluik-as-of, "
                                         "drieluik-expect, drieluik-expect-none and drieluik-expect-undecided",
                                         name));
        }
    }

    void problem(Position position, std::string message) {
        instructions_.problems.push_back({DiagnosticLevel::error, text_.name(), position, std::move(message), {}});
    }

    const SourceText& text_;
    TestInstructions instructions_;
};

std::vector<Position> positions_of(const std::vector<const Finding*>& findings) {
    std::vector<Position> positions;
    positions.reserve(findings.size());
    for (const Finding* finding : findings) {
        positions.push_back(finding->position);
    }
    return positions;
}

std::string locations_text(const std::vector<Position>& positions) {
    std::string text;
    for (Position position : positions) {
        text += fmt::format("{}{}:{}", text.empty() ? "" : ", ", position.line, position.column);
    }
    return text;
}

class ExpectationChecker {
public:
    ExpectationChecker(const std::string& file, const DocumentResult& result, const std::vector<std::string>& known)
        : file_(file), result_(result), known_(known) {}

    TestOutcome check(const TestInstructions& instructions) {
        std::map<std::string, std::vector<const Expectation*>> expected_findings;
        std::set<std::string> expected_none;
        for (const Expectation& expectation : instructions.expectations) {
            if (!std::binary_search(known_.begin(), known_.end(), expectation.rule)) {
                fail(expectation.written, fmt::format("{} is not a rule of the rule set", expectation.rule));
                continue;
            }
            switch (expectation.kind) {
            case ExpectationKind::finding: expected_findings[expectation.rule].push_back(&expectation); break;
            case ExpectationKind::none:
                expected_none.insert(expectation.rule);
                check_none(expectation);
                break;
            case ExpectationKind::undecided: check_undecided(expectation); break;
            }
        }
        for (const auto& [rule, expectations] : expected_findings) {
            if (expected_none.count(rule) > 0) {
                fail(expectations.front()->written,
                     fmt::format("{} is expected both to report and to report nothing", rule));
                continue;
            }
            check_findings(rule, expectations);
        }
        std::stable_sort(outcome_.failures.begin(), outcome_.failures.end(),
                         [](const Diagnostic& a, const Diagnostic& b) { return a.position < b.position; });
        return std::move(outcome_);
    }

private:
    std::vector<const Finding*> findings_of(const std::string& rule) const {
        std::vector<const Finding*> found;
        for (const Finding& finding : result_.findings) {
            if (finding.rule == rule) {
                found.push_back(&finding);
            }
        }
        return found;
    }

    void check_none(const Expectation& expectation) {
        std::vector<const Finding*> found = findings_of(expectation.rule);
        if (found.empty()) {
            ++outcome_.passed;
            return;
        }
        std::vector<Position> at = positions_of(found);
        fail(expectation.written, fmt::format("expected no finding of {}, but it reported at {}: {}", expectation.rule,
                                              locations_text(at), found.front()->message));
    }

    void check_undecided(const Expectation& expectation) {
        bool undecided = std::any_of(result_.undecided.begin(), result_.undecided.end(),
                                     [&](const Undecided& item) { return item.rule == expectation.rule; });
        if (undecided) {
            ++outcome_.passed;
            return;
        }
        std::vector<const Finding*> found = findings_of(expectation.rule);
        fail(expectation.written,
             fmt::format("expected {} to be undecided, but it {}", expectation.rule,
                         found.empty() ? std::string("was decided without a finding")
                                       : fmt::format("reported at {}:{}: {}", found.front()->position.line,
                                                     found.front()->position.column, found.front()->message)));
    }

    void check_findings(const std::string& rule, const std::vector<const Expectation*>& expectations) {
        std::vector<const Finding*> found = findings_of(rule);
        for (const Expectation* expectation : expectations) {
            bool reported = std::any_of(found.begin(), found.end(),
                                        [&](const Finding* finding) { return finding->position == expectation->at; });
            if (reported) {
                ++outcome_.passed;
                continue;
            }
            std::vector<Position> at = positions_of(found);
            fail(expectation->written,
                 fmt::format("expected {} at {}:{}, but it {}", rule, expectation->at.line, expectation->at.column,
                             at.empty() ? std::string("reported nothing")
                                        : "reported at " + locations_text(at)));
        }
        for (const Finding* finding : found) {
            bool wanted = std::any_of(expectations.begin(), expectations.end(),
                                      [&](const Expectation* expectation) { return expectation->at == finding->position; });
            if (!wanted) {
                fail(finding->position, fmt::format("{} reported a finding here that no <?drieluik-expect?> names: {}",
                                                    rule, finding->message));
            }
        }
    }

    void fail(Position position, std::string message) {
        outcome_.failures.push_back({DiagnosticLevel::error, file_, position, std::move(message), {}});
    }

    const std::string& file_;
    const DocumentResult& result_;
    const std::vector<std::string>& known_;
    TestOutcome outcome_;
};

}  // namespace

Date default_test_date() {
    return *Date::from_ymd(2026, 11, 23);
}

TestInstructions read_test_instructions(const SourceText& text) {
    return InstructionReader(text).read();
}

TestOutcome check_expectations(const std::string& file, const TestInstructions& instructions,
                               const DocumentResult& result, const std::vector<std::string>& known_rules) {
    return ExpectationChecker(file, result, known_rules).check(instructions);
}

}  // namespace drieluik::cli
