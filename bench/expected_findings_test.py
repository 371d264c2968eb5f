#!/usr/bin/python3
"""Generated documents produce exactly the findings they were generated to produce.

    expected_findings_test.py PATH/TO/drieluik [COUNT [SEED]]

bench/generate.py writes realistic agreements and programme applications, half of them
breaking one to four catalogue rules on purpose, with the rule ids each one must produce
in expected.json. This checks every document of such a folder with the built-in rule set
and compares the set of rule ids found with that list: a benchmark that measured
documents the engine misreads would measure the wrong thing, and a rule that stopped
firing (or fired on a clean agreement) shows up here on realistic input.
"""

import json
import pathlib
import subprocess
import sys
import tempfile

GENERATOR = pathlib.Path(__file__).resolve().parent / "generate.py"
AS_OF = "2026-11-23"  # the generator dates every signature before this day


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary, count, seed = sys.argv[1], (sys.argv[2:3] or ["300"])[0], (sys.argv[3:4] or ["17"])[0]
    with tempfile.TemporaryDirectory(prefix="drieluik-generated-") as folder:
        subprocess.run([sys.executable, GENERATOR, "--count", count, "--seed", seed, "--large", "1", "--out", folder],
                       check=True, stdout=subprocess.DEVNULL)
        expected = json.loads((pathlib.Path(folder) / "expected.json").read_text())
        run = subprocess.run([binary, "check", "--format", "json", "--as-of", AS_OF, folder], capture_output=True)
        if run.returncode not in (0, 1):
            sys.exit(f"drieluik check exited with {run.returncode}:\n{run.stderr.decode()}")
        report = json.loads(run.stdout)

    wrong = []
    for document in report["documents"]:
        name = pathlib.Path(document["path"]).name
        if document["status"] != "checked":
            wrong.append(f"{name}: unreadable: {document['error']}")
            continue
        found = sorted({finding["rule"] for finding in document["findings"]})
        undecided = sorted(item["rule"] for item in document["undecided"])
        if found != expected[name] or undecided:
            wrong.append(f"{name}: expected {expected[name]}, found {found}, undecided {undecided}")
    if len(report["documents"]) != len(expected):
        wrong.append(f"{len(report['documents'])} documents reported, {len(expected)} generated")
    for line in wrong:
        print(line)
    print(f"{len(expected) - len(wrong)} of {len(expected)} documents as expected")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
