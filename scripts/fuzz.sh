#!/usr/bin/env bash
# fuzz.sh [TARGET ...]: builds the libFuzzer targets of Fuzz/ (with -sanitize=fuzzer,address)
# and runs each for FUZZ_TIME seconds (default 60), one after the other, then prints a table
# of runs, executions per second and new coverage. A crash, leak, timeout or failed check
# stops that target and makes the script fail; the input is kept in .build-fuzz/crashes/.
#
#   make fuzz                          every target, 60 s each
#   FUZZ_TIME=600 make fuzz            the long runs of docs/fuzzing.md
#   scripts/fuzz.sh MarkdownFuzzer     one target
#   FUZZ_JOBS=2 make fuzz              two targets at a time (one per core)
#   scripts/fuzz.sh --build-only       only build them (make test builds them beside its
#                                      other steps, then runs them)
#
# Each target starts from its seeds (Fuzz/Corpus/TARGET) and its regression inputs
# (Fuzz/Regressions/TARGET, every input that once failed); what it finds is kept in
# .build-fuzz/corpus/TARGET for the next run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

time_per_target=${FUZZ_TIME:-60}
jobs=${FUZZ_JOBS:-1}
scratch=.build-fuzz
all_targets=(FrontMatterFuzzer MustacheFuzzer MarkdownFuzzer SiteConfigFuzzer RequestFuzzer ImageHeaderFuzzer SVGFuzzer)
build_only=0
if [ "${1:-}" = --build-only ]; then build_only=1; shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# ld.gold fails on the sanitizer runtime with an internal error; lld ships with Swift 6.
linker=()
swiftc_dir=$(dirname "$(command -v swiftc 2>/dev/null || command -v swift)")
if [ -x "$swiftc_dir/ld.lld" ] || command -v ld.lld >/dev/null; then linker=(-Xswiftc -use-ld=lld); fi
# -enable-testing lets the request, site.yml and SVG targets reach internal parsers.
swift build -c release --package-path Fuzz --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing "${linker[@]}" 2>&1 |
  grep -Ev '^\[[0-9]+/[0-9]+\]' || true
[ -x "$scratch/release/${targets[0]}" ] || { echo "error: the fuzz targets did not build" >&2; exit 1; }
[ "$build_only" -eq 0 ] || exit 0

# The longest input each target tries. The request parser needs room to pass its 8 KiB line
# and 32 KiB header limits; the others see article-sized texts.
max_len() {
  case $1 in
    RequestFuzzer) echo 40000 ;;
    *) echo 65536 ;;
  esac
}

run_target() {
  local target=$1
  local corpus="$scratch/corpus/$target" crashes="$scratch/crashes/$target" log="$scratch/logs/$target.log"
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  local seeds=("Fuzz/Corpus/$target")
  [ -d "Fuzz/Regressions/$target" ] && seeds+=("Fuzz/Regressions/$target")
  # ASan's leak check runs at exit; a 10 s timeout flags inputs that take quadratic time.
  # Swift's own crash handler would race libFuzzer's and garble the report.
  # Leaks that are Foundation's, not Zeche's, are listed (with reasons) in the sanitizers' file.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/scripts/sanitizers/lsan.supp "$scratch/release/$target" "$corpus" "${seeds[@]}" \
    -max_total_time="$time_per_target" -max_len="$(max_len "$target")" -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
}

summary() {
  local target=$1 status=$2 log="$scratch/logs/$1.log"
  local runs speed seconds cov
  runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
  speed=$(awk '/stat::average_exec_per_sec/ {print $2}' "$log")
  seconds=$(awk '/^Done [0-9]+ runs in/ {print $5}' "$log")
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
  printf '%-18s %8s s %12s runs %9s exec/s %7s edges  %s\n' "$target" "${seconds:--}" "${runs:--}" \
    "${speed:--}" "${cov:--}" "$status"
}

# What a target's log shows when it failed: a sanitizer's report, a Swift runtime trap, a
# signal, or an input that ran past the timeout.
failure='^(==[0-9]+==ERROR|SUMMARY: |.*Fatal error|.*deadly signal|ALARM: working on the last Unit)'
failed=0
declare -A statuses=()
running=0
for target in "${targets[@]}"; do
  [ -x "$scratch/release/$target" ] || { echo "error: no fuzz target '$target' (known: ${all_targets[*]})" >&2; exit 2; }
  echo "Fuzzing $target for ${time_per_target} s ..." >&2
  ( run_target "$target" ) &
  statuses[$!]=$target
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

report="$scratch/fuzz-report.txt"
: >"$report"
for target in "${targets[@]}"; do
  log="$scratch/logs/$target.log"
  if grep -qE "$failure" "$log"; then
    status="FAILED: see $log and $scratch/crashes/$target/"
    failed=1
  else
    status=ok
  fi
  summary "$target" "$status" | tee -a "$report"
done
# Each failed target's error, its first stack frames and the input that caused it (libFuzzer
# prints small inputs in Base64), so that a CI log that shows only its end still names them.
for target in "${targets[@]}"; do
  log="$scratch/logs/$target.log"
  grep -qE "$failure" "$log" || continue
  echo
  echo "== $target"
  grep -E -m1 -A14 "$failure" "$log"
  grep -E '^(SUMMARY: |Base64: )|Test unit written to ' "$log" | head -n 4 || true
done
exit $failed
