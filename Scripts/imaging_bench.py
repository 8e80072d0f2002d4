#!/usr/bin/env python3
"""The scipy side of `bench.sh imaging`: the same operations as faceless-bench on the same
body mask (written by faceless-bench, uint8 [z, y, x]), timed here, then a table of ratios.

  python3 Scripts/imaging_bench.py MASK OURS_JSON

Closing by a ball of 6 mm is done through two exact distance transforms, the fastest exact
way scipy offers for a ball in millimetres (binary_closing with a 27x27x13 structuring
element is far slower). Outside air is the complement of binary_fill_holes of the closed mask.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import ndimage

ours = json.loads(sys.argv[2])
nx, ny, nz = ours["size"]
sx, sy, sz = ours["spacing"]
sampling = (sz, sy, sx)
body = np.fromfile(sys.argv[1], dtype=np.uint8).reshape(nz, ny, nx) != 0
limit = 36 * (1 + 1e-5)


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


edt, distance = timed(lambda: ndimage.distance_transform_edt(body, sampling=sampling))
label, (_, components) = timed(lambda: ndimage.label(body))


def close():
    dilated = ndimage.distance_transform_edt(~body, sampling=sampling) ** 2 <= limit
    return ndimage.distance_transform_edt(dilated, sampling=sampling) ** 2 > limit


close_time, closed = timed(close)
outside_time, outside = timed(lambda: ~ndimage.binary_fill_holes(closed))
theirs = {"edt": edt, "label": label, "close6mm": close_time, "outside_air": outside_time}

checks = {
    "components": (ours["components"], int(components)),
    "closed voxels": (ours["closed_voxels"], int(closed.sum())),
    "outside-air voxels": (ours["outside_voxels"], int(outside.sum())),
    "max distance (mm)": (round(ours["max_distance_mm"], 4), round(float(distance.max()), 4)),
}
print(f"\nImaging kernels, body mask of the {nz}x{ny}x{nx} phantom ({sx}x{sy}x{sz} mm), "
      f"Faceless vs scipy {scipy.__version__} (one core each; all cores = {ours['threads']})")
print(f"  {'operation':<22}{'Faceless 1 core':>16}{'all cores':>11}{'scipy':>9}{'scipy/1 core':>14}{'scipy/all':>11}")
for name, label_text in [("edt", "distance transform"), ("label", "labelling (6)"),
                         ("close6mm", "closing, 6 mm ball"), ("outside_air", "outside air (flood)")]:
    one, every, them = ours["one_core"][name], ours["all_cores"][name], theirs[name]
    print(f"  {label_text:<22}{one:>15.3f}s{every:>10.3f}s{them:>8.2f}s{them / one:>13.1f}x{them / every:>10.1f}x")
for name, (a, b) in checks.items():
    print(f"  check {name}: Faceless {a}, scipy {b}: {'same' if a == b else 'DIFFERENT'}")
if any(a != b for a, b in checks.values()):
    sys.exit(1)
