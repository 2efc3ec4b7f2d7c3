#!/usr/bin/env bash
# test.sh: what `make test` runs, every check, with independent steps overlapping:
#
#   lane 1  the debug build with the tests, then the Swift Testing suites in several processes
#   lane 2  the site checks (check-sites.sh), the live-reload check, the accessibility check
#           (axe-core on every page type), the workflow linters, the man page's check, the
#           benchmark plot's check (scripts/bench/test-plot.py, a second) and the write floor's
#           (scripts/bench/test-write-floor.py, a second)
#   lane 3  the fuzz targets' release build (niced, from the start), then 10 s of each target
#
# Lane 2 waits for the debug build (it uses .build/debug/zeche); lane 3's fuzzing waits for
# the other lanes, so that each fuzz target has its core to itself. Each step's output goes
# to .build/test-logs/STEP.log and is printed when the step ends; a table of the steps' times
# ends the run. Exit 1 when any step fails.
#
# Why several test processes: Swift Testing runs tests on the cooperative thread pool, which
# has one thread per core. Tests that wait (for a child process, a timeout, a file watcher's
# quiet period) hold their thread while the cores idle; with two cores, two such tests stall
# the whole run. Each process has a pool of its own. The shards split the tests by module and
# suite; the last one takes everything the others do not name, so a new test or suite always
# runs somewhere, and the run fails unless the shards together ran every test once.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

logs=.build/test-logs
rm -rf "$logs"
mkdir -p "$logs"
started=$(date +%s.%N)
TIMEFORMAT='%R %U %S'
swift=${SWIFT:-swift}

# The fuzz build runs in a process group of its own (set -m), so that it can be stopped when
# the debug build fails; Ctrl-C or a TERM to the script stops it and the other lanes.
fuzz_build=""
stop_fuzz_build() { [ -z "$fuzz_build" ] || kill -TERM -- "-$fuzz_build" 2>/dev/null; }
trap 'trap - INT TERM; stop_fuzz_build; kill -TERM 0 2>/dev/null' INT TERM
trap stop_fuzz_build EXIT

elapsed() { echo "$(date +%s.%N) $started" | awk '{printf "%6.1f", $1 - $2}'; }

# step NAME COMMAND...: runs COMMAND with its output in NAME.log, its status in NAME.status
# and its wall, user and system seconds in NAME.time.
step() {
  local name=$1
  shift
  echo "[$(elapsed) s] $name: started" >&2
  local status
  { time "$@" >"$logs/$name.log" 2>&1; } 2>"$logs/$name.time"
  status=$?
  echo "$status" >"$logs/$name.status"
  echo "[$(elapsed) s] $name: $([ "$status" -eq 0 ] && echo ok || echo "FAILED (exit $status)")" >&2
  return "$status"
}

# Prints a step's log, or for the test shards (thousands of lines) the summary and any
# failure, with the whole log only when the shard failed.
show() {
  local name=$1 status
  status=$(cat "$logs/$name.status" 2>/dev/null || echo 1)
  echo "== $name"
  if [[ $name == tests-* ]] && [ "$status" -eq 0 ]; then
    grep -E 'Test run with|Executed [0-9]+ tests?' "$logs/$name.log" | tail -n 2
  else
    cat "$logs/$name.log"
  fi
}

# A failed step's cause in a few lines: a test shard's failed expectations, or the end of
# any other step's log (fuzz.sh ends with each failed target's error and input).
brief() {
  local name=$1
  if [[ $name == tests-* ]]; then
    grep -E '✘|error:|Fatal error' "$logs/$name.log" | head -n 30
  else
    tail -n 30 "$logs/$name.log"
  fi
}

# The test shards: a filter each, and a last one that skips what the others take.
test_binary=.build/debug/ZechePackageTests.xctest
shard_filters=(
  'ZecheCLITests\.(InspectDifferentialTests|MustacheCommandTests)/'
  'ZecheCLITests\.(KillTests|PublishTests)/'
  'ZecheCLITests\.HostileSiteTests/'
  'ZecheCLITests\.'
  'ZechePreviewTests\.'
  'ZecheKitTests\.'
)

run_tests() {
  if [ "$(uname)" != Linux ] || [ ! -x "$test_binary" ]; then
    step tests-all "$swift" test --skip-build
    return
  fi
  local pids=() index skip=""
  for index in "${!shard_filters[@]}"; do
    local filter=${shard_filters[$index]}
    local args=(--testing-library swift-testing --filter "$filter")
    [ -n "$skip" ] && args+=(--skip "$skip")
    step "tests-$((index + 1))" "$test_binary" "${args[@]}" &
    pids+=($!)
    skip=${skip:+$skip|}$filter
  done
  # The rest, through swift test, which also runs any XCTest tests.
  step "tests-$((${#shard_filters[@]} + 1))" "$swift" test --skip-build --skip "$skip" &
  pids+=($!)
  local failed=0
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  # Every test ran exactly once: the shards' counts add up to the list of all tests.
  local listed ran
  listed=$("$test_binary" --testing-library swift-testing --list-tests 2>/dev/null | grep -c .)
  ran=$(cat "$logs"/tests-*.log | sed -nE 's/.*Test run with ([0-9]+) tests?.*/\1/p' | awk '{sum += $1} END {print sum + 0}')
  if [ "$ran" -ne "$listed" ]; then
    echo "error: the test shards ran $ran tests, but the test binary lists $listed" >&2
    failed=1
  fi
  return $failed
}

# Lane 3 starts at once and yields the cores to the others.
set -m
(step fuzz-build nice -n 10 scripts/fuzz.sh --build-only) &
fuzz_build=$!
set +m

step build "$swift" build --build-tests
build_status=$?
if [ "$build_status" -ne 0 ]; then
  show build
  echo "make test: the build failed" >&2
  exit 1
fi

(
  step check-sites scripts/check-sites.sh .build/debug/zeche
  step live-reload scripts/check-live-reload.py .build/debug/zeche
  step accessibility scripts/check-accessibility.py .build/debug/zeche
  step lint-workflows scripts/lint-workflows.sh
  step bench-plot scripts/bench/test-plot.py
  step bench-write-floor scripts/bench/test-write-floor.py
  if [ -x scripts/man-page.py ]; then
    step man-page scripts/man-page.py .build/debug/zeche --check
  else
    echo "[$(elapsed) s] man-page: skipped, this tree has no scripts/man-page.py" >&2
  fi
) &
site_lane=$!
tests_status=0
run_tests || tests_status=1
wait "$site_lane"
wait "$fuzz_build"
fuzz_build=""
if [ "$(cat "$logs/fuzz-build.status")" -eq 0 ]; then
  FUZZ_TIME=10 FUZZ_JOBS=2 step fuzz scripts/fuzz.sh
fi

steps=(build $(cd "$logs" && ls tests-*.status | sed 's/\.status$//' | sort -V) check-sites live-reload accessibility lint-workflows bench-plot bench-write-floor man-page fuzz-build fuzz)
failed=()
for name in "${steps[@]}"; do
  [ -f "$logs/$name.status" ] || continue
  show "$name"
  [ "$(cat "$logs/$name.status")" -eq 0 ] || failed+=("$name")
done
[ -f "$logs/fuzz.status" ] || failed+=(fuzz)
[ "$tests_status" -eq 0 ] || [[ " ${failed[*]} " == *" tests-"* ]] || failed+=("tests (count)")

echo
printf '%-16s %9s %9s\n' step wall cpu
for name in "${steps[@]}"; do
  [ -f "$logs/$name.time" ] || continue
  read -r wall user system <"$logs/$name.time"
  printf '%-16s %7.1f s %7.1f s\n' "$name" "$wall" "$(echo "$user $system" | awk '{print $1 + $2}')"
done
printf '%-16s %7.1f s\n' total "$(elapsed)"

if [ ${#failed[@]} -gt 0 ]; then
  # The whole logs are above; CI may show only the end of the output, so the cause of each
  # failure comes again last.
  for name in "${failed[@]}"; do
    [ -f "$logs/$name.log" ] || continue
    echo
    echo "== why $name failed (the end of $logs/$name.log)"
    brief "$name"
  done
  echo "make test: failed: ${failed[*]} (logs in $logs/)" >&2
  exit 1
fi
echo "make test: every check passed"
