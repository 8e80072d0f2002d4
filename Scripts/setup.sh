#!/usr/bin/env bash
# Set up a Debian bookworm machine for Faceless, idempotently and without
# prompts (works as root with no TTY, as in CI):
#   1. Debian packages: C libraries for the build, DICOM tools used as oracles
#   2. Python packages used as test oracles
#   3. test data (Scripts/fetch-test-data.sh)
#   4. swift build -c release --product faceless
#
# Environment:
#   FACELESS_TEST_DATA    test-data folder (default ~/.cache/faceless/test-data)
#   FACELESS_SWIFT_FLAGS  extra flags for every swift build/test, e.g.
#                         "--scratch-path /tmp/faceless-build"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source Scripts/env.sh

APT_PACKAGES=(zlib1g-dev libpng-dev pkg-config libjpeg62-turbo-dev libgdcm-dev libcharls-dev libopenjp2-7-dev libdlib-dev libopenblas-dev liblapack-dev dcmtk dicom3tools libgdcm-tools)
PIP_PACKAGES=(pydicom==3.0.2 numpy==2.4.6 pylibjpeg==2.1.0 pylibjpeg-libjpeg==2.5.0 pylibjpeg-openjpeg==2.6.0 pylibjpeg-rle==2.2.0 pillow==13.0.0 nibabel==5.4.2 dcm2niix==1.0.20260724 openpyxl==3.1.5 et-xmlfile==2.0.0 scipy==1.17.1 dlib-bin==20.0.1.post1)

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive


SUDO=()
if [[ $EUID -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=(sudo -n)
    fi
fi

# ---- 1. Debian packages -------------------------------------------------------
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

wanted=("${APT_PACKAGES[@]}")
# Python with pip, unless a python3 with pip is already on PATH (e.g. pyenv).
python3 -m pip --version >/dev/null 2>&1 || wanted+=(python3 python3-pip)

missing=()
for p in "${wanted[@]}"; do is_installed "$p" || missing+=("$p"); done

if [[ ${#missing[@]} -eq 0 ]]; then
    log "Debian packages present: ${wanted[*]}"
else
    if [[ $EUID -ne 0 && ${#SUDO[@]} -eq 0 ]]; then
        die "missing Debian packages: ${missing[*]}. Install them as root: apt-get update && apt-get install -y ${missing[*]}"
    fi
    log "installing Debian packages: ${missing[*]}"
    APT=("${SUDO[@]}" apt-get -q -y -o DPkg::Lock::Timeout=300)
    "${APT[@]}" update -qq </dev/null || die "apt-get update failed (network?). Re-run: bash Scripts/setup.sh"
    "${APT[@]}" install --no-install-recommends "${missing[@]}" </dev/null >/tmp/faceless-setup-apt.log 2>&1 || {
        tail -n 30 /tmp/faceless-setup-apt.log >&2
        die "apt-get install ${missing[*]} failed (log: /tmp/faceless-setup-apt.log). Re-run: bash Scripts/setup.sh"
    }
fi
if ! command -v dcmdump >/dev/null || ! command -v dciodvfy >/dev/null; then
    die "dcmdump (dcmtk) or dciodvfy (dicom3tools) not on PATH after install"
fi

# ---- 2. Python oracles ---------------------------------------------------------
pip_satisfied() {
    python3 - "${PIP_PACKAGES[@]}" <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
for spec in sys.argv[1:]:
    name, want = spec.split("==")
    try:
        if version(name) != want:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
PY
}

if pip_satisfied; then
    log "Python packages present: ${PIP_PACKAGES[*]}"
else
    log "installing Python packages: ${PIP_PACKAGES[*]}"
    PIP=(python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore)
    # Debian's own python3 is "externally managed" (PEP 668).
    if python3 -c 'import os, sysconfig, sys; sys.exit(0 if os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
        PIP+=(--break-system-packages)
    fi
    if [[ $EUID -ne 0 && ${#SUDO[@]} -eq 0 ]]; then PIP+=(--user); fi
    "${PIP[@]}" "${PIP_PACKAGES[@]}" </dev/null ||
        die "pip install ${PIP_PACKAGES[*]} failed. Re-run: bash Scripts/setup.sh"
    pip_satisfied || die "pip finished but ${PIP_PACKAGES[*]} are not importable by python3"
fi

# ---- 3. Test data ----------------------------------------------------------------
log "fetching test data"
bash Scripts/fetch-test-data.sh ${FACELESS_TEST_DATA:+"$FACELESS_TEST_DATA"} ||
    die "test data could not be fetched (see above). Re-run: bash Scripts/fetch-test-data.sh"

# ---- 4. Release build ------------------------------------------------------------
command -v swift >/dev/null 2>&1 || die "swift not found (expected Swift 6.3 at /opt/swift)"
log "swift build -c release --product faceless ${SWIFT_FLAGS[*]}"
swift build -c release --product faceless "${SWIFT_FLAGS[@]}" </dev/null ||
    die "release build failed (see above)"
log "done: $(swift build -c release --show-bin-path "${SWIFT_FLAGS[@]}")/faceless"
