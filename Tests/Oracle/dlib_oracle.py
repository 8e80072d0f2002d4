#!/usr/bin/env python3
"""Python dlib (PyPI dlib-bin, its own build of dlib 20.0.1) on the images the Swift face check
ran on: an independent binding and build of the same models. Prints one JSON report.

  faces MANIFEST  {"models": FOLDER, "images": [{"path": PNG, "upsample": N, "threshold": T}, ...]}
                  For each grey PNG: the HOG frontal detector's rectangles, scores and filter
                  indices (detector.run), the CNN detector's rectangles and scores, and for the
                  best HOG detection the 5 landmarks and the 128-D descriptor of its face chip
                  (150 px, 25% padding: dlib's defaults), on the grey value repeated as RGB.
                  Rectangles are [left, top, right, bottom], inclusive.
"""
import json
import sys

import dlib
import numpy as np
from PIL import Image


def rect(r):
    return [r.left(), r.top(), r.right(), r.bottom()]


def faces(manifest):
    folder = manifest["models"].rstrip("/") + "/"
    hog = dlib.get_frontal_face_detector()
    cnn = dlib.cnn_face_detection_model_v1(folder + "mmod_human_face_detector.dat")
    predictor = dlib.shape_predictor(folder + "shape_predictor_5_face_landmarks.dat")
    recogniser = dlib.face_recognition_model_v1(folder + "dlib_face_recognition_resnet_model_v1.dat")
    report = {"dlib": dlib.__version__, "images": []}
    for item in manifest["images"]:
        with Image.open(item["path"]) as image:
            grey = np.ascontiguousarray(np.asarray(image.convert("L")))
        rects, scores, filters = hog.run(grey, item["upsample"], item["threshold"])
        entry = {
            "path": item["path"],
            "hog": [{"rect": rect(r), "score": s, "filter": int(f)} for r, s, f in zip(rects, scores, filters)],
            # The CNN's own threshold is fixed at 0 in the Python binding.
            "cnn": [{"rect": rect(d.rect), "score": d.confidence} for d in cnn(grey, item["upsample"])],
        }
        if len(rects) > 0:
            shape = predictor(grey, rects[0])
            entry["landmarks"] = [[p.x, p.y] for p in shape.parts()]
            rgb = np.ascontiguousarray(np.stack([grey] * 3, axis=-1))
            entry["embedding"] = list(recogniser.compute_face_descriptor(rgb, shape))
        report["images"].append(entry)
    return report


if __name__ == "__main__":
    command, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as f:
        manifest = json.load(f)
    print(json.dumps({"faces": faces}[command](manifest)))
