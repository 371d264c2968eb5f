#include "report/html_escape.hpp"

#include "render.hpp"
#include "sample_run.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace drieluik {

namespace {

std::string html_report(const Run& run) {
    return testing::render(run, ReportFormat::html);
}

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("html escape replaces every character with a meaning in HTML") {
    CHECK(html_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(html_escape("Zoë") == "Zoë");
    CHECK(html_escape("").empty());
}

TEST_CASE("html report escapes messages, paths, titles and document lines") {
    std::string html = html_report(testing::sample_run());
    CHECK(contains(html, "<p class=\"message\">Uren &quot;40&quot; &gt; 38 &lt;script&gt;</p>"));
    CHECK_FALSE(contains(html, "<script>"));
    CHECK(contains(html, "<h2>examples/a &amp; b.xml</h2>"));
    CHECK(contains(html, "<span class=\"rule\">SUP-MENTOR</span>Begeleider &lt;mentor&gt;</h4>"));
    CHECK(contains(html, "&lt;student&gt;&lt;name&gt;Zoë &amp;amp; Co&lt;/name&gt;"));
}

TEST_CASE("html report is one self-contained page") {
    std::string html = html_report(testing::sample_run());
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">"));
    CHECK(html.ends_with("</html>\n"));
    CHECK(contains(html, "@media print"));
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "http://"));
}

TEST_CASE("html report: summary table, findings grouped by severity with evidence, source and excerpt") {
    std::string html = html_report(testing::sample_run());
    CHECK(contains(html, "<dt>Peildatum</dt><dd>23 november 2026</dd>"));
    CHECK(contains(html, "<p class=\"summary\">3 documenten gecontroleerd: 2 fouten, 1 waarschuwing, 1 advies, "
                         "1 onleesbaar</p>"));
    CHECK(contains(html, "<tr><td><a href=\"#document-1\">examples/a &amp; b.xml</a></td><td>overeenkomst</td>"
                         "<td>gecontroleerd</td><td class=\"count error nonzero\">2</td>"));
    CHECK(contains(html, "<tr><td><a href=\"#document-2\">examples/broken.xml</a></td><td></td>"
                         "<td class=\"unreadable\">onleesbaar</td>"));
    CHECK(contains(html, "<h3 class=\"error\">Fouten (2)</h3>"));
    CHECK(contains(html, "<h3 class=\"warning\">Waarschuwingen (1)</h3>"));
    CHECK(contains(html, "<h3 class=\"advice\">Adviezen (1)</h3>"));
    CHECK(contains(html, "<dt>Waarden</dt><dd><table class=\"evidence\"><tr><td class=\"name\">months</td><td>3</td>"
                         "</tr><tr><td class=\"name\">allowed</td><td>1</td></tr></table></dd>"));
    CHECK(contains(html, "<dt>Bron</dt><dd>BW 7:652</dd>"));
    CHECK(contains(html, "<dt>Plaats</dt><dd>examples/templates/t.xml:2:3</dd>"));
    // Two lines before and after, the line itself highlighted with its column marked.
    CHECK(contains(html, "<pre class=\"excerpt\"><span class=\"line\"><span class=\"number\">2</span>"));
    CHECK(contains(html, "<span class=\"line at\"><span class=\"number\">4</span>    <mark>&lt;</mark>probation "
                         "months=&quot;3&quot;/&gt;</span>"));
    CHECK(contains(html, "<span class=\"line\"><span class=\"number\">6</span>  &lt;/employment&gt;</span></pre>"));
    CHECK(contains(html, "<li><span class=\"rule\">SAL-MINIMUM</span>Geen minimumloon bekend op 2020-01-01.</li>"));
    CHECK(contains(html, "<p class=\"message\">end tag &lt;/agreement&gt; does not match &lt;employment&gt;</p>"));
}

TEST_CASE("html report labels follow the language") {
    std::string html = html_report(testing::sample_run(Language::en));
    CHECK(contains(html, "<html lang=\"en\">"));
    CHECK(contains(html, "<h1>Validation report</h1>"));
    CHECK(contains(html, "<h3 class=\"error\">Errors (2)</h3>"));
    CHECK(contains(html, "<span class=\"rule\">DUR-PROBATION</span>Probation too long</h4>"));
    CHECK(contains(html, "<dt>Evidence</dt>"));
    CHECK(contains(html, "<dt>Validation date</dt><dd>23 November 2026</dd>"));
}

}  // namespace drieluik
