#!/usr/bin/python3
"""The shipped rule set as data: its tables and profiles change outcomes without a rebuild.

    shipped_rules_test.py DRIELUIK REPOSITORY

Runs the built binary with `--rules` on a copy of rules/ that a test edits, and with the
shipped `strict` profile, and compares the findings with those of the unchanged rule set.
"""

import json
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

DRIELUIK = ""
ROOT = Path()
AS_OF = "2026-11-23"
VALID = "examples/agreements/ad-bouwkunde-valid.xml"
ONE_YEAR = "examples/agreements/ad-bouwkunde-one-year-contract.xml"


def findings(*arguments):
    """(rule, severity) of every finding of one document, and the exit status."""
    result = subprocess.run([DRIELUIK, "check", "--as-of", AS_OF, "--format", "json", *arguments],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    (document,) = report["documents"]
    return [(f["rule"], f["severity"]) for f in document["findings"]], result.returncode


def copy_of_rules(folder):
    rules = Path(folder) / "rules"
    shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("CMakeLists.txt", "*.cmake"))
    return rules


class MinimumWageTable(unittest.TestCase):
    def test_the_shipped_table_and_a_copy_of_it_agree(self):
        with tempfile.TemporaryDirectory() as folder:
            rules = copy_of_rules(folder)
            self.assertEqual(findings("--rules", str(rules), VALID), findings(VALID))
            self.assertEqual(findings(VALID), ([], 0))

    def test_a_new_row_changes_the_outcome_without_rebuilding(self):
        # € 2 450,00 a month for 38 hours a week is € 14,87 an hour: above the 2026 rate of
        # € 14,71, below a (hypothetical) rate of € 15,00 from 1 July 2026, which falls
        # within the contract (1 September 2025 to 31 August 2027).
        with tempfile.TemporaryDirectory() as folder:
            rules = copy_of_rules(folder)
            tables = rules / "tables.rules"
            text = tables.read_text(encoding="utf-8")
            last_row = "  from 2026-01-01: € 14.71\n"
            self.assertIn(last_row, text)
            tables.write_text(text.replace(last_row, last_row + "  from 2026-07-01: € 15.00\n"),
                              encoding="utf-8")
            self.assertEqual(findings("--rules", str(rules), VALID),
                             ([("SAL-MINIMUM-DURING", "warning")], 0))

    def test_a_row_in_force_at_the_start_makes_the_salary_too_low(self):
        with tempfile.TemporaryDirectory() as folder:
            rules = copy_of_rules(folder)
            tables = rules / "tables.rules"
            text = tables.read_text(encoding="utf-8")
            tables.write_text(text.replace("from 2025-07-01: € 14.40", "from 2025-07-01: € 15.00"),
                              encoding="utf-8")
            self.assertEqual(findings("--rules", str(rules), VALID), ([("SAL-MINIMUM", "error")], 1))


class StrictProfile(unittest.TestCase):
    def test_strict_raises_duration_advice_and_warning(self):
        default, _ = findings(ONE_YEAR)
        strict, _ = findings("--profile", "strict", ONE_YEAR)
        self.assertIn(("DUR-NOMINAL", "advice"), default)
        self.assertIn(("DUR-ONE-YEAR", "warning"), default)
        self.assertIn(("DUR-NOMINAL", "warning"), strict)
        self.assertIn(("DUR-ONE-YEAR", "error"), strict)
        self.assertEqual(sorted(rule for rule, _ in default), sorted(rule for rule, _ in strict))

    def test_strict_leaves_a_valid_agreement_valid(self):
        self.assertEqual(findings("--profile", "strict", VALID), ([], 0))


if __name__ == "__main__":
    DRIELUIK = str(Path(sys.argv[1]).resolve())
    ROOT = Path(sys.argv[2]).resolve()
    unittest.main(argv=[sys.argv[0], *sys.argv[3:]], verbosity=2)
