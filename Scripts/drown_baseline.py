"""Baseline for `bash Scripts/bench.sh deface`: the drowning method of face_deid_ct's
`drown_volume`, re-stated here step by step with the same libraries (pydicom, numpy, OpenCV),
because that project is not packaged on any registry this machine reaches.

usage: python3 Scripts/drown_baseline.py IN_DIR OUT_DIR

Its steps, as its documentation and source describe them:
  1. read every slice with pydicom, order by Image Position (Patient) z, HU = stored * slope + intercept;
  2. air = HU <= -800; in each slice keep the largest 8-connected air component (OpenCV);
  3. dilate each slice's air by a 35-pixel elliptical kernel (pixels, not millimetres);
  4. 'face' mode: the distinct values of the whole volume multiplied by (dilated - air),
     between -125 and 50, are the values to draw from;
  5. replace every dilated voxel with a random draw; write each slice back with pydicom, the
     files (read again) ordered by Slice Location, as int16 (new - intercept) / slope.
Everything is 2-D and in pixels, with no guard for bone or brain: it is the speed reference,
not a method Faceless follows.
"""
import os
import sys
import time

import cv2
import numpy as np
import pydicom

AIR_HU, FACE_LOW, FACE_HIGH, KERNEL_PIXELS = -800, -125, 50, 35


def main(source, target):
    started = time.perf_counter()
    names = sorted(n for n in os.listdir(source) if n.endswith(".dcm"))
    datasets = [pydicom.dcmread(os.path.join(source, n)) for n in names]
    order = sorted(range(len(datasets)), key=lambda i: float(datasets[i].ImagePositionPatient[2]))
    hu = np.stack([datasets[i].pixel_array.astype(np.int16) for i in order])
    for k, i in enumerate(order):
        slope, intercept = float(datasets[i].RescaleSlope), float(datasets[i].RescaleIntercept)
        hu[k] = (hu[k].astype(np.float64) * slope + intercept).astype(np.int16)

    air = (hu <= AIR_HU).astype(np.uint8)
    largest_air = np.zeros_like(air)
    for k in range(air.shape[0]):
        count, labels, stats, _ = cv2.connectedComponentsWithStats(air[k], connectivity=8)
        if count > 1:
            biggest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
            largest_air[k] = labels == biggest
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (KERNEL_PIXELS, KERNEL_PIXELS))
    dilated = np.stack([cv2.dilate(largest_air[k], kernel) for k in range(air.shape[0])])

    values = np.unique(hu * (dilated - largest_air))
    values = values[(values > FACE_LOW) & (values < FACE_HIGH)]
    if values.size == 0:
        values = np.array([-1000], np.int16)
    drowned = hu.copy()
    where = dilated == 1
    drowned[where] = values[np.random.default_rng(0).integers(0, values.size, int(where.sum()))]

    os.makedirs(target, exist_ok=True)
    paths = [os.path.join(source, n) for n in names]
    paths.sort(key=lambda path: float(pydicom.dcmread(path).SliceLocation))
    for k, path in enumerate(paths):
        ds = pydicom.dcmread(path)
        stored = (drowned[k] - float(ds.RescaleIntercept)) / float(ds.RescaleSlope)
        ds.PixelData = stored.astype(np.int16).tobytes()
        ds.save_as(os.path.join(target, f"slice_{k:04d}.dcm"))
    print(f"drown baseline: {len(datasets)} slices in {time.perf_counter() - started:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
