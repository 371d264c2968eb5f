#!/usr/bin/python3
"""End-to-end tests of the `drieluik` command: runs the built binary on the examples.

    test_cli.py DRIELUIK REPOSITORY [--update-golden] [unittest options]

DRIELUIK is the built binary, REPOSITORY the repository root (the working directory of
every run). With --update-golden the golden reports in tests/cli/golden are rewritten
from the current output instead of compared; review the diff before committing it.
"""

import html
import json
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

import jsonschema
from lxml import etree

DRIELUIK = ""
ROOT = Path()
UPDATE_GOLDEN = False

AS_OF = "2026-11-23"
EXAMPLE_FOLDERS = ["examples/agreements", "examples/programmes", "examples/templates"]
EXPECT = re.compile(r"<!--\s*expect:\s*([^>]*?)\s*-->")
SUMMARY = re.compile(r"^(\d+) passed, (\d+) failed$")


def run(*arguments, stdin=None, env=None, cwd=None):
    """Runs drieluik; returns the completed process with text output."""
    environment = dict(os.environ)
    environment.pop("NO_COLOR", None)
    environment.update(env or {})
    return subprocess.run([DRIELUIK, *arguments], cwd=cwd or ROOT, input=stdin, capture_output=True,
                          text=True, env=environment, timeout=300)


def check(*arguments, **options):
    return run("check", "--as-of", AS_OF, *arguments, **options)


def json_report(*arguments):
    result = check("--format", "json", *arguments)
    return result, json.loads(result.stdout)


def example_files(folder):
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / folder).rglob("*.xml"))


def expected_rules(path):
    """The rule ids an example announces in its `<!-- expect: ... -->` comment, or None."""
    match = EXPECT.search((ROOT / path).read_text(encoding="utf-8"))
    if match is None:
        return None
    words = match.group(1).split()
    return set() if words == ["none"] else set(words)


def announced_examples():
    return [(path, rules) for folder in EXAMPLE_FOLDERS for path in example_files(folder)
            if (rules := expected_rules(path)) is not None]


def sarif_validator():
    tool = ROOT / "tests/tools/node_modules/.bin/sarif-multitool"
    return tool if tool.exists() else None


class GoldenMixin:
    def assert_golden(self, name, actual):
        golden = ROOT / "tests/cli/golden" / name
        if UPDATE_GOLDEN:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(actual, encoding="utf-8")
            return
        self.assertTrue(golden.exists(), f"{golden} is missing; run with --update-golden to create it")
        self.maxDiff = None
        self.assertEqual(golden.read_text(encoding="utf-8"), actual, f"output differs from {golden}")


class CommandLineTest(unittest.TestCase):
    def assert_usage_error(self, result, message):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(result.stdout, "")
        lines = result.stderr.splitlines()
        self.assertTrue(lines[0].startswith("drieluik: error: "), result.stderr)
        self.assertIn(message, lines[0])
        self.assertTrue(lines[1].startswith("Usage: drieluik"), result.stderr)

    def test_version(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout.strip(), "drieluik 0.1.0")

    def test_help_on_every_command(self):
        for command in (["--help"], ["check", "--help"], ["rules", "--help"], ["rules", "lint", "--help"],
                        ["rules", "test", "--help"], ["explain", "--help"]):
            with self.subTest(command=command):
                result = run(*command)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn("Usage:", result.stdout)
        self.assertIn("--fail-on", run("check", "--help").stdout)

    def test_bad_command_lines(self):
        cases = [
            (["check", "--bogus", "examples"], "--bogus"),
            (["check"], "PATH"),
            (["check", "--format", "pdf", "examples"], "pdf"),
            (["check", "--lang", "de", "examples"], "de"),
            (["check", "--fail-on", "never", "examples"], "never"),
            (["check", "--jobs", "0", "examples"], "--jobs"),
            (["check", "--jobs", "many", "examples"], "--jobs"),
            (["check", "--as-of", "2025-02-30", "examples"], "2025-02-30"),
            (["check", "--as-of", "23-11-2026", "examples"], "23-11-2026"),
            (["check", "--rules", "no/such/folder", "examples"], "no/such/folder"),
            (["check", "--profile", "lenient", "examples/agreements"], "unknown profile lenient"),
            ([], "subcommand"),
            (["rules"], "subcommand"),
            (["explain"], "RULE-ID or --list"),
        ]
        for arguments, message in cases:
            with self.subTest(arguments=arguments):
                self.assert_usage_error(run(*arguments), message)

    def test_usage_names_the_command(self):
        result = run("check", "--format", "pdf", "examples")
        self.assertIn("Usage: drieluik check [OPTIONS] PATH...", result.stderr)
        self.assertIn("Try 'drieluik check --help' for more information.", result.stderr)


class ExitCodeTest(unittest.TestCase):
    def test_valid_example_exits_0(self):
        valid = [path for path, rules in announced_examples() if not rules]
        self.assertTrue(valid, "no example announces `expect: none`")
        for path in valid:
            with self.subTest(path=path):
                result = check(path)
                self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_example_with_findings_exits_1_at_fail_on(self):
        with_findings = [path for path, rules in announced_examples() if rules]
        self.assertTrue(with_findings)
        _, report = json_report(*with_findings)
        severities = {document["path"]: {finding["severity"] for finding in document["findings"]}
                      for document in report["documents"]}
        self.assertTrue(any("error" in found for found in severities.values()))
        for path in with_findings:
            with self.subTest(path=path):
                result = check(path)
                self.assertEqual(result.returncode, 1 if "error" in severities[path] else 0,
                                 result.stdout + result.stderr)
                self.assertEqual(check("--fail-on", "advice", path).returncode, 1)

    def test_unreadable_documents_exit_2(self):
        invalid = example_files("examples/invalid")
        self.assertTrue(invalid)
        for path in invalid:
            with self.subTest(path=path):
                result, report = json_report(path)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(report["documents"][0]["status"], "unreadable")
                self.assertGreater(report["documents"][0]["error"]["line"], 0)

    def test_missing_file_is_unreadable(self):
        result, report = json_report("examples/no-such-file.xml")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(report["documents"][0]["status"], "unreadable")
        self.assertEqual(report["documents"][0]["error"]["line"], 0)

    def test_fail_on(self):
        _, report = json_report(*EXAMPLE_FOLDERS)
        documents = {document["path"]: {finding["severity"] for finding in document["findings"]}
                     for document in report["documents"]}
        below_error = [path for path, severities in documents.items()
                       if severities and "error" not in severities]
        advice_only = [path for path, severities in documents.items() if severities == {"advice"}]
        for path in below_error:
            with self.subTest(path=path):
                self.assertEqual(check(path).returncode, 0)
                self.assertEqual(check("--fail-on", "advice", path).returncode, 1)
        for path in advice_only:
            with self.subTest(path=path):
                self.assertEqual(check("--fail-on", "warning", path).returncode, 0)
        if not below_error:
            self.skipTest("no example has only warnings or advice")

    def test_broken_rule_set_exits_2(self):
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "ruleset.rules").write_text(
                'ruleset "broken" version "1"\n\nrule BROKEN-RULE\n  severity fatal\n', encoding="utf-8")
            result = check("--rules", folder, "examples/agreements")
            self.assertEqual(result.returncode, 2)
            self.assertEqual(result.stdout, "")
            self.assertRegex(result.stderr, re.escape(folder) + r"/ruleset\.rules:\d+:\d+: error: ")
            self.assertIn("^", result.stderr)
            lint = run("rules", "lint", "--rules", folder)
            self.assertEqual(lint.returncode, 2)
            self.assertRegex(lint.stdout, re.escape(folder) + r"/ruleset\.rules:\d+:\d+: error: ")
            self.assertRegex(lint.stdout.splitlines()[-1], r"^\d+ errors?, \d+ warnings?$")


class ExampleFindingsTest(unittest.TestCase):
    """Every example reports exactly the rules its `expect` comment announces."""

    def test_examples_report_what_they_announce(self):
        examples = announced_examples()
        _, report = json_report(*[path for path, _ in examples])
        found = {document["path"]: {finding["rule"] for finding in document["findings"]}
                 for document in report["documents"]}
        for path, rules in examples:
            with self.subTest(path=path):
                self.assertEqual(found[path], rules)

    def test_every_finding_has_a_location(self):
        _, report = json_report(*EXAMPLE_FOLDERS)
        for document in report["documents"]:
            for finding in document["findings"]:
                with self.subTest(path=document["path"], rule=finding["rule"]):
                    self.assertGreater(finding["location"]["line"], 0)
                    self.assertTrue(finding["location"]["path"].startswith("/"))


class TextReportTest(GoldenMixin, unittest.TestCase):
    def test_golden_dutch(self):
        result = check("--lang", "nl", "examples/agreements", "examples/invalid")
        self.assertEqual(result.stderr, "")
        self.assert_golden("check-nl.txt", result.stdout)

    def test_golden_english(self):
        result = check("--lang", "en", "examples/programmes", "examples/templates")
        self.assertEqual(result.stderr, "")
        self.assert_golden("check-en.txt", result.stdout)

    def test_summary_line(self):
        result = check("examples/agreements", "examples/invalid/bad-enum-value.xml")
        self.assertRegex(result.stdout.splitlines()[-1],
                         r"^\d+ documenten gecontroleerd: \d+ fouten?, \d+ waarschuwingen?, \d+ advie(s|zen), "
                         r"1 onleesbaar$")

    def test_no_colour_when_not_a_terminal(self):
        self.assertNotIn("\x1b", check("examples/agreements").stdout)

    def run_on_terminal(self, env):
        """Runs check with standard output on a pseudo-terminal; returns what it printed."""
        primary, secondary = pty.openpty()
        environment = dict(os.environ)
        environment.pop("NO_COLOR", None)
        environment.update(env)
        process = subprocess.Popen([DRIELUIK, "check", "--as-of", AS_OF, "examples/agreements"], cwd=ROOT,
                                   stdout=secondary, stderr=subprocess.DEVNULL, env=environment)
        os.close(secondary)
        output = b""
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        process.wait(timeout=300)
        os.close(primary)
        return output.decode("utf-8")

    def test_colour_on_a_terminal_unless_no_color(self):
        self.assertIn("\x1b[", self.run_on_terminal({}))
        self.assertNotIn("\x1b", self.run_on_terminal({"NO_COLOR": "1"}))


class JsonReportTest(GoldenMixin, unittest.TestCase):
    def test_valid_against_schema_and_golden(self):
        schema = json.loads((ROOT / "schemas/report.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        result = check("--format", "json", *EXAMPLE_FOLDERS, "examples/invalid")
        report = json.loads(result.stdout)
        jsonschema.Draft202012Validator(schema).validate(report)
        self.assertEqual(report["asOf"], AS_OF)
        self.assertEqual(report["summary"]["documents"], len(report["documents"]))
        self.assertEqual([document["path"] for document in report["documents"]],
                         sorted(document["path"] for document in report["documents"]))
        self.assert_golden("report.json", result.stdout)

    def test_findings_are_sorted(self):
        _, report = json_report(*EXAMPLE_FOLDERS)
        for document in report["documents"]:
            keys = [(f["location"]["line"], f["location"]["column"], f["rule"]) for f in document["findings"]]
            self.assertEqual(keys, sorted(keys), document["path"])

    def test_english_messages_differ(self):
        path = next(path for path, rules in announced_examples() if rules)
        _, dutch = json_report(path)
        _, english = json_report("--lang", "en", path)
        self.assertNotEqual([f["message"] for f in dutch["documents"][0]["findings"]],
                            [f["message"] for f in english["documents"][0]["findings"]])

    def test_batch_with_a_broken_document_reports_the_others(self):
        broken = example_files("examples/invalid")[0]
        result, report = json_report("examples/agreements", broken)
        self.assertEqual(result.returncode, 2)
        statuses = {document["path"]: document["status"] for document in report["documents"]}
        self.assertEqual(statuses.pop(broken), "unreadable")
        self.assertEqual(set(statuses), set(example_files("examples/agreements")))
        self.assertEqual(set(statuses.values()), {"checked"})
        self.assertEqual(report["summary"]["unreadable"], 1)

    def test_document_limits(self):
        path = example_files("examples/agreements")[0]
        result, report = json_report("--max-bytes", "100", path)
        self.assertEqual(result.returncode, 2)
        self.assertIn("limit", report["documents"][0]["error"]["message"])
        result, report = json_report("--max-depth", "2", path)
        self.assertEqual(result.returncode, 2)
        self.assertEqual(report["documents"][0]["status"], "unreadable")


class SarifReportTest(unittest.TestCase):
    def test_sarif_passes_the_multitool_validator(self):
        tool = sarif_validator()
        if tool is None:
            self.skipTest("SARIF validator not installed: run scripts/setup.sh (npm ci in tests/tools)")
        with tempfile.TemporaryDirectory() as folder:
            log = Path(folder) / "report.sarif"
            result = check("--format", "sarif", "--output", str(log), *EXAMPLE_FOLDERS, "examples/invalid")
            self.assertEqual(result.returncode, 2, result.stderr)
            validation = Path(folder) / "validation.sarif"
            subprocess.run([tool, "validate", str(log), "--output", str(validation), "--log", "ForceOverwrite"],
                           capture_output=True, text=True, timeout=300, check=True)
            problems = json.loads(validation.read_text(encoding="utf-8"))["runs"][0].get("results", [])
            errors = [problem for problem in problems if problem.get("level", "warning") == "error"]
            self.assertEqual(errors, [], json.dumps(errors, indent=2))

    def test_sarif_results_match_the_findings(self):
        _, report = json_report(*EXAMPLE_FOLDERS, "examples/invalid")
        sarif = json.loads(check("--format", "sarif", *EXAMPLE_FOLDERS, "examples/invalid").stdout)
        run_log = sarif["runs"][0]
        rules = [rule["id"] for rule in run_log["tool"]["driver"]["rules"]]
        self.assertEqual(len(rules), report["ruleset"]["rules"])
        levels = {"error": "error", "warning": "warning", "advice": "note"}
        expected = [(d["path"], f["rule"], levels[f["severity"]], f["location"]["line"], f["location"]["column"])
                    for d in report["documents"] if d["status"] == "checked" for f in d["findings"]]
        actual = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"], r["level"],
                   r["locations"][0]["physicalLocation"]["region"]["startLine"],
                   r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in run_log["results"]]
        self.assertEqual(len(actual), len(expected))
        for result in run_log["results"]:
            self.assertEqual(rules[result["ruleIndex"]], result["ruleId"])
        self.assertEqual(len(run_log["invocations"][0]["toolExecutionNotifications"]),
                         sum(len(d.get("errors", [])) for d in report["documents"]))
        self.assertEqual([a[1:] for a in actual], [e[1:] for e in expected])


class JunitReportTest(unittest.TestCase):
    def test_junit_parses_back(self):
        _, report = json_report(*EXAMPLE_FOLDERS, "examples/invalid")
        result = check("--format", "junit", *EXAMPLE_FOLDERS, "examples/invalid")
        root = etree.fromstring(result.stdout.encode("utf-8"))
        self.assertEqual(root.tag, "testsuites")
        suites = root.findall("testsuite")
        self.assertEqual([suite.get("name") for suite in suites], [d["path"] for d in report["documents"]])
        for suite, document in zip(suites, report["documents"]):
            with self.subTest(path=document["path"]):
                if document["status"] == "unreadable":
                    self.assertEqual(suite.get("errors"), "1")
                    self.assertIsNotNone(suite.find("testcase/error"))
                    continue
                failed = {case.get("name"): case.find("failure") for case in suite.findall("testcase")
                          if case.find("failure") is not None}
                self.assertEqual(set(failed), {finding["rule"] for finding in document["findings"]})
                for finding in document["findings"]:
                    self.assertIn(finding["message"], failed[finding["rule"]].text)
                    where = f'{finding.get("file", document["path"])}:{finding["location"]["line"]}:' \
                            f'{finding["location"]["column"]}'
                    self.assertIn(where, failed[finding["rule"]].text)
        self.assertEqual(int(root.get("failures")), sum(len(s.findall("testcase/failure")) for s in suites))


class HtmlReportTest(unittest.TestCase):
    def test_html_holds_every_finding_escaped(self):
        _, report = json_report(*EXAMPLE_FOLDERS, "examples/invalid")
        page = check("--format", "html", *EXAMPLE_FOLDERS, "examples/invalid").stdout
        self.assertTrue(page.startswith("<!DOCTYPE html>"))
        self.assertNotIn("<script", page)
        self.assertNotIn("<link", page)
        for document in report["documents"]:
            self.assertIn(html.escape(document["path"]), page)
            for finding in document.get("findings", []):
                self.assertIn(html.escape(finding["message"]), page)
            for error in document.get("errors", []):
                self.assertIn(html.escape(error["message"]), page)

    def test_html_in_english(self):
        page = check("--format", "html", "--lang", "en", "examples/agreements").stdout
        self.assertIn('<html lang="en">', page)
        self.assertIn("Validation report", page)


class DeterminismTest(unittest.TestCase):
    def test_jobs_do_not_change_the_output(self):
        for report_format in ("text", "json", "sarif", "junit", "html"):
            with self.subTest(format=report_format):
                one = check("--format", report_format, "--jobs", "1", "examples")
                two = check("--format", report_format, "--jobs", "2", "examples")
                self.assertEqual(one.returncode, two.returncode)
                self.assertEqual(one.stdout, two.stdout)

    def test_path_order_does_not_change_the_output(self):
        forward = check("--format", "json", *EXAMPLE_FOLDERS)
        backward = check("--format", "json", *reversed(EXAMPLE_FOLDERS))
        self.assertEqual(forward.stdout, backward.stdout)


class OutputFileTest(unittest.TestCase):
    def test_output_file_equals_standard_output(self):
        with tempfile.TemporaryDirectory() as folder:
            for report_format in ("text", "json", "html"):
                with self.subTest(format=report_format):
                    target = Path(folder) / f"report.{report_format}"
                    written = check("--format", report_format, "--output", str(target), "examples/agreements")
                    printed = check("--format", report_format, "examples/agreements")
                    self.assertEqual(written.stdout, "")
                    self.assertEqual(written.returncode, printed.returncode)
                    self.assertEqual(target.read_text(encoding="utf-8"), printed.stdout)
            self.assertEqual(sorted(os.listdir(folder)), ["report.html", "report.json", "report.text"])

    def test_output_replaces_an_existing_file(self):
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "report.json"
            target.write_text("old", encoding="utf-8")
            check("--format", "json", "--output", str(target), "examples/agreements")
            self.assertEqual(target.read_text(encoding="utf-8"),
                             check("--format", "json", "examples/agreements").stdout)
            self.assertEqual(os.listdir(folder), ["report.json"])

    def test_an_interrupted_run_leaves_the_previous_report(self):
        """Stopped while the report is being written (here: while it waits for standard
        input), drieluik leaves the old report as it was and no temporary file behind."""
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "report.json"
            target.write_text("old", encoding="utf-8")
            run = subprocess.Popen([DRIELUIK, "check", "--format", "json", "--output", str(target), "-"],
                                   cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
            try:
                deadline = time.monotonic() + 30
                while len(os.listdir(folder)) < 2 and time.monotonic() < deadline:
                    time.sleep(0.01)
                self.assertEqual(len(os.listdir(folder)), 2, "the temporary report file never appeared")
                run.send_signal(signal.SIGTERM)
                self.assertEqual(run.wait(timeout=30), -signal.SIGTERM)
            finally:
                run.kill()
                run.stdin.close()
            self.assertEqual(os.listdir(folder), ["report.json"])
            self.assertEqual(target.read_text(encoding="utf-8"), "old")

    def test_output_into_a_missing_folder_fails(self):
        result = check("--output", "/nonexistent-folder/report.txt", "examples/agreements")
        self.assertEqual(result.returncode, 2)
        self.assertIn("cannot write /nonexistent-folder/report.txt", result.stderr)

    def test_no_colour_in_an_output_file(self):
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "report.txt"
            check("--output", str(target), "examples/agreements")
            self.assertNotIn("\x1b", target.read_text(encoding="utf-8"))


class StandardInputTest(unittest.TestCase):
    def test_document_from_standard_input(self):
        path, rules = next((path, rules) for path, rules in announced_examples()
                           if rules and "examples/agreements" in path)
        text = (ROOT / path).read_text(encoding="utf-8")
        result, report = json_report_stdin(text)
        self.assertEqual(result.returncode, 1)
        document = report["documents"][0]
        self.assertEqual(document["path"], "<stdin>")
        self.assertEqual({finding["rule"] for finding in document["findings"]}, rules)
        _, from_file = json_report(path)
        self.assertEqual(document["findings"], from_file["documents"][0]["findings"])

    def test_unreadable_standard_input(self):
        result, report = json_report_stdin("<agreement")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(report["documents"][0]["status"], "unreadable")
        text = check("-", stdin="<agreement")
        self.assertTrue(text.stdout.startswith("<stdin>:1:"), text.stdout)


def json_report_stdin(text):
    result = check("--format", "json", "-", stdin=text)
    return result, json.loads(result.stdout)


class RulesCommandsTest(unittest.TestCase):
    def test_lint_of_the_shipped_rules(self):
        result = run("rules", "lint")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertRegex(result.stdout.splitlines()[-1], r"^mkb-route \S+: \d+ rules, 0 errors, \d+ warnings?$")
        self.assertEqual(run("rules", "lint", "--rules", "rules").stdout, result.stdout)

    def test_rule_tests_of_the_shipped_rules(self):
        result = run("rules", "test")
        lines = result.stdout.splitlines()
        match = SUMMARY.match(lines[-1])
        self.assertIsNotNone(match, result.stdout)
        self.assertGreater(int(match.group(1)), 0)
        self.assertRegex(result.stdout, r"(?m)^coverage: \d+/\d+ rules tested both ways$")
        self.assertEqual(match.group(2), "0", result.stdout)
        self.assertEqual(result.returncode, 0)

    def test_rule_tests_from_a_folder_report_a_wrong_expectation(self):
        with tempfile.TemporaryDirectory() as folder:
            rules = Path(folder) / "rules"
            shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("CMakeLists.txt", "*.cmake"))
            tests = sorted((rules / "tests").rglob("*.xml"))
            target = next(path for path in tests if "<?drieluik-expect " in path.read_text(encoding="utf-8"))
            text = target.read_text(encoding="utf-8")
            wrong = re.sub(r"<\?drieluik-expect (\S+) (\d+):(\d+)\?>", r"<?drieluik-expect \1 999:9?>", text, count=1)
            target.write_text(wrong, encoding="utf-8")
            result = run("rules", "test", "--rules", str(rules))
            self.assertEqual(result.returncode, 2)
            self.assertRegex(result.stdout, re.escape(str(target)) + r":\d+:1: error: expected \S+ at 999:9, but it ")
            self.assertRegex(result.stdout.splitlines()[-1], r"^\d+ passed, [1-9]\d* failed$")

    def test_explain(self):
        listing = run("explain", "--list")
        self.assertEqual(listing.returncode, 0)
        rows = listing.stdout.splitlines()
        _, report = json_report("examples/agreements")
        self.assertEqual(len(rows), report["ruleset"]["rules"] + 1)
        self.assertTrue(rows[0].startswith("regel"))
        rule_id = rows[1].split()[0]
        explained = run("explain", rule_id, "--lang", "en")
        self.assertEqual(explained.returncode, 0)
        self.assertTrue(explained.stdout.startswith(rule_id + ": "))
        for label in ("severity", "category", "applies to", "source", "defined in"):
            self.assertRegex(explained.stdout, rf"(?m)^  {label} +\S")
        self.assertIn(f"rule {rule_id}", explained.stdout)

    def test_explain_unknown_rule_suggests(self):
        rule_id = run("explain", "--list").stdout.splitlines()[1].split()[0]
        misspelt = rule_id[:-1] + ("X" if rule_id[-1] != "X" else "Y")
        result = run("explain", misspelt)
        self.assertEqual(result.returncode, 2)
        self.assertIn(f"unknown rule {misspelt}; did you mean '{rule_id}'?", result.stderr)


def main():
    global DRIELUIK, ROOT, UPDATE_GOLDEN
    arguments = sys.argv[1:]
    if len(arguments) < 2:
        sys.exit(__doc__)
    DRIELUIK = os.path.abspath(arguments.pop(0))
    ROOT = Path(arguments.pop(0)).resolve()
    if "--update-golden" in arguments:
        arguments.remove("--update-golden")
        UPDATE_GOLDEN = True
    unittest.main(argv=[sys.argv[0], *arguments], verbosity=1)


if __name__ == "__main__":
    main()
