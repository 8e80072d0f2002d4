#!/usr/bin/env python3
"""Independent results for the Imaging kernels (Tests/ImagingTests), from scipy.ndimage and
numpy. Arrays travel as raw little-endian files in C order [z, y, x] (the voxel order of a
Faceless Volume: x fastest). Prints one JSON report.

  edt MANIFEST        {"cases": [{"features": U8, "shape": [z,y,x], "sampling": [sz,sy,sx], "out": F64}]}
                      distance_transform_edt(features == 0, sampling): mm to the nearest feature.
  label MANIFEST      {"cases": [{"mask": U8, "shape", "connectivity": 6|26, "out": I32}]}
                      scipy.ndimage.label with generate_binary_structure(3, 1 or 3); reports counts.
  morphology MANIFEST {"cases": [{"mask": U8, "shape", "spacing": [sz,sy,sx], "radius": R, "out": U8 prefix}]}
                      brute force by shifting the mask by every offset of the ball
                      (|offset| mm <= R, compared squared with relative tolerance 1e-5): writes
                      PREFIX.dilate/.erode/.close/.open; each also checked against
                      scipy.ndimage.binary_dilation/binary_erosion(border_value=1) with the ball.
  fill MANIFEST       {"cases": [{"mask": U8, "shape", "out": U8 prefix}]}: binary_fill_holes in
                      3-D (PREFIX.fill3d) and per slice [k, :, :] (PREFIX.fill2d).
  histogram MANIFEST  {"values": F64, "bins": N, "range": [lo, hi] | null, "percentiles": [...]}:
                      np.histogram counts, Otsu (numpy, between-class variance over bin centres,
                      threshold = upper edge of the lower class), np.percentile of the raw values.
  head MANIFEST       {"volume": I16, "shape", "spacing": [sz,sy,sx], "radius": R, "out": U8 prefix}:
                      body = HU > -500, largest 6-connected component (label), closing by the
                      ball through distance_transform_edt, outside air = not binary_fill_holes.
"""
import json
import sys
import time

import numpy as np
import scipy
from scipy import ndimage

LIMIT = 1 + 1e-5


def load(path, dtype, shape):
    return np.fromfile(path, dtype=dtype).reshape(shape)


def edt(manifest):
    report = []
    for case in manifest["cases"]:
        features = load(case["features"], np.uint8, case["shape"]) != 0
        d = ndimage.distance_transform_edt(~features, sampling=case["sampling"])
        d.astype("<f8").tofile(case["out"])
        report.append({"max": float(d.max()) if d.size else 0.0})
    return {"cases": report}


def structure(connectivity):
    return ndimage.generate_binary_structure(3, 1 if connectivity == 6 else 3)


def label(manifest):
    report = []
    for case in manifest["cases"]:
        mask = load(case["mask"], np.uint8, case["shape"]) != 0
        labels, count = ndimage.label(mask, structure=structure(case["connectivity"]))
        labels.astype("<i4").tofile(case["out"])
        sizes = np.bincount(labels.ravel(), minlength=count + 1)
        report.append({"count": int(count), "sizes": sorted(int(s) for s in sizes[1:])})
    return {"cases": report}


def ball(spacing, radius):
    reach = [int(np.floor(radius / s)) for s in spacing]
    offsets = []
    for dz in range(-reach[0], reach[0] + 1):
        for dy in range(-reach[1], reach[1] + 1):
            for dx in range(-reach[2], reach[2] + 1):
                d2 = (dz * spacing[0]) ** 2 + (dy * spacing[1]) ** 2 + (dx * spacing[2]) ** 2
                if d2 <= radius * radius * LIMIT:
                    offsets.append((dz, dy, dx))
    return offsets, reach


def shifted(mask, offset, fill):
    """out[p] = mask[p + offset], `fill` where p + offset leaves the array."""
    out = np.full_like(mask, fill)
    src, dst = [], []
    for o, n in zip(offset, mask.shape):
        src.append(slice(max(0, o), n + min(0, o)))
        dst.append(slice(max(0, -o), n - max(0, o)))
    out[tuple(dst)] = mask[tuple(src)]
    return out


def brute_dilate(mask, offsets):
    out = np.zeros_like(mask)
    for o in offsets:
        out |= shifted(mask, o, False)
    return out


def brute_erode(mask, offsets):
    out = mask.copy()
    for o in offsets:
        out &= shifted(mask, o, True)  # beyond the grid counts as inside: it takes no part
    return out


def morphology(manifest):
    report = []
    for case in manifest["cases"]:
        mask = load(case["mask"], np.uint8, case["shape"]) != 0
        offsets, reach = ball(case["spacing"], case["radius"])
        results = {
            "dilate": brute_dilate(mask, offsets),
            "erode": brute_erode(mask, offsets),
        }
        results["close"] = brute_erode(results["dilate"], offsets)
        results["open"] = brute_dilate(results["erode"], offsets)
        # The same through scipy with the ball as structuring element (symmetric, so no reflection issue).
        element = np.zeros([2 * r + 1 for r in reach], dtype=bool)
        for dz, dy, dx in offsets:
            element[dz + reach[0], dy + reach[1], dx + reach[2]] = True
        agree = bool(np.array_equal(results["dilate"], ndimage.binary_dilation(mask, element))
                     and np.array_equal(results["erode"], ndimage.binary_erosion(mask, element, border_value=1)))
        for name, value in results.items():
            value.astype(np.uint8).tofile(f"{case['out']}.{name}")
        report.append({"ball_voxels": len(offsets), "scipy_agrees": agree,
                       "counts": {k: int(v.sum()) for k, v in results.items()}})
    return {"cases": report}


def fill(manifest):
    report = []
    for case in manifest["cases"]:
        mask = load(case["mask"], np.uint8, case["shape"]) != 0
        filled3 = ndimage.binary_fill_holes(mask)
        filled2 = np.stack([ndimage.binary_fill_holes(s) for s in mask]) if mask.shape[0] else mask
        filled3.astype(np.uint8).tofile(case["out"] + ".fill3d")
        filled2.astype(np.uint8).tofile(case["out"] + ".fill2d")
        report.append({"fill3d": int(filled3.sum()), "fill2d": int(filled2.sum())})
    return {"cases": report}


def otsu(counts, edges):
    centres = (edges[:-1] + edges[1:]) / 2
    counts = counts.astype(np.float64)
    w0 = np.cumsum(counts)[:-1]
    w1 = counts.sum() - w0
    s0 = np.cumsum(counts * centres)[:-1]
    s1 = (counts * centres).sum() - s0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = w0 * w1 * (s0 / w0 - s1 / w1) ** 2
    between[(w0 == 0) | (w1 == 0)] = -1
    if between.max() < 0:
        return None
    return float(edges[int(np.argmax(between)) + 1])


def histogram(manifest):
    values = np.fromfile(manifest["values"], dtype="<f8")
    rng = tuple(manifest["range"]) if manifest.get("range") else None
    counts, edges = np.histogram(values, bins=manifest["bins"], range=rng)
    lo, hi = rng if rng else (values.min(), values.max())
    inside = values[(values >= lo) & (values <= hi)]
    return {
        "counts": [int(c) for c in counts], "lower": float(edges[0]), "width": float(edges[1] - edges[0]),
        "otsu": otsu(counts, edges),
        "percentiles": [float(np.percentile(inside, p)) for p in manifest["percentiles"]],
    }


def head(manifest):
    t0 = time.perf_counter()
    hu = load(manifest["volume"], "<i2", manifest["shape"])
    sampling, radius = manifest["spacing"], manifest["radius"]
    body = hu > -500
    labels, count = ndimage.label(body, structure=structure(6))
    sizes = np.bincount(labels.ravel())
    sizes[0] = 0
    largest = labels == int(np.argmax(sizes))
    limit = radius * radius * LIMIT
    dilated = ndimage.distance_transform_edt(~largest, sampling=sampling) ** 2 <= limit
    closed = ndimage.distance_transform_edt(dilated, sampling=sampling) ** 2 > limit
    outside = ~ndimage.binary_fill_holes(closed)
    for name, value in {"body": body, "largest": largest, "closed": closed, "outside": outside}.items():
        value.astype(np.uint8).tofile(f"{manifest['out']}.{name}")
    return {"components": int(count), "body": int(body.sum()), "largest": int(largest.sum()),
            "closed": int(closed.sum()), "outside": int(outside.sum()), "seconds": time.perf_counter() - t0,
            "scipy": scipy.__version__}


if __name__ == "__main__":
    command, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as f:
        manifest = json.load(f)
    handlers = {"edt": edt, "label": label, "morphology": morphology, "fill": fill, "histogram": histogram, "head": head}
    print(json.dumps(handlers[command](manifest)))
