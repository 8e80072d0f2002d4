#!/usr/bin/env python3
"""Pixel oracle for the Faceless tests: pydicom 3.0.2 with pylibjpeg, pylibjpeg-libjpeg,
pylibjpeg-openjpeg and pylibjpeg-rle.

  pairs MANIFEST     manifest: {"pairs": [{"original": P, "written": Q, "lossy": bool}]}: pydicom's
                     pixel_array of Q equals that of P (within 1 where "lossy").
  compare MANIFEST   manifest: {"files": [{"path": P, "ours": RAW | null, "ours_rgb": RAW?, "error": "..."}]}
                     RAW holds Faceless's decoded frames one after another (little-endian,
                     interleaved) compared with pixel_array(as_rgb=False); RGB, when given,
                     the same converted from YBR, compared with pixel_array(as_rgb=True).
                     Lossless syntaxes must match exactly. Lossy ones must be within 1 of
                     pylibjpeg, or else identical to a second decoder, Pillow (libjpeg-turbo):
                     two JPEG libraries round the IDCT differently (up to 3 apart on
                     color3d_jpeg_baseline.dcm), and the report says which rule held.
"""
import json
import logging
import sys
import warnings

import numpy as np
import pydicom
from pydicom.pixels import pixel_array

from pydicom_oracle import pydicom_read  # the same rule for files without a preamble

warnings.simplefilter("ignore")
logging.getLogger("pydicom").setLevel(logging.CRITICAL)

LOSSY = {
    "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.81",
    "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.203",
}


def pydicom_array(path, as_rgb=True, plugin=""):
    ds = pydicom_read(path)
    if "TransferSyntaxUID" not in ds.file_meta:
        # A bare data set: decode with the encoding pydicom itself inferred while reading it.
        implicit, little = ds.original_encoding
        ds.file_meta.TransferSyntaxUID = (pydicom.uid.ImplicitVRLittleEndian if implicit else
                                          pydicom.uid.ExplicitVRLittleEndian if little else pydicom.uid.ExplicitVRBigEndian)
    if not any(k in ds for k in ("PixelData", "FloatPixelData", "DoubleFloatPixelData")):
        return None, None
    options = {"as_rgb": as_rgb}
    if plugin:
        options["decoding_plugin"] = plugin
    return pixel_array(ds, **options), str(ds.file_meta.get("TransferSyntaxUID", "1.2.840.10008.1.2"))


def compare_raw(raw_path, expected):
    """(verdict, details): 'exact', or the difference statistics."""
    raw = np.fromfile(raw_path, dtype=np.uint8)
    expected = np.ascontiguousarray(expected).astype(expected.dtype.newbyteorder("<"), copy=False)
    if raw.size != expected.nbytes:
        return "size", {"problem": f"{raw.size} bytes from Faceless, pydicom has {expected.nbytes} ({expected.dtype}, shape {expected.shape})"}
    ours = raw.view(expected.dtype).reshape(expected.shape)
    if np.array_equal(ours, expected, equal_nan=expected.dtype.kind == "f"):
        return "exact", {}
    difference = np.abs(ours.astype(np.float64) - expected.astype(np.float64))
    return "differs", {"max_abs_difference": float(np.nanmax(difference)),
                       "differing_samples": int(np.count_nonzero(difference)), "samples": int(expected.size)}


def compare_pairs(manifest):
    """Rewritten files keep the original's pixels. Lossy originals are compared as decoded
    (as_rgb=False) under the rule of `compare`: within 1 of pylibjpeg, or identical to Pillow."""
    report = {"pairs": 0, "same": 0, "differs": []}
    for pair in manifest["pairs"]:
        report["pairs"] += 1
        lossy = pair.get("lossy", False)
        try:
            expected, syntax = pydicom_array(pair["original"], as_rgb=not lossy)
        except Exception as exc:  # nothing to compare with (the compare report lists these files)
            report.setdefault("original_undecodable", []).append(pair["original"])
            continue
        try:
            written, _ = pydicom_array(pair["written"], as_rgb=not lossy)
        except Exception as exc:
            report["differs"].append({"path": pair["original"], "problem": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        if expected.shape != written.shape or expected.dtype.newbyteorder("=") != written.dtype.newbyteorder("="):
            report["differs"].append({"path": pair["original"], "problem":
                                      f"{written.dtype}{written.shape} written, {expected.dtype}{expected.shape} originally"})
            continue
        worst = float(np.nanmax(np.abs(written.astype(np.float64) - expected.astype(np.float64)))) if expected.size else 0.0
        if worst == 0 or (lossy and worst <= 1):
            report["same"] += 1
        elif lossy and syntax.startswith("1.2.840.10008.1.2.4.5") and np.array_equal(
                pydicom_array(pair["original"], as_rgb=False, plugin="pillow")[0], written):
            report["same"] += 1
        else:
            report["differs"].append({"path": pair["original"], "max_abs_difference": worst})
    return report


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("compare", "pairs"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    manifest = json.load(open(sys.argv[2], encoding="utf-8"))
    if sys.argv[1] == "pairs":
        json.dump(compare_pairs(manifest), sys.stdout, indent=1)
        return
    report = {"files": 0, "no_pixels": 0, "pydicom_cannot_decode": [], "exact": [], "within_one": [],
              "matches_second_oracle": [], "differs": [], "faceless_cannot_decode": [],
              "faceless_decodes_pydicom_cannot": [], "rgb_conversions_exact": 0}
    for entry in manifest["files"]:
        path = entry["path"]
        report["files"] += 1
        try:
            arr, syntax = pydicom_array(path, as_rgb=False)
        except Exception as exc:
            target = "faceless_decodes_pydicom_cannot" if entry.get("ours") else "pydicom_cannot_decode"
            report[target].append({"path": path, "pydicom": f"{type(exc).__name__}: {exc}"[:300], "faceless": entry.get("error")})
            continue
        if arr is None:
            report["no_pixels"] += 1
            continue
        if not entry.get("ours"):
            report["faceless_cannot_decode"].append({"path": path, "syntax": syntax, "faceless": entry.get("error")})
            continue
        verdict, details = compare_raw(entry["ours"], arr)
        item = {"path": path, "syntax": syntax, **details}
        if verdict == "exact":
            report["exact"].append(item)
        elif verdict == "differs" and syntax in LOSSY and details["max_abs_difference"] <= 1:
            report["within_one"].append(item)
        elif verdict == "differs" and syntax in LOSSY and syntax.startswith("1.2.840.10008.1.2.4.5"):
            second, _ = pydicom_array(path, as_rgb=False, plugin="pillow")
            (report["matches_second_oracle"] if compare_raw(entry["ours"], second)[0] == "exact" else report["differs"]).append(item)
        else:
            report["differs"].append(item)
        if entry.get("ours_rgb"):
            rgb, _ = pydicom_array(path, as_rgb=True)
            verdict, details = compare_raw(entry["ours_rgb"], rgb)
            if verdict == "exact":
                report["rgb_conversions_exact"] += 1
            else:
                report["differs"].append({"path": path, "syntax": syntax, "stage": "YBR to RGB", **details})
    json.dump(report, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
