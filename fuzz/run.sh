#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer, address and undefined-behaviour sanitizers)
# and runs every fuzz target for a bounded time, starting from seeds copied at run time:
# rules/ for fuzz_rules, examples/ and a few generated agreements for fuzz_document, and
# fuzz/regressions/<target>/ for both. Exits 1 when a target crashed, hung or ran out of
# memory; the input that did it is in build/fuzz/crashes/<target>/ and, once fixed,
# belongs in fuzz/regressions/<target>/ (ctest replays that folder in every build).
# Exits 2 when the targets do not build.
#   FUZZ_SECONDS=60  time per target
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
targets=(fuzz_rules fuzz_document)
build=build/fuzz

cmake --preset fuzz >/dev/null
if ! cmake --build "$build" --target "${targets[@]}" -j 2 >"$build/build.log" 2>&1; then
    tail -n 40 "$build/build.log"
    echo "building the fuzz targets failed (log: $build/build.log)" >&2
    exit 2
fi

seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/fuzz_rules" "$seeds/fuzz_document"
find rules -name '*.rules' -exec cp {} "$seeds/fuzz_rules/" \;
find examples -name '*.xml' -exec cp --backup=numbered {} "$seeds/fuzz_document/" \;
/usr/bin/python3 bench/generate.py --count 40 --seed 11 --out "$seeds/generated" >/dev/null
cp "$seeds"/generated/*.xml "$seeds/fuzz_document/"

failed=()
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    inputs=("$corpus" "$seeds/$target")
    [ -d "fuzz/regressions/$target" ] && inputs+=("fuzz/regressions/$target")
    echo "== $target: ${seconds}s"
    if ! "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
            -dict="fuzz/$target.dict" -artifact_prefix="$crashes/" -print_final_stats=1 \
            "${inputs[@]}" 2>"$build/$target.log"; then
        tail -n 60 "$build/$target.log"
        failed+=("$target")
    else
        grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^Done' "$build/$target.log" || true
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $build/crashes/)" >&2
    exit 1
fi
echo "fuzzing: no crashes in ${targets[*]}"
