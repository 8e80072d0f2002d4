#!/usr/bin/env bash
# Benchmarks with baselines measured in the same run (design.md §6). Not a test.
#   headers  header-only parse of a 300-slice 512x512 CT series (the shared phantom):
#            Faceless vs pydicom dcmread(stop_before_pixels=True) vs dcmdump -M
#   decode   read + decode every frame of the series as JPEG Lossless SV1 and as JPEG 2000
#            (lossless): Faceless vs pydicom+pylibjpeg vs dcmdjpeg / gdcmconv --raw
#   deid-headers  header de-identification of a 301-file 512x512 CT study full of fake PHI
#            (SyntheticPHIStudy), files/s on all cores and the ratio to `cp -r` of the same
#            folder timed in the same run (goal: >= 1000 files/s, <= 3x cp)
#   render   512x512 isosurface renders (-300 HU) of every named view of the same series, on all
#            cores, vs our own ray caster with no empty-space skipping on one core (no VTK here);
#            then the face check's 44 renders of that series and of the defaced 250-slice phantom
#   deface   read -> deface -> write of the 250-slice 512x512 phantom (0.45 x 0.45 x 1 mm), as
#            `faceless deface` (wall time, peak memory) and by stage in process, against the
#            drowning method of face_deid_ct's drown_volume (Scripts/drown_baseline.py) timed in
#            the same run (goal: >= 10x faster, peak memory <= 3x the pixel bytes)
#   deid     the whole `faceless deid` (discovery, headers, text, deface, 44-render face check,
#            write, report) of the 250-slice phantom study: wall time and peak memory against
#            `cp -r` of the same folder and against the sum of its stages (goal: <= 2 s on 2 cores)
#   imaging  voxel kernels on the series' body mask (HU > -500, 512x512x300): exact anisotropic
#            distance transform, 6-connected labelling, closing by a 6 mm ball, outside air
#            (flood from the border): Faceless one core / all cores vs scipy.ndimage
#   facecheck  dlib's models on the real CT's 512x512 front render (-300 HU): ms per view for the
#            HOG detector (and with one upsampling), the CNN detector, 5-point landmarks and the
#            128-D embedding, one handle called from one thread (no baseline: this is dlib's own time);
#            then `evaluate`'s cost per volume on the real CT (44 renders, detect, landmarks, embed,
#            cache entry; and again from the cache) against Python dlib (PyPI dlib-bin, as the
#            published studies ran dlib) detecting, placing landmarks and embedding on the same 44
#            renders, which are kept in a mktemp folder under /tmp for that and deleted
# Usage: bash Scripts/bench.sh [headers|decode|deid-headers|render|imaging|deface|deid|facecheck]...   (after Scripts/setup.sh; builds release)
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/env.sh
DATA="$FACELESS_TEST_DATA"
BENCH="$DATA/bench"
SERIES="$BENCH/ct-300x512x512"
PHANTOM="$(cd .. && pwd)/shared/bench/head_ct_phantom.py"
MEASURES=("${@:-headers}")
[[ $# -eq 0 ]] && MEASURES=(headers decode deid-headers render imaging deface deid facecheck)

phantom_series() {  # SLICES: the shared phantom with that many slices, generated once
    local out="$BENCH/ct-$1x512x512"
    if [ ! -f "$out/.complete" ]; then
        echo "bench: generating the $1-slice phantom series with $PHANTOM (once)" >&2
        python3 -c "import cv2" 2>/dev/null || pip install -q opencv-python-headless==4.10.0.84 >&2
        rm -rf "$out"; mkdir -p "$out"
        NZ=$1 python3 "$PHANTOM" "$out" >/dev/null
        touch "$out/.complete"
    fi
    echo "$out"
}
# The face check runs on the real CT; every other measure needs a phantom series.
[[ "${MEASURES[*]}" == facecheck ]] || phantom_series 300 >/dev/null
swift build -c release --product faceless-bench "${SWIFT_FLAGS[@]}" >/dev/null
swift build -c release --product faceless "${SWIFT_FLAGS[@]}" >/dev/null
BIN="$(swift build -c release --show-bin-path "${SWIFT_FLAGS[@]}")"
FACELESS_BENCH="$BIN/faceless-bench"

# Compressed copies of the series, made once with dcmtk and GDCM.
compressed() {  # NAME COMMAND...
    local name=$1; shift
    local out="$BENCH/$name"
    if [ ! -f "$out/.complete" ]; then
        echo "bench: compressing the series as $name (once)" >&2
        rm -rf "$out"; mkdir -p "$out"
        for f in "$SERIES"/*.dcm; do "$@" "$f" "$out/$(basename "$f")"; done
        touch "$out/.complete"
    fi
    echo "$out"
}

python_rate() {  # MODE DIR: best of 3 passes over the folder with pydicom
python3 - "$@" <<'PY'
import glob, json, sys, time, pydicom
mode, folder = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(folder + "/*.dcm"))
sweeps = 5 if mode == "headers" else 1
best = float("inf")
for _ in range(3):
    t = time.perf_counter()
    for _ in range(sweeps):
        for f in files:
            if mode == "headers":
                pydicom.dcmread(f, stop_before_pixels=True)
            else:
                pydicom.dcmread(f).pixel_array
    best = min(best, time.perf_counter() - t)
print(json.dumps({"files": len(files) * sweeps, "seconds": best, "files_per_second": len(files) * sweeps / best}))
PY
}

tool_rate() {  # SWEEPS COMMAND...: one process per file (decoders) or one for all (dcmdump), best of 3
python3 - "$@" <<'PY'
import glob, json, subprocess, sys, tempfile, time, os
sweeps, command = int(sys.argv[1]), sys.argv[2:]
folder = command.pop()
files = sorted(glob.glob(folder + "/*.dcm"))
out = os.path.join(tempfile.mkdtemp(), "out.dcm")
best = float("inf")
for _ in range(3):
    t = time.perf_counter()
    if command[0] == "dcmdump":
        subprocess.run(command + files * sweeps, stdout=subprocess.DEVNULL, check=False)
    else:
        for f in files:
            subprocess.run(command + [f, out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    best = min(best, time.perf_counter() - t)
n = len(files) * (sweeps if command[0] == "dcmdump" else 1)
print(json.dumps({"files": n, "seconds": best, "files_per_second": n / best}))
PY
}

report() {  # TITLE OURS PYDICOM TOOL TOOLNAME
python3 - "$@" <<'PY'
import json, sys
title, ours, pyd, tool, tool_name = sys.argv[1], *(json.loads(a) for a in sys.argv[2:5]), sys.argv[5]
print(f"\n{title}")
print(f"  {'tool':<46}{'files/s':>10}{'seconds':>10}")
print(f"  {'Faceless (one core)':<46}{ours['files_per_second']:>10.0f}{ours['seconds']:>10.3f}")
if "seconds_all_cores" in ours:
    print(f"  {'Faceless (all cores)':<46}{ours['files'] / ours['seconds_all_cores']:>10.0f}{ours['seconds_all_cores']:>10.3f}")
print(f"  {'pydicom 3.0.2':<46}{pyd['files_per_second']:>10.0f}{pyd['seconds']:>10.3f}")
print(f"  {tool_name:<46}{tool['files_per_second']:>10.0f}{tool['seconds']:>10.3f}")
print(f"  ratio Faceless/pydicom: {ours['files_per_second'] / pyd['files_per_second']:.1f}x, Faceless/{tool_name.split()[0]}: {ours['files_per_second'] / tool['files_per_second']:.1f}x (one core each)")
PY
}

render_report() {  # JSON from faceless-bench render
python3 - "$@" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"\nRender {r['size']}x{r['size']} at {r['threshold']:g} HU, volume {r['volume']}, {r['cores']} cores (goal: <= 50 ms per view)")
print(f"  set-up (brick maxima + empty-space distances, once per volume and threshold): {r['setup_ms']:.1f} ms")
print(f"  {'view':<10}{'ms':>8}{'coverage':>10}")
for v in r["views"]:
    print(f"  {v['view']:<10}{v['ms']:>8.1f}{v['coverage'] * 100:>9.1f}%")
front = next(v["ms"] for v in r["views"] if v["view"] == "front")
print(f"  front on one core: {r['front_one_core_ms']:.1f} ms; baseline (our ray caster without empty-space skipping, one core): {r['baseline_front_ms']:.1f} ms")
print(f"  ratio baseline/Faceless (front): {r['baseline_front_ms'] / front:.1f}x")
print(f"  the face check's 44 renders (11 views x 4 thresholds, set-up included): {r['check_renders_ms']:.0f} ms")
PY
}

for measure in "${MEASURES[@]}"; do
    case "$measure" in
    headers)
        report "Header-only parse, 300 files (goal: >= 20x pydicom)" \
            "$("$FACELESS_BENCH" headers "$SERIES" --repeat 5 --sweeps 10)" \
            "$(python_rate headers "$SERIES")" "$(tool_rate 5 dcmdump -q -M "$SERIES")" "dcmdump -M (one process)"
        ;;
    decode)
        jpeg=$(compressed jpeg-lossless-sv1 dcmcjpeg +e1)
        report "Read + decode, 300 frames 512x512 JPEG Lossless SV1" \
            "$("$FACELESS_BENCH" decode "$jpeg" --repeat 3)" \
            "$(python_rate decode "$jpeg")" "$(tool_rate 1 dcmdjpeg "$jpeg")" "dcmdjpeg (a process per file)"
        j2k=$(compressed jpeg2000-lossless gdcmconv --j2k)
        report "Read + decode, 300 frames 512x512 JPEG 2000 lossless" \
            "$("$FACELESS_BENCH" decode "$j2k" --repeat 3)" \
            "$(python_rate decode "$j2k")" "$(tool_rate 1 gdcmconv --raw "$j2k")" "gdcmconv --raw (a process per file)"
        ;;
    deid-headers)
        python3 - "$("$FACELESS_BENCH" deid-headers "$BENCH/deid" --slices 301 --size 512 --repeat 5)" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print("\nHeader de-identification, 301 files 512x512 CT with fake PHI (goal: >= 1000 files/s, <= 3x cp -r)")
print(f"  {'tool':<46}{'files/s':>10}{'seconds':>10}")
print(f"  {'Faceless headers (all cores)':<46}{r['files_per_second']:>10.0f}{r['seconds']:>10.3f}")
print(f"  {'cp -r of the same folder':<46}{r['files'] / r['cp_seconds']:>10.0f}{r['cp_seconds']:>10.3f}")
print(f"  ratio Faceless/cp: {r['ratio_to_cp']:.2f}x the time")
PY
        ;;
    imaging)
        mask="$(mktemp -d)/body.u8"
        ours="$("$FACELESS_BENCH" imaging "$SERIES" --repeat 3 --mask-out "$mask")"
        python3 Scripts/imaging_bench.py "$mask" "$ours"
        rm -rf "$(dirname "$mask")"
        ;;
    deface)
        series250=$(phantom_series 250)
        scratch="$(mktemp -d)"
        stages="$("$FACELESS_BENCH" deface "$series250" "$scratch/stages" --repeat 3)"
        python3 - "$stages" "$series250" "$scratch" "$BIN/faceless" <<'PY'
import json, os, shutil, subprocess, sys, time
stages, series, scratch, faceless = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
baseline = os.path.join(os.getcwd(), "Scripts", "drown_baseline.py")

def run(command, out, repeats):
    """Best wall time and the peak RSS (MiB) of `command` over `repeats` runs, each into a fresh OUT."""
    best, peak = float("inf"), 0.0
    for _ in range(repeats):
        shutil.rmtree(out, ignore_errors=True)
        start = time.perf_counter()
        process = subprocess.Popen(command + [out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            sys.exit(f"bench: {' '.join(command)} failed")
        best, peak = min(best, elapsed), max(peak, usage.ru_maxrss / 1024)
    return best, peak

ours, ours_peak = run([faceless, "deface", series], os.path.join(scratch, "faceless"), 3)
theirs, theirs_peak = run([sys.executable, baseline, series], os.path.join(scratch, "baseline"), 2)
pixel_mib = stages["pixel_bytes"] / 2**20
size = "x".join(str(n) for n in stages["volume"])
print(f"\nDeface, read -> deface -> write, {size} CT phantom ({pixel_mib:.0f} MiB of pixels; goal: >= 10x the baseline, memory <= 3x pixels)")
print(f"  {'tool':<52}{'seconds':>9}{'peak MiB':>10}{'x pixels':>10}")
print(f"  {'faceless deface (a process, all cores)':<52}{ours:>9.2f}{ours_peak:>10.0f}{ours_peak / pixel_mib:>10.1f}")
print(f"  {'baseline: drown_volume method (Python, OpenCV)':<52}{theirs:>9.2f}{theirs_peak:>10.0f}{theirs_peak / pixel_mib:>10.1f}")
print(f"  ratio baseline/Faceless: {theirs / ours:.1f}x the time, {theirs_peak / ours_peak:.1f}x the memory")
spacing = "x".join(f"{v:g}" for v in stages["segmentation_spacing"])
print(f"  in process: scan {stages['scan']:.3f} s, load {stages['load']:.3f} s, segment {stages['segment']:.3f} s (on {spacing} mm blocks), "
      f"drown {stages['drown']:.3f} s; whole study job with write-back and read-back check {stages['study']:.3f} s")
print(f"  {stages['replaced_voxels']} voxels replaced, {stages['guard_voxels']} guard voxels kept")
PY
        rm -rf "$scratch"
        ;;
    deid)
        series250=$(phantom_series 250)
        scratch="$(mktemp -d)"
        head -c 32 /dev/urandom >"$scratch/key"
        python3 - "$series250" "$scratch" "$BIN/faceless" <<'PY'
import json, os, shutil, subprocess, sys, time
series, scratch, faceless = sys.argv[1], sys.argv[2], sys.argv[3]
key = os.path.join(scratch, "key")

def timed(command, out, repeats):
    """Best wall time and peak RSS (MiB) of `command` over `repeats` runs, each into a fresh OUT."""
    best, peak = float("inf"), 0.0
    for _ in range(repeats):
        for folder in (out, out + "-report", out + "-quarantine"):
            shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        process = subprocess.Popen(command(out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        if status != 0:
            sys.exit(f"bench: {' '.join(command(out))} failed")
        best, peak = min(best, time.perf_counter() - start), max(peak, usage.ru_maxrss / 1024)
    return best, peak

out = os.path.join(scratch, "deid")
ours, peak = timed(lambda o: [faceless, "deid", series, o, "--key-file", key], out, 3)
copy, _ = timed(lambda o: ["cp", "-r", series, o], os.path.join(scratch, "copy"), 3)
report = json.load(open(out + "-report/report.json"))
study = report["studies"][0]
stages = {}
for s in study["series"]:
    for stage, seconds in s["seconds"].items():
        stages[stage] = stages.get(stage, 0) + seconds
files = sum(1 for _ in os.scandir(series) if _.name.endswith(".dcm"))
print(f"\nfaceless deid of one study: {files} slices 512x512 CT phantom (goal: <= 2 s on 2 cores)")
print(f"  {'':<44}{'seconds':>9}{'peak MiB':>10}")
print(f"  {'faceless deid (a process, all cores)':<44}{ours:>9.2f}{peak:>10.0f}")
print(f"  {'cp -r of the same folder':<44}{copy:>9.2f}")
print(f"  ratio deid/cp: {ours / copy:.1f}x the time; status {study['status']}, verdict {study['series'][0]['verification']['verdict']}")
print("  stages of the last run (s): " + ", ".join(f"{k} {v:.2f}" for k, v in sorted(stages.items()))
      + f"; their sum {sum(stages.values()):.2f}; the study job {study['seconds']:.2f}; the whole run {report['seconds']:.2f}")
PY
        rm -rf "$scratch"
        ;;
    render)
        render_report "$("$FACELESS_BENCH" render "$SERIES" --repeat 5)"
        # What deid's face check renders: the defaced phantom, a block whose surfaces lie on the volume's edge.
        drowned="$(mktemp -d)"
        "$BIN/faceless" deface "$(phantom_series 250)" "$drowned/out" >/dev/null
        python3 -c 'import json, sys; print("  the same 44 renders of the defaced 250-slice phantom: %.0f ms" % json.loads(sys.argv[1])["check_renders_ms"])' \
            "$("$FACELESS_BENCH" render "$drowned/out" --repeat 3)"
        rm -rf "$drowned"
        ;;
    facecheck)
        python3 - "$("$FACELESS_BENCH" facecheck "$DATA/invesalius/Cranium.inv3" "$DATA/face-models" --repeat 5)" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"\nFace check (dlib 19.24) on a {r['size']}x{r['size']} render ({r['image']}; HOG score {r['hog_score']:.3f}), ms per view, one handle each")
for key, name in [("hog_ms", "HOG frontal detector"), ("hog_upsampled_ms", "HOG, image upsampled 2x"), ("cnn_ms", "CNN (MMOD) detector"),
                  ("landmarks_ms", "5-point landmarks"), ("embedding_ms", "128-D embedding (ResNet)")]:
    print(f"  {name:<30}{r[key]:>9.2f}")
print(f"  models loaded once per handle: {r['model_load_ms']:.0f} ms")
print(json.dumps(r))
PY
        renders="$(mktemp -d /tmp/faceless-bench-renders.XXXXXX)"
        python3 - "$("$FACELESS_BENCH" evaluate "$DATA/invesalius/Cranium.inv3" "$DATA/face-models" "$renders" --repeat 3)" "$DATA/face-models" <<'PY'
import glob, json, sys, time
import dlib
import numpy as np
from PIL import Image
r, models = json.loads(sys.argv[1]), sys.argv[2].rstrip("/") + "/"
images = [np.ascontiguousarray(np.asarray(Image.open(p).convert("L"))) for p in sorted(glob.glob(r["renders_folder"] + "/render-*.png"))]
hog = dlib.get_frontal_face_detector()
predictor = dlib.shape_predictor(models + "shape_predictor_5_face_landmarks.dat")
recogniser = dlib.face_recognition_model_v1(models + "dlib_face_recognition_resnet_model_v1.dat")
best, faces = float("inf"), 0
for _ in range(3):
    start, faces = time.perf_counter(), 0
    for grey in images:
        rects, scores, _ = hog.run(grey, 0, 0.0)
        for rect in rects:
            shape = predictor(grey, rect)
            recogniser.compute_face_descriptor(np.ascontiguousarray(np.stack([grey] * 3, axis=-1)), shape)
            faces += 1
    best = min(best, time.perf_counter() - start)
python_ms = best * 1000
print(f"\nfaceless evaluate, per volume ({r['volume']}, {r['renders']} renders of 512x512, {r['faces']} faces; one worker)")
print(f"  {'Faceless, a run on this volume: models, load, hash, render, detect,':<64}")
print(f"  {'  landmarks, embed, cache entry':<64}{r['volume_ms']:>9.0f} ms  (rendering alone {r['render_ms']:.0f} ms)")
print(f"  {'Faceless, resumed run: the volume taken from the cache':<64}{r['cached_volume_ms']:>9.0f} ms")
print(f"  {'Faceless: detect, landmarks, embed on the 44 renders':<64}{r['recognition_ms']:>9.0f} ms")
print(f"  {'Python dlib ' + dlib.__version__ + ': detect, landmarks, embed on the same renders':<64}{python_ms:>9.0f} ms  ({faces} faces)")
print(f"  ratio Python dlib / Faceless on the same renders: {python_ms / r['recognition_ms']:.2f}x")
PY
        rm -rf "$renders"
        ;;
    *) echo "bench: unknown measure $measure (headers, decode, deid-headers, render, imaging, deface, deid, facecheck)" >&2; exit 2 ;;
    esac
done
