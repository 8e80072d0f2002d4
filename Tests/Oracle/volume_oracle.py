#!/usr/bin/env python3
"""Volume oracle for the Faceless tests: dcm2niix (PyPI) and nibabel.

  compare MANIFEST   manifest: {"pairs": [{"ours": NII, "dicom": DIR} | {"ours": NII, "reference": NII}]}
                     With "dicom", dcm2niix converts DIR first (-z n -b n; one NIfTI expected).
                     Both files are read with nibabel and brought to the closest canonical (RAS)
                     orientation, which only permutes and flips axes; then the real-valued arrays
                     (get_fdata: stored x scl_slope + scl_inter) must be equal and the affines
                     within 1e-3 mm. Prints a JSON report.
  diff MANIFEST      manifest: {"pairs": [{"original": DCM, "written": DCM}]}: pydicom reads both;
                     reports per pair whether every element other than Pixel Data is equal, and
                     the flat indices (row-major, frame after frame) of the pixels that differ
                     in pixel_array, with their original and written values.
  count MANIFEST     manifest: {"file": NII, "value": V}: nibabel's shape of NII and how many of its
                     real values (get_fdata) equal V.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import nibabel as nib
import numpy as np
import pydicom


def dcm2niix(folder):
    out = tempfile.mkdtemp(prefix="faceless-dcm2niix-")
    proc = subprocess.run(["dcm2niix", "-z", "n", "-b", "n", "-f", "reference", "-o", out, folder],
                          capture_output=True, text=True)
    files = sorted(glob.glob(os.path.join(out, "*.nii")))
    if proc.returncode != 0 or len(files) != 1:
        raise RuntimeError(f"dcm2niix gave {len(files)} files (exit {proc.returncode}): {proc.stdout[-600:]} {proc.stderr[-300:]}")
    return files[0]


def canonical(path):
    image = nib.as_closest_canonical(nib.load(path))
    return np.asarray(image.get_fdata(dtype=np.float64)), image.affine


def compare(pair):
    reference = dcm2niix(pair["dicom"]) if "dicom" in pair else pair["reference"]
    ours, ours_affine = canonical(pair["ours"])
    theirs, theirs_affine = canonical(reference)
    result = {"ours": pair["ours"], "shape": list(ours.shape)}
    if ours.shape != theirs.shape:
        result["problem"] = f"shape {ours.shape} vs reference {theirs.shape}"
        return result
    differing = int(np.count_nonzero(ours != theirs))
    affine_error = float(np.max(np.abs(ours_affine - theirs_affine)))
    result.update({"differing_voxels": differing, "max_affine_difference": affine_error})
    if differing:
        result["problem"] = f"{differing} voxels differ (max {float(np.max(np.abs(ours - theirs)))})"
    elif affine_error > 1e-3:
        result["problem"] = f"affines differ by {affine_error} mm: ours {ours_affine.tolist()} reference {theirs_affine.tolist()}"
    return result


def diff(pair):
    original, written = pydicom.dcmread(pair["original"]), pydicom.dcmread(pair["written"])
    headers_equal = [e for e in original if e.tag != 0x7FE00010] == [e for e in written if e.tag != 0x7FE00010]
    before, after = original.pixel_array.ravel(), written.pixel_array.ravel()
    changed = np.flatnonzero(before != after)
    return {"written": pair["written"], "headers_equal": headers_equal,
            "syntax": str(written.file_meta.TransferSyntaxUID),
            "changed": changed.tolist(), "before": before[changed].tolist(), "after": after[changed].tolist()}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("compare", "diff", "count"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    manifest = json.load(open(sys.argv[2], encoding="utf-8"))
    if sys.argv[1] == "count":
        data = nib.load(manifest["file"]).get_fdata()
        json.dump({"shape": list(data.shape), "count": int(np.count_nonzero(data == manifest["value"]))}, sys.stdout)
        return
    if sys.argv[1] == "diff":
        json.dump({"results": [diff(pair) for pair in manifest["pairs"]]}, sys.stdout)
        return
    report = {"pairs": 0, "same": 0, "problems": [], "results": []}
    for pair in manifest["pairs"]:
        report["pairs"] += 1
        try:
            result = compare(pair)
        except Exception as exc:
            result = {"ours": pair.get("ours"), "problem": f"{type(exc).__name__}: {exc}"}
        report["results"].append(result)
        if "problem" in result:
            report["problems"].append(result)
        else:
            report["same"] += 1
    json.dump(report, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
