#!/usr/bin/env bash
# Set up (Scripts/setup.sh), then build and run the whole test suite.
# This is the command CI runs (.ci/run) and the README's test command.
#
#   bash Scripts/test.sh [extra swift test arguments, e.g. --filter DICOMTests]
#
# Exit status is swift test's. Swift Testing runs tests in parallel by itself;
# `swift test --parallel` is not used because it hides XCTest's summary lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source Scripts/env.sh

bash Scripts/setup.sh

FACELESS_TEST_DATA="$(cd "$FACELESS_TEST_DATA" && pwd)"  # absolute, for the tests

echo "test: swift build --build-tests ${SWIFT_FLAGS[*]}"
swift build --build-tests "${SWIFT_FLAGS[@]}" </dev/null

echo "test: swift test ${SWIFT_FLAGS[*]} $* (FACELESS_TEST_DATA=$FACELESS_TEST_DATA)"
# Last: the runner's own summary closes the output, and its status is ours.
exec swift test "${SWIFT_FLAGS[@]}" "$@" </dev/null
