#!/usr/bin/env bash
# Set up (Scripts/setup.sh), then run Faceless's main job on the bundled
# example: a real head CT slice with fake PHI from deid-data 0.0.20.
#
#   bash Scripts/run-example.sh
#
# Output goes to $FACELESS_EXAMPLE_OUT (default .build/example-output).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source Scripts/env.sh

bash Scripts/setup.sh

DATA="$(cd "$FACELESS_TEST_DATA" && pwd)"
FACELESS="$(swift build -c release --show-bin-path "${SWIFT_FLAGS[@]}")/faceless"
OUT="${FACELESS_EXAMPLE_OUT:-$PWD/.build/example-output}"
mkdir -p "$OUT"

INPUT="$DATA/deid-data/humans/ctbrain1.dcm"
[[ -f "$INPUT" ]] || { echo "run-example: $INPUT missing; run: bash Scripts/fetch-test-data.sh" >&2; exit 1; }

# The main job. Change this when the main job changes (e.g. to
# `"$FACELESS" deid "$INPUT" --output "$OUT/deid"`); keep writing into $OUT.
example_job() {
    "$FACELESS" dump "$INPUT" >"$OUT/ctbrain1-dump.txt"
    "$FACELESS" dump --json "$INPUT" >"$OUT/ctbrain1.json"
}

echo "run-example: $FACELESS dump $INPUT"
status=0
example_job || status=$?
if [[ $status -ne 0 ]]; then
    echo "run-example: FAILED (exit $status); partial output in $OUT" >&2
    exit "$status"
fi
cat "$OUT/ctbrain1-dump.txt"
echo "run-example: output written to $OUT/ctbrain1-dump.txt and $OUT/ctbrain1.json (DICOM JSON model)"
