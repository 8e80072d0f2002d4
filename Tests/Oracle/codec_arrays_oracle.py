#!/usr/bin/env python3
"""Dumps pydicom's decoded pixels for the JPEG-LS / JPEG 2000 codec tests.

  codec_arrays_oracle.py OUTDIR FILE...

For each FILE (numbered from 0 in argument order) writes OUTDIR/<n>.raw holding
pydicom.dcmread(FILE).pixel_array as little-endian bytes in C order (frames, rows,
columns, samples), and prints one JSON object per line:
  {"index": n, "path": FILE, "dtype": "<u2", "shape": [...], "photometric": "RGB"}
or {"index": n, "path": FILE, "error": "..."} when pydicom cannot decode it.
"photometric" is the Photometric Interpretation pydicom reports for the array.
Oracle: pydicom 3.0.2 with pylibjpeg 2.1.0, pylibjpeg-libjpeg 2.5.0, pylibjpeg-openjpeg 2.6.0.
"""
import json
import logging
import os
import sys
import warnings

import pydicom
from pydicom.pixels import get_decoder

warnings.simplefilter("ignore")
logging.getLogger("pydicom").setLevel(logging.CRITICAL)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    out_dir = sys.argv[1]
    for index, path in enumerate(sys.argv[2:]):
        record = {"index": index, "path": path}
        try:
            ds = pydicom.dcmread(path)
            array = ds.pixel_array
            # The same decode through the decoder API, for the properties it reports.
            _, properties = get_decoder(ds.file_meta.TransferSyntaxUID).as_array(ds)
            little = array.astype(array.dtype.newbyteorder("<"), copy=False)
            with open(os.path.join(out_dir, f"{index}.raw"), "wb") as handle:
                handle.write(little.tobytes(order="C"))
            record.update(dtype=little.dtype.str, shape=list(array.shape),
                          photometric=str(properties.get("photometric_interpretation", ds.PhotometricInterpretation)))
        except Exception as exc:  # pydicom's failure is a result, not a crash
            record["error"] = f"{type(exc).__name__}: {exc}"[:300]
        print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
