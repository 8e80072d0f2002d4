#!/usr/bin/env python3
"""Independent checks for the `faceless deid` tests (pydicom 3.0.2 + pylibjpeg, numpy, scipy).

Usage: pipeline_oracle.py COMMAND MANIFEST.json   (prints one JSON object)

  compare  {"pairs": [{"input": DIR, "output": DIR, "text_box": [x0, y0, x1, y1]?}, ...]}:
           reads both series with pydicom, orders slices by Image Position (Patient) along the
           slice normal, converts to HU, and reports per pair: slice counts, whether the
           geometry agrees, the output's transfer syntaxes and patient IDs, how many voxels of
           the skull changed (the largest 26-connected part of HU > 300, so not a head holder
           or table), how many voxels inside it changed (per slice, the largest hole of the
           skull when it is at least 20 cm², filled with scipy's binary_fill_holes, eroded by 2 voxels), how many voxels
           changed in all, and with `text_box` the highest HU of the
           output in that box of every slice (pixels [y0:y1, x0:x1]).
"""
import glob
import json
import os
import sys

import numpy as np
import pydicom
from scipy import ndimage


def load(folder):
    datasets = [pydicom.dcmread(path) for path in sorted(glob.glob(os.path.join(folder, "*")))
                if os.path.isfile(path)]
    first = datasets[0]
    orientation = np.array(first.ImageOrientationPatient, dtype=float)
    normal = np.cross(orientation[:3], orientation[3:])
    datasets.sort(key=lambda d: float(np.dot(normal, np.array(d.ImagePositionPatient, dtype=float))))
    volume = np.stack([d.pixel_array.astype(np.float64) * float(getattr(d, "RescaleSlope", 1))
                       + float(getattr(d, "RescaleIntercept", 0)) for d in datasets])
    positions = np.array([d.ImagePositionPatient for d in datasets], dtype=float)
    return datasets, volume, positions, orientation


def skull(bone):
    """The largest 26-connected part of the bone mask: the skull, not a head holder or table."""
    labels, count = ndimage.label(bone, structure=np.ones((3, 3, 3)))
    if count == 0:
        return bone
    sizes = ndimage.sum_labels(np.ones_like(labels), labels, range(1, count + 1))
    return labels == 1 + int(np.argmax(sizes))


def compare(manifest):
    results = []
    for pair in manifest["pairs"]:
        inputs, before, input_positions, input_orientation = load(pair["input"])
        outputs, after, output_positions, output_orientation = load(pair["output"])
        result = {
            "input_slices": len(inputs), "output_slices": len(outputs),
            "transfer_syntaxes": sorted({str(d.file_meta.TransferSyntaxUID) for d in outputs}),
            "patient_ids": sorted({str(d.PatientID) for d in outputs}),
            "patient_names": sorted({str(d.PatientName) for d in outputs}),
            "burned_in_annotation": sorted({str(getattr(d, "BurnedInAnnotation", "")) for d in outputs}),
            "recognizable_visual_features": sorted({str(getattr(d, "RecognizableVisualFeatures", "")) for d in outputs}),
        }
        if before.shape == after.shape:
            result["geometry_equal"] = bool(np.allclose(input_positions, output_positions, atol=1e-3)
                                            and np.allclose(input_orientation, output_orientation, atol=1e-5))
            bone = skull(before > 300)
            pixel_area = float(np.prod(np.array(inputs[0].PixelSpacing, dtype=float)))
            inside = np.zeros_like(bone)
            for k in range(bone.shape[0]):
                holes, count = ndimage.label(ndimage.binary_fill_holes(bone[k]) & ~bone[k])
                if count:
                    sizes = ndimage.sum_labels(np.ones_like(holes), holes, range(1, count + 1))
                    # The cranial cavity is a hole of many square centimetres; a sinus or the gap
                    # between nasal bones is not.
                    if sizes.max() * pixel_area >= 2000:
                        inside[k] = ndimage.binary_erosion(holes == 1 + int(np.argmax(sizes)), iterations=2)
            changed = before != after
            result.update({
                "bone_voxels": int(bone.sum()), "bone_changed": int((changed & bone).sum()),
                "inside_skull_voxels": int(inside.sum()), "inside_skull_changed": int((changed & inside).sum()),
                "changed": int(changed.sum()),
            })
        if "text_box" in pair:
            x0, y0, x1, y1 = pair["text_box"]
            result["text_box_max"] = float(after[:, y0:y1, x0:x1].max())
            result["text_box_max_before"] = float(before[:, y0:y1, x0:x1].max())
        results.append(result)
    return {"pairs": results}


if __name__ == "__main__":
    command, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as handle:
        manifest = json.load(handle)
    print(json.dumps({"compare": compare}[command](manifest)))
