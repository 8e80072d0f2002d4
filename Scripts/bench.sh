#!/usr/bin/env bash
# Benchmarks with baselines measured in the same run (design.md §6). Not a test.
#   headers: header-only parse of a 300-slice 512x512 CT series (the shared phantom)
#            Faceless vs pydicom dcmread(stop_before_pixels=True) vs dcmdump.
# Usage: bash Scripts/bench.sh        (after Scripts/setup.sh; builds release)
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/env.sh
DATA="$FACELESS_TEST_DATA"
SERIES="$DATA/bench/ct-300x512x512"
PHANTOM="$(cd .. && pwd)/shared/bench/head_ct_phantom.py"

if [ ! -f "$SERIES/.complete" ]; then
    echo "bench: generating the 300-slice phantom series with $PHANTOM (once)"
    python3 -c "import cv2" 2>/dev/null || pip install -q opencv-python-headless==4.10.0.84
    rm -rf "$SERIES"; mkdir -p "$SERIES"
    NZ=300 python3 "$PHANTOM" "$SERIES" >/dev/null
    touch "$SERIES/.complete"
fi
swift build -c release --product faceless-bench "${SWIFT_FLAGS[@]}" >/dev/null
N=$(find "$SERIES" -name '*.dcm' | wc -l)
echo "bench: $N files in $SERIES (page cache warmed by a first pass in each tool)"

ours=$("$(swift build -c release --show-bin-path "${SWIFT_FLAGS[@]}")/faceless-bench" headers "$SERIES" --repeat 5 --sweeps 10)
pyd=$(python3 - "$SERIES" <<'PY'
import glob, json, sys, time, pydicom
files = sorted(glob.glob(sys.argv[1] + "/*.dcm"))
best, sweeps = float("inf"), 5
for _ in range(3):
    t = time.perf_counter()
    for _ in range(sweeps):
        for f in files:
            pydicom.dcmread(f, stop_before_pixels=True)
    best = min(best, time.perf_counter() - t)
print(json.dumps({"files": len(files) * sweeps, "seconds": best, "files_per_second": len(files) * sweeps / best}))
PY
)
dcm=$(python3 - "$SERIES" <<'PY'
import glob, json, subprocess, sys, time
files = sorted(glob.glob(sys.argv[1] + "/*.dcm"))
best, sweeps = float("inf"), 5
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(["dcmdump", "-q", "-M", *(files * sweeps)], stdout=subprocess.DEVNULL, check=False)
    best = min(best, time.perf_counter() - t)
print(json.dumps({"files": len(files) * sweeps, "seconds": best, "files_per_second": len(files) * sweeps / best}))
PY
)
python3 - "$ours" "$pyd" "$dcm" <<'PY'
import json, sys
ours, pyd, dcm = (json.loads(a) for a in sys.argv[1:])
print(f"{'tool':<44}{'files/s':>12}{'seconds':>10}")
print(f"{'Faceless DICOMFile (stopBeforePixelData)':<44}{ours['files_per_second']:>12.0f}{ours['seconds']:>10.3f}")
print(f"{'pydicom 3.0.2 dcmread(stop_before_pixels)':<44}{pyd['files_per_second']:>12.0f}{pyd['seconds']:>10.3f}")
print(f"{'dcmdump -M (one process, all files)':<44}{dcm['files_per_second']:>12.0f}{dcm['seconds']:>10.3f}")
print(f"ratio Faceless/pydicom: {ours['files_per_second'] / pyd['files_per_second']:.1f}x (goal >= 20x)")
print(f"ratio Faceless/dcmdump: {ours['files_per_second'] / dcm['files_per_second']:.1f}x")
PY
