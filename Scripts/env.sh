# Sourced by the other scripts: the environment every Faceless script shares.
#   FACELESS_TEST_DATA    test-data folder (default ~/.cache/faceless/test-data)
#   FACELESS_SWIFT_FLAGS  extra flags for every swift build/test, e.g. "--scratch-path /tmp/faceless-build"

# Swift lives in /opt/swift on the project's machines; it may not be on PATH.
if ! command -v swift >/dev/null 2>&1 && [[ -x /opt/swift/usr/bin/swift ]]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
read -r -a SWIFT_FLAGS <<<"${FACELESS_SWIFT_FLAGS:-}"
FACELESS_TEST_DATA="${FACELESS_TEST_DATA:-$HOME/.cache/faceless/test-data}"
export FACELESS_TEST_DATA
