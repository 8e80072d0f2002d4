#!/usr/bin/env python3
"""Independent reading of PNG files written by Faceless (renders, contact sheets), with Pillow
and numpy. Prints one JSON report.

  png MANIFEST  {"files": [PATH, ...], "samples": [[x, y], ...], "colours": [[r, g, b], ...]}:
                for each file its size, mode, bit depth, the sum of its samples and the sums
                weighted by (x+1) and (y+1) (which change when the image is flipped or shifted),
                and the values at the sample positions (x = column, y = row from the top); for
                RGB files, how many pixels have each of the optional colours.
"""
import json
import sys

import numpy as np
from PIL import Image


def png(manifest):
    report = {"pillow": Image.__version__, "files": []}
    for path in manifest["files"]:
        with Image.open(path) as image:
            image.load()
            entry = {"path": path, "format": image.format, "mode": image.mode, "width": image.width, "height": image.height}
            pixels = np.asarray(image).astype(np.int64)
        if pixels.ndim == 2:
            y, x = np.indices(pixels.shape)
            entry["sum"] = int(pixels.sum())
            entry["sum_x"] = int((pixels * (x + 1)).sum())
            entry["sum_y"] = int((pixels * (y + 1)).sum())
            entry["samples"] = [int(pixels[sy, sx]) for sx, sy in manifest["samples"] if sx < image.width and sy < image.height]
        elif pixels.ndim == 3:
            entry["colour_counts"] = [int(np.all(pixels == np.array(colour), axis=2).sum()) for colour in manifest.get("colours", [])]
        report["files"].append(entry)
    return report


if __name__ == "__main__":
    command, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as f:
        manifest = json.load(f)
    print(json.dumps({"png": png}[command](manifest)))
