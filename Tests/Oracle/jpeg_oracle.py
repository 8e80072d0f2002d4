#!/usr/bin/env python3
"""JPEG oracle for the Faceless codec tests: pydicom 3.0.2 with pylibjpeg.

  jpeg_oracle.py dump OUTDIR FILE...

For each FILE (numbered 0, 1, ... in argument order) writes OUTDIR/<n>.raw with the
decoded pixel data of all frames as pydicom's decoder returns it *before* its own
YBR->RGB conversion (`as_array(raw=True)`): little-endian, samples interleaved, signed
values sign-extended. Prints one JSON object on stdout:

  {"files": [{"path": FILE, "photometric": PI-after-decoding, "dtype": "uint16",
              "shape": [...], "syntax": UID} | {"path": FILE, "error": "..."}]}

  jpeg_oracle.py jpeg OUTDIR FILE...

Decodes bare JPEG streams with pylibjpeg-libjpeg (the decoder pydicom uses) and writes
OUTDIR/<n>.raw the same way; reports {"files": [{"path", "dtype", "shape"} | {"error"}]}.

`photometric` is the value pydicom's decoder settled on (it may differ from the data
set's, e.g. when the JPEG stream carries a JFIF marker or 'R','G','B' component ids).
"""
import json
import logging
import os
import sys
import warnings

import numpy as np
import pydicom
from pydicom.pixels import get_decoder

warnings.simplefilter("ignore")
logging.getLogger("pydicom").setLevel(logging.CRITICAL)


def dump(outdir, paths):
    report = []
    for index, path in enumerate(paths):
        entry = {"path": path}
        try:
            ds = pydicom.dcmread(path)
            syntax = ds.file_meta.TransferSyntaxUID
            entry["syntax"] = str(syntax)
            arr, meta = get_decoder(syntax).as_array(ds, raw=True)
            arr = np.ascontiguousarray(arr)
            entry["photometric"] = str(meta.get("photometric_interpretation", ds.get("PhotometricInterpretation", "")))
            entry["dtype"] = str(arr.dtype)
            entry["shape"] = list(arr.shape)
            with open(os.path.join(outdir, f"{index}.raw"), "wb") as f:
                f.write(arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes())
        except Exception as error:  # the report says why; the Swift test decides
            entry["error"] = f"{type(error).__name__}: {error}"[:500]
        report.append(entry)
    json.dump({"files": report}, sys.stdout)


def jpeg(outdir, paths):
    from libjpeg import decode

    report = []
    for index, path in enumerate(paths):
        entry = {"path": path}
        try:
            arr = np.ascontiguousarray(decode(path))
            entry["dtype"] = str(arr.dtype)
            entry["shape"] = list(arr.shape)
            with open(os.path.join(outdir, f"{index}.raw"), "wb") as f:
                f.write(arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes())
        except Exception as error:
            entry["error"] = f"{type(error).__name__}: {error}"[:500]
        report.append(entry)
    json.dump({"files": report}, sys.stdout)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("dump", "jpeg"):
        sys.exit(__doc__)
    (dump if sys.argv[1] == "dump" else jpeg)(sys.argv[2], sys.argv[3:])
