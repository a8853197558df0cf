#!/usr/bin/env bash
# Builds the decoder fuzzer with clang in its own build directory and fuzzes for a bounded time.
#   run_fuzz_smoke.sh <source dir> <fuzz build dir> [seconds]
# Exit codes: 0 nothing found, 77 skipped (no clang/libFuzzer), anything else a failure; a crashing
# input is kept under <fuzz build dir>/artifacts/ (replay: fuzz_decoders <that file>).
set -euo pipefail
src="$1"
build="$2"
seconds="${3:-60}"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "clang++ not found: skipped"
  exit 77
fi
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' >"$probe/p.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cpp" -o "$probe/p" >"$probe/log" 2>&1; then
  echo "clang++ cannot link libFuzzer (install libclang-rt-14-dev): skipped"
  cat "$probe/log"
  exit 77
fi

start=$(date +%s)
if [ ! -f "$build/CMakeCache.txt" ]; then
  (cd "$src" && cmake --preset fuzz -B "$build" -DWK_FUZZ_SECONDS="$seconds" >"$probe/configure.log" 2>&1) \
    || { cat "$probe/configure.log"; exit 1; }
fi
cmake --build "$build" --target fuzz_decoders -j "${JOBS:-2}"
built=$(date +%s)
echo "fuzz_decoders built in $((built - start)) s"

work="$build/corpus"
artifacts="$build/artifacts"
mkdir -p "$work" "$artifacts"
fuzzer="$build/tests/fuzz/fuzz_decoders"
# Leak checking needs ptrace, which containers often deny; leaks are not what this hunts for.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
set +e
"$fuzzer" "$work" "$src/tests/fuzz/corpus" \
  -dict="$src/tests/fuzz/json.dict" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 -error_exitcode=1 -timeout_exitcode=1 \
  >"$build/fuzz.log" 2>&1
status=$?
# libFuzzer's own default for a finding is 77, which ctest would read as "skipped".
[ "$status" -eq 77 ] && status=1
set -e
# The tail holds the verdict: the final stats, or the crash report and the artifact's name.
tail -n 80 "$build/fuzz.log"
echo "fuzzed for $(( $(date +%s) - built )) s, exit status $status (full log: $build/fuzz.log)"
exit "$status"
