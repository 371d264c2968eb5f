#!/usr/bin/python3
"""Runs a command REPEAT times and prints its wall time and peak memory as one line:
`median_ms min_ms peak_rss_mb exit_code`. Output of the command goes to /dev/null.

    bench/measure.py [--repeat N] -- COMMAND ARGS...

Peak memory is the largest resident set of the command. The exit code is the last run's.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

# Wall time is measured without any launcher in between (GNU time alone costs 3 ms).
# Peak memory comes from GNU time when installed: wait4's figure for the child also counts
# this Python process's pages, which the child maps until it executes the command (~10 MB).
GNU_TIME = "/usr/bin/time"


def run_once(command):
    """Wall time in ms, peak RSS in MB (including this process's pages, see above) and
    exit code of one run."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=null, stderr=null)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = (time.perf_counter() - start) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4 already
    return elapsed, usage.ru_maxrss / 1024, child.returncode


def peak_rss_mb(command):
    """The command's own peak RSS, measured by GNU time in one more run."""
    with open(os.devnull, "wb") as null, tempfile.NamedTemporaryFile("r") as report:
        subprocess.call([GNU_TIME, "-q", "-f", "%M", "-o", report.name] + command, stdout=null, stderr=null)
        return int(report.read().split()[-1]) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command or args.repeat < 1:
        parser.error("give a command after --, and a repeat count of at least 1")
    runs = [run_once(command) for _ in range(args.repeat)]
    times = [r[0] for r in runs]
    peak = peak_rss_mb(command) if os.path.exists(GNU_TIME) else max(r[1] for r in runs)
    print(f"{statistics.median(times):.1f} {min(times):.1f} {peak:.1f} {runs[-1][2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
