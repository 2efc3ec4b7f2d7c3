#!/usr/bin/env bash
# differential.sh: the long run of the differential test (PreviewEqualsBuildTests): the preview
# takes DIFFERENTIAL_STEPS random edits (default 10,000) and after each one must serve what a
# fresh build writes. `make test` runs 300 steps with a fixed seed; this run takes a new seed
# each time (or DIFFERENTIAL_SEED, to replay a failure it printed). `make fuzz` runs it after
# the fuzz targets.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

steps=${DIFFERENTIAL_STEPS:-10000}
seed=${DIFFERENTIAL_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
echo "differential: $steps steps, seed $seed (replay with DIFFERENTIAL_SEED=$seed)"
swift build --build-tests 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
ZECHE_DIFFERENTIAL_STEPS=$steps ZECHE_DIFFERENTIAL_SEED=$seed \
  swift test --skip-build --filter PreviewEqualsBuildTests
