#!/usr/bin/python3
"""Hostile documents through the built `drieluik` binary.

    hostile_test.py PATH/TO/drieluik [unittest arguments]

Every input is generated into a temporary folder (the big and deep ones would be too large
to keep in the repository). Each case checks the exit code, the exact message and its
location, in the JSON report and in the text report, with the child process under a
time limit and (unless the binary is sanitized) an address-space limit of 1 GB, so that a
document that makes drieluik hang or balloon fails the test instead of the machine.

DRIELUIK_SANITIZED=1 (set by ctest for sanitizer builds): AddressSanitizer reserves far
more address space than 1 GB up front, so only the time limit applies.

Sizes: the default size limit is 64 MiB. A 200 MB document is refused before it is read,
from a file as well as from standard input. Raising --max-bytes is exercised with the
100 000-item document (about 6 MB) under a lower limit, so every case stays fast.
"""

import hashlib
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import unittest

BINARY = ""
AS_OF = "2026-11-23"
SANITIZED = os.environ.get("DRIELUIK_SANITIZED") == "1"
ADDRESS_SPACE = 1 << 30
TIMEOUT_SECONDS = 60
SECRET = "DRIELUIK-SECRET-7f3a9c"

# The minimal final agreement of document-model.md, with "{extra}" where a case inserts
# elements and "{items}" inside <costs>.
AGREEMENT = """<?xml version="1.0" encoding="UTF-8"?>
<agreement xmlns="urn:drieluik:agreement:1" id="AV-2025-0142" status="final">
  <programme>
    <institution brin="07GR">Avans Hogeschool</institution>
    <name>Ad Bouwkunde</name>
    <croho>80067</croho>
    <level>associate-degree</level>
    <credits>120</credits>
    <form>dual</form>
    <workModel>work-throughout</workModel>
    <startDate>2025-09-01</startDate>
  </programme>
  <student>
    <name>Zoë de Vries</name>
    <birthDate>2004-03-12</birthDate>
    <priorEducation>mbo-4</priorEducation>
  </student>
  <employer>
    <name>Bouwbedrijf Jansen B.V.</name>
    <kvk>12345678</kvk>
    <employees>42</employees>
    <cao>Bouw &amp; Infra</cao>
  </employer>
  <supervision>
    <workplaceSupervisor><name>Henk Jansen</name><hoursPerWeek>2</hoursPerWeek><trained>true</trained></workplaceSupervisor>
    <institutionSupervisor><name>dr. A. Bakker</name></institutionSupervisor>
  </supervision>
  <employment>
    <contractType>fixed-term</contractType>
    <startDate>2025-09-01</startDate>
    <endDate>{end}</endDate>
    <hoursPerWeek>38</hoursPerWeek>
    <probationMonths>2</probationMonths>
    <salary per="month" currency="EUR">2450.00</salary>
    <paidStudyHoursPerWeek>8</paidStudyHoursPerWeek>
  </employment>
  <workplaceLearning>
    <qualification assessment="portfolio met beoordeling door praktijkbegeleider en docent">Bouwkundig ontwerp uitwerken in BIM</qualification>
  </workplaceLearning>
  <schedule>
    <year n="1" workDays="4" schoolDays="1"/>
    <year n="2" workDays="4" schoolDays="1"/>
  </schedule>
  <costs>
    <item kind="tuition" payer="employer" amount="2601.00"/>
    <item kind="laptop" payer="employer" amount="900.00"/>{items}
  </costs>
  <repayment>
    <maxAmount currency="EUR">{max_amount}</maxAmount>
    <bindingMonths>24</bindingMonths>
    <covers>tuition laptop{covers}</covers>
    <scale>
      <step untilMonth="12" percent="100"/>
      <step untilMonth="24" percent="50"/>
    </scale>
    <exemptions>
      <exemption reason="employer-termination"/>
      <exemption reason="non-renewal-by-employer"/>
    </exemptions>
  </repayment>
  <termination>
    <clause event="student-stops-study">De overeenkomst eindigt op de dag dat de student zich uitschrijft.</clause>
    <clause event="employment-ends">Eindigt het dienstverband, dan zoekt de hogeschool een andere werkplek.</clause>
  </termination>
  <signatures>
    <signature party="student" name="Zoë de Vries" date="2025-06-20"/>
    <signature party="employer" name="H. Jansen" date="2025-06-21"/>
    <signature party="institution" name="M. de Boer" date="2025-06-24"/>
  </signatures>
</agreement>
"""


def agreement(end="2027-08-31", items="", max_amount="3501.00", covers=""):
    return AGREEMENT.format(end=end, items=items, max_amount=max_amount, covers=covers)


def line_of(text, needle):
    """1-based line and column (in code points) of the first occurrence of `needle`."""
    offset = text.index(needle)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def limit_resources():
    if not SANITIZED:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


class Run:
    def __init__(self, completed):
        self.code = completed.returncode
        self.stdout = completed.stdout.decode("utf-8", errors="replace")
        self.stderr = completed.stderr.decode("utf-8", errors="replace")

    def report(self):
        return json.loads(self.stdout)


class HostileTest(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory(prefix="drieluik-hostile-")
        self.dir = pathlib.Path(self.folder.name)

    def tearDown(self):
        self.folder.cleanup()

    def write(self, name, content):
        path = self.dir / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    def drieluik(self, *args, stdin=None):
        completed = subprocess.run([BINARY, *map(str, args)], input=stdin, capture_output=True,
                                   timeout=TIMEOUT_SECONDS, preexec_fn=limit_resources, cwd=self.dir)
        return Run(completed)

    def check(self, path, *options, fmt="json", stdin=None):
        return self.drieluik("check", "--format", fmt, "--as-of", AS_OF, *options, path, stdin=stdin)

    def assert_unreadable(self, name, content, message, line, column, *options):
        """`content` is refused as unreadable with exactly `message` at line:column, in the
        JSON report and in the text report."""
        self.write(name, content)
        run = self.check(name, *options)
        self.assertEqual(run.code, 2, run.stderr)
        [document] = run.report()["documents"]
        self.assertEqual(document["status"], "unreadable")
        self.assertEqual(document["error"], {"message": message, "line": line, "column": column})
        text = self.check(name, *options, fmt="text")
        self.assertEqual(text.code, 2)
        self.assertIn(f"{name}:{line}:{column}: error[unreadable]: {message}", text.stdout + text.stderr)

    # --- not well-formed ------------------------------------------------------------------

    def test_truncated_file(self):
        text = agreement()
        cut = text.index("<employment>")
        line, column = line_of(text, "<employment>")
        self.assert_unreadable("truncated.xml", text[:cut], "not well-formed XML: start-end tags mismatch",
                               line, column - 1)

    def test_mismatched_tags(self):
        text = agreement().replace("<name>Ad Bouwkunde</name>", "<name>Ad Bouwkunde</naam>")
        line, column = line_of(text, "naam>")
        self.assert_unreadable("mismatched.xml", text, "not well-formed XML: start-end tags mismatch", line, column)

    def test_invalid_utf8(self):
        data = agreement().encode("utf-8").replace("Zoë de Vries</name>".encode(), b"Zo\xc3\x28 de Vries</name>")
        line, column = line_of(agreement(), "Zoë de Vries</name>")
        offset = data.index(b"\xc3\x28")
        self.assert_unreadable("invalid-utf8.xml", data, f"invalid UTF-8 at byte {offset} (line {line})",
                               line, column + 2)

    def test_utf16_without_byte_order_mark(self):
        self.assert_unreadable("utf16.xml", agreement().encode("utf-16-le"),
                               "invalid character U+0000 at byte 1 (line 1); UTF-16 needs a byte order mark", 1, 2)

    def test_utf16_with_byte_order_mark_is_read(self):
        path = self.write("utf16-bom.xml", agreement().replace('encoding="UTF-8"', 'encoding="UTF-16"')
                          .encode("utf-16"))
        run = self.check(path.name)
        self.assertEqual(run.report()["documents"][0]["status"], "checked", run.stdout)

    def test_nul_bytes(self):
        data = agreement().replace("Henk Jansen", "Henk\0Jansen")
        line, column = line_of(data, "\0")
        offset = data.encode("utf-8").index(b"\0")
        self.assert_unreadable("nul.xml", data, f"invalid character U+0000 at byte {offset} (line {line})",
                               line, column)

    def test_duplicate_attributes(self):
        text = agreement().replace('<item kind="laptop"', '<item kind="laptop" kind="tuition"')
        line, column = line_of(text, 'kind="tuition" payer="employer" amount="900.00"')
        self.assert_unreadable("duplicate.xml", text, "/agreement/costs/item[2]: duplicate attribute kind",
                               line, column)

    # --- entities ---------------------------------------------------------------------------

    def test_billion_laughs(self):
        entities = ['<!ENTITY lol "lol">'] + [
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
        doctype = "<!DOCTYPE agreement [\n" + "\n".join(entities) + "\n]>\n"
        text = agreement().replace("\n<agreement", "\n" + doctype + "<agreement", 1) \
            .replace("Zoë de Vries</name>", "&lol9;</name>")
        self.assert_unreadable("laughs.xml", text, "DOCTYPE declarations are not allowed", 2, 1)

    def test_external_entity_is_never_read(self):
        secret = self.write("secret.txt", SECRET)
        doctype = f'<!DOCTYPE agreement [<!ENTITY secret SYSTEM "file://{secret}">]>\n'
        text = agreement().replace("\n<agreement", "\n" + doctype + "<agreement", 1) \
            .replace("Zoë de Vries</name>", "&secret;</name>")
        self.assert_unreadable("external.xml", text, "DOCTYPE declarations are not allowed", 2, 1)
        for fmt in ("text", "json", "sarif", "junit", "html"):
            run = self.check("external.xml", fmt=fmt)
            self.assertEqual(run.code, 2, fmt)
            self.assertNotIn(SECRET, run.stdout + run.stderr, fmt)

    # --- size and depth -----------------------------------------------------------------------

    def test_a_million_levels_deep(self):
        depth = 1_000_000
        text = agreement().replace("<cao>", "<x:deep xmlns:x='urn:example'>" + "<x:d>" * depth + "</x:d>" * depth
                                   + "</x:deep><cao>")
        # agreement, employer and x:deep are levels 1 to 3: the 62nd x:d is level 65.
        line, column = line_of(text, "<x:d>")
        self.assert_unreadable("deep.xml", text, "/agreement/employer: elements nested deeper than 64 levels",
                               line, column + 61 * len("<x:d>"))

    def test_max_depth_option(self):
        text = agreement()
        line, column = line_of(text, "<name>Henk")
        self.assert_unreadable("nested.xml", text,
                               "/agreement/supervision/workplaceSupervisor/name: elements nested deeper than 3 levels",
                               line, column, "--max-depth", "3")

    def test_200_mb_document_is_refused_before_reading(self):
        path = self.dir / "huge.xml"
        with open(path, "wb") as out:
            out.write(agreement().encode("utf-8"))
            out.truncate(200_000_000)  # sparse: refused by its size, the content never read
        run = self.check("huge.xml")
        self.assertEqual(run.code, 2)
        self.assertEqual(run.report()["documents"][0]["error"],
                         {"message": "document is 200000000 bytes; the limit is 67108864 bytes", "line": 0, "column": 0})

    def test_200_mb_from_standard_input_is_refused(self):
        data = agreement().encode("utf-8") + b" " * 200_000_000
        run = self.check("-", stdin=data)
        self.assertEqual(run.code, 2)
        self.assertEqual(run.report()["documents"][0]["error"],
                         {"message": "document is more than 67108864 bytes; the limit is 67108864 bytes",
                          "line": 0, "column": 0})

    # --- repetition, numbers and dates ----------------------------------------------------------

    def hundred_thousand_items(self, max_amount):
        """100 000 extra employer-paid materials items of € 0.01: € 1 000.00 in all."""
        items = '\n    <item kind="materials" payer="employer" amount="0.01"/>' * 100_000
        return agreement(items=items, max_amount=max_amount, covers=" materials")

    def test_100000_items_are_summed_exactly(self):
        self.write("items-ok.xml", self.hundred_thousand_items("4501.00"))
        text = self.hundred_thousand_items("4501.01")
        self.write("items-over.xml", text)
        run = self.check(".")
        self.assertEqual(run.code, 1, run.stderr)
        documents = {d["path"]: d for d in run.report()["documents"]}
        self.assertEqual([f["rule"] for f in documents["./items-ok.xml"]["findings"]], [])
        [finding] = documents["./items-over.xml"]["findings"]
        line, column = line_of(text, "<maxAmount")
        self.assertEqual((finding["rule"], finding["location"]["line"], finding["location"]["column"]),
                         ("REP-MAX", line, column))

    def test_max_bytes_limit_can_be_lowered_and_raised(self):
        text = self.hundred_thousand_items("4501.00")
        self.write("items.xml", text)
        run = self.check("items.xml", "--max-bytes", "1000000")
        self.assertEqual(run.report()["documents"][0]["error"]["message"],
                         f"document is {len(text.encode())} bytes; the limit is 1000000 bytes")
        run = self.check("items.xml", "--max-bytes", "10000000")
        self.assertEqual(run.report()["documents"][0]["status"], "checked")

    def test_numbers_with_a_thousand_digits(self):
        digits = "9" * 1000
        shown = "9" * 40 + "…"  # messages quote the first 40 characters
        cases = [("<employees>42", f"<employees>{digits}",
                  f'/agreement/employer/employees: "{shown}" is not a count (a whole number, 0 or more)'),
                 ('<salary per="month" currency="EUR">2450.00', f'<salary per="month" currency="EUR">{digits}.00',
                  f'/agreement/employment/salary: "{shown}" is not an amount of money'),
                 ("<hoursPerWeek>38", f"<hoursPerWeek>0.{digits}",
                  f'/agreement/employment/hoursPerWeek: "0.{shown[2:]}" is not a decimal number')]
        for original, replacement, message in cases:
            with self.subTest(message):
                text = agreement().replace(original, replacement)
                line, column = line_of(text, replacement)
                self.assert_unreadable("digits.xml", text, message, line, column)

    def test_year_zero_is_not_a_date(self):
        text = agreement(end="0000-01-01")
        line, column = line_of(text, "<endDate>")
        self.assert_unreadable("year-zero.xml", text, '/agreement/employment/endDate: "0000-01-01" is not a date',
                               line, column)

    def test_largest_values_are_computed_exactly_or_undecided(self):
        """Sums of 30-digit amounts and hours are exact; a date past 9999-12-31 has no value,
        so the rules that need one are undecided (never passed, never a crash)."""
        big = "9" * 28 + ".99"  # 30 significant digits, the most a decimal may have
        huge_hours = agreement().replace("<hoursPerWeek>38</hoursPerWeek>", f"<hoursPerWeek>{'9' * 29}</hoursPerWeek>")
        huge_items = agreement(items=f'\n    <item kind="materials" payer="employer" amount="{big}"/>' * 50,
                               covers=" materials", max_amount=big)
        last_day = agreement(end="9999-12-31")
        for name, text in (("huge-hours.xml", huge_hours), ("huge-items.xml", huge_items), ("last-day.xml", last_day)):
            self.write(name, text)
        run = self.check(".")
        self.assertEqual(run.code, 1, run.stderr)
        documents = run.report()["documents"]
        outcome = {d["path"]: ([f["rule"] for f in d["findings"]], [u["rule"] for u in d["undecided"]])
                   for d in documents}
        self.assertEqual(outcome, {
            "./huge-hours.xml": (["SAL-MINIMUM"], []),
            "./huge-items.xml": ([], []),
            # A contract ending on the last representable day: "end + 1 day" has no value.
            "./last-day.xml": ([], ["DUR-NOMINAL", "DUR-ONE-YEAR", "DUR-PROBATION", "DUR-PROBATION-CAO"]),
        })
        self.assertEqual(documents[2]["undecided"][0]["reason"], "employment.endDate + 1 day valt buiten de kalender")

    # --- batches and side effects -----------------------------------------------------------

    def test_every_readable_document_is_reported_when_others_fail(self):
        self.write("a-good.xml", agreement())
        self.write("b-broken.xml", agreement()[:200])
        self.write("c-good.xml", agreement(max_amount="9999.00"))
        self.write("d-binary.xml", b"\x00\x01\x02")
        run = self.check(".")
        self.assertEqual(run.code, 2)
        statuses = [(d["path"], d["status"]) for d in run.report()["documents"]]
        self.assertEqual(statuses, [("./a-good.xml", "checked"), ("./b-broken.xml", "unreadable"),
                                    ("./c-good.xml", "checked"), ("./d-binary.xml", "unreadable")])
        self.assertEqual(run.report()["summary"]["unreadable"], 2)

    def test_inputs_are_never_written(self):
        self.write("good.xml", agreement())
        self.write("broken.xml", agreement()[:300])
        self.write("deep.xml", "<a>" * 100_000)

        def state():
            return {p.name: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
                    for p in sorted(self.dir.iterdir())}

        before = state()
        for fmt in ("text", "json", "sarif", "junit", "html"):
            self.check(".", fmt=fmt)
        self.assertEqual(state(), before)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main()
