#!/usr/bin/env bash
# clang-tidy's bugprone and performance checks (.clang-tidy) over every source file of the
# build: the project's own code, its tests, the benchmark and the fuzz targets. Exits 1
# when anything is reported.
#   scripts/tidy.sh [BUILD_DIR]   a configured build folder (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/release}
if [ ! -f "$build/compile_commands.json" ]; then
    echo "no $build/compile_commands.json: configure the build first (cmake --preset release)" >&2
    exit 2
fi
# The embedded rule set is generated into the build folder; everything else is ours.
sources="^$(pwd)/(src|grammar|tests|bench|fuzz)/"
# GCC's warning options that clang does not know are not clang-tidy's concern.
run-clang-tidy-14 -p "$build" -j "$(nproc)" -quiet -extra-arg=-Wno-unknown-warning-option "$sources" \
    >"$build/tidy.log" 2>&1 || true
if grep -E "(warning|error): " "$build/tidy.log" | sort -u; then
    echo "clang-tidy reported the above (full log: $build/tidy.log)" >&2
    exit 1
fi
echo "clang-tidy: no findings in $(grep -c '"file"' "$build/compile_commands.json") files"
