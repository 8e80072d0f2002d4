#!/usr/bin/env bash
# Set up (Scripts/setup.sh), then run Faceless's main job on the bundled example:
# `faceless deid` on a tree of three patients made from the real head CT of Debian's
# invesalius-examples (with fake PHI, once as Explicit VR Little Endian and once as JPEG
# Lossless) and a phantom patient (two series sharing a Frame of Reference, a localizer and a
# dose report with burned-in names), plus junk files (ExampleStudies.ExampleTree).
#
#   bash Scripts/run-example.sh
#
# Output goes to $FACELESS_EXAMPLE_OUT (default .build/example-output): the tree, its mapping
# sheet and key, and the run's deid/ (the data to share), deid-report/ (index.html) and, when a
# study still showed a face, deid-quarantine/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source Scripts/env.sh

bash Scripts/setup.sh

DATA="$(cd "$FACELESS_TEST_DATA" && pwd)"
swift build -c release --product faceless-bench "${SWIFT_FLAGS[@]}" </dev/null >/dev/null
BIN="$(swift build -c release --show-bin-path "${SWIFT_FLAGS[@]}")"
OUT="${FACELESS_EXAMPLE_OUT:-$PWD/.build/example-output}"
mkdir -p "$OUT"

TREE="$OUT/example-tree"
if [[ ! -f "$OUT/ids.csv" ]]; then
    rm -rf "$TREE"
    "$BIN/faceless-bench" example-tree "$DATA/invesalius/Cranium.inv3" "$TREE" "$OUT/ids.csv"
fi
# A secret key of the example's own; a real project keeps one key for all its exports.
[[ -f "$OUT/example.key" ]] || head -c 32 /dev/urandom >"$OUT/example.key"
rm -rf "$OUT/deid" "$OUT/deid-report" "$OUT/deid-quarantine"

echo "run-example: $BIN/faceless deid $TREE $OUT/deid --key-file $OUT/example.key --map $OUT/ids.csv"
status=0
"$BIN/faceless" deid "$TREE" "$OUT/deid" --key-file "$OUT/example.key" --map "$OUT/ids.csv" || status=$?
if [[ $status -ne 0 ]]; then
    echo "run-example: FAILED (exit $status); see $OUT/deid-report/index.html" >&2
    exit "$status"
fi
echo "run-example: de-identified studies in $OUT/deid; open $OUT/deid-report/index.html for the report"
