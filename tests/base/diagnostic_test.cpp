#include "base/diagnostic.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using drieluik::Diagnostic;
using drieluik::DiagnosticLevel;
using drieluik::Position;
using drieluik::SourceText;

TEST_CASE("render: location, source line, caret and notes") {
    const SourceText source("rules/wage.rules", "rule A\n  let x = salaris + 1\n");
    const Diagnostic diagnostic{DiagnosticLevel::error, "rules/wage.rules", Position{2, 11},
                                "unknown name 'salaris'", {"did you mean 'salary'?", "names are case sensitive"}};
    CHECK(render(diagnostic, &source) ==
          "rules/wage.rules:2:11: error: unknown name 'salaris'\n"
          "  let x = salaris + 1\n"
          "          ^\n"
          "  note: did you mean 'salary'?\n"
          "  note: names are case sensitive\n");
}

TEST_CASE("render without source, or with a source that lacks the line") {
    const Diagnostic diagnostic{DiagnosticLevel::warning, "a.xml", Position{7, 3}, "odd value", {"a note"}};
    CHECK(render(diagnostic, nullptr) == "a.xml:7:3: warning: odd value\n  note: a note\n");
    const SourceText short_source("a.xml", "one line");
    CHECK(render(diagnostic, &short_source) == "a.xml:7:3: warning: odd value\n  note: a note\n");
}

TEST_CASE("render of the whole file and without a file name") {
    const SourceText source("a.xml", "<x/>");
    CHECK(render(Diagnostic{DiagnosticLevel::error, "a.xml", Position{}, "not an agreement", {}}, &source) ==
          "a.xml: error: not an agreement\n");
    CHECK(render(Diagnostic{DiagnosticLevel::note, "", Position{}, "plain", {}}, nullptr) == "note: plain\n");
    CHECK(render(Diagnostic{DiagnosticLevel::error, "", Position{1, 2}, "at", {}}, &source) ==
          "1:2: error: at\n<x/>\n ^\n");
}

TEST_CASE("the caret counts code points and keeps tabs") {
    const SourceText source("t.rules", "\tnaam = \"Zoë Çelik\" \xF0\x9F\x98\x80 fout\r\nnext");
    // Column of "fout": tab, 'naam = "' (8), Zoë Çelik (9), '" ' (2), emoji, space -> 23.
    const Diagnostic diagnostic{DiagnosticLevel::error, "t.rules", Position{1, 23}, "bad", {}};
    CHECK(source.position(source.text().find("fout")) == Position{1, 23});
    CHECK(render(diagnostic, &source) ==
          "t.rules:1:23: error: bad\n"
          "\tnaam = \"Zoë Çelik\" \xF0\x9F\x98\x80 fout\n"
          "\t                     ^\n");
}

TEST_CASE("the caret at and past the end of the line") {
    const SourceText source("e", "ab\n");
    CHECK(render(Diagnostic{DiagnosticLevel::error, "e", Position{1, 3}, "end", {}}, &source) ==
          "e:1:3: error: end\nab\n  ^\n");
    CHECK(render(Diagnostic{DiagnosticLevel::error, "e", Position{1, 99}, "far", {}}, &source) ==
          "e:1:99: error: far\nab\n  ^\n");
    CHECK(render(Diagnostic{DiagnosticLevel::error, "e", Position{2, 1}, "empty line", {}}, &source) ==
          "e:2:1: error: empty line\n\n^\n");
}

TEST_CASE("diagnostics order by file, line, column, message") {
    std::vector<Diagnostic> diagnostics{
        {DiagnosticLevel::error, "b", Position{1, 1}, "x", {}},
        {DiagnosticLevel::error, "a", Position{2, 1}, "x", {}},
        {DiagnosticLevel::warning, "a", Position{1, 5}, "z", {}},
        {DiagnosticLevel::error, "a", Position{1, 5}, "y", {}},
        {DiagnosticLevel::error, "a", Position{1, 10}, "a", {}},
        {DiagnosticLevel::error, "a", Position{}, "whole", {}},
    };
    std::sort(diagnostics.begin(), diagnostics.end());
    std::vector<std::string> order;
    order.reserve(diagnostics.size());
    for (const auto& diagnostic : diagnostics) order.push_back(render(diagnostic, nullptr));
    CHECK(order == std::vector<std::string>{"a: error: whole\n", "a:1:5: error: y\n", "a:1:5: warning: z\n",
                                            "a:1:10: error: a\n", "a:2:1: error: x\n", "b:1:1: error: x\n"});
    CHECK_FALSE(diagnostics[1] < diagnostics[1]);
}

TEST_CASE("caret indentation keeps tabs and counts code points") {
    CHECK(drieluik::caret_indentation("\t<a>", 2) == "\t");
    CHECK(drieluik::caret_indentation("Zoë<b/>", 4) == "   ");
    CHECK(drieluik::caret_indentation("ab", 1).empty());
    CHECK(drieluik::caret_indentation("ab", 4) == "  ");  // past the end: just after the line
}
