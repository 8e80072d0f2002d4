#!/usr/bin/env python3
"""Independent readings of the test volumes and of synthesized series, for the Faceless
loader and series-synthesis tests. Prints one JSON report.

  invesalius MANIFEST  {"path": INV3, "samples": [[z, y, x], ...]}: tarfile + plistlib + numpy
                       read of main.plist and matrix.dat (int16 little-endian, [z, y, x]).
  den MANIFEST         {"path": DEN, "samples": [[z, y, x], ...]}: the 62-byte VolPack header
                       (struct) and the uint8 voxels (numpy, [z, y, x]).
  series MANIFEST      {"folder": DIR, "raw": RAW, "dtype": "int16"|"uint16"|"uint8",
                       "size": [columns, rows, slices]}: pydicom reads every file of DIR; the
                       slices sorted by Image Position along the normal of Image Orientation,
                       stacked, are compared with RAW (the volume's voxels, little-endian).

Volume statistics are in the file's own index order: sum, and sums weighted by (x+1),
(y+1), (z+1), which change when an axis is flipped or swapped.
"""
import json
import os
import plistlib
import struct
import sys
import tarfile
import warnings

import numpy as np

warnings.simplefilter("ignore")


def stats(a):
    z, y, x = np.indices(a.shape, dtype=np.int64)
    v = a.astype(np.int64)
    return {
        "shape": list(a.shape),
        "min": int(v.min()), "max": int(v.max()), "sum": int(v.sum()),
        "sum_x": int((v * (x + 1)).sum()), "sum_y": int((v * (y + 1)).sum()), "sum_z": int((v * (z + 1)).sum()),
    }


def invesalius(manifest):
    with tarfile.open(manifest["path"], "r:gz") as archive:
        members = {os.path.basename(m.name): m for m in archive.getmembers() if m.isfile()}
        plist = plistlib.loads(archive.extractfile(members["main.plist"]).read())
        matrix = plist["matrix"]
        raw = archive.extractfile(members[matrix["filename"]]).read()
    a = np.frombuffer(raw, dtype="<i2").reshape(matrix["shape"])
    report = stats(a)
    report.update({
        "plist_shape": matrix["shape"], "dtype": matrix["dtype"], "spacing": plist["spacing"],
        "name": plist.get("name"), "modality": plist.get("modality"),
        "window_level": plist.get("window_level"), "window_width": plist.get("window_width"),
        "scalar_range": plist.get("scalar_range"),
        "samples": [int(a[z, y, x]) for z, y, x in manifest.get("samples", [])],
    })
    return report


def den(manifest):
    data = open(manifest["path"], "rb").read()
    order = "<" if data[0:2] == b"\x01\x00" else ">"
    fields = struct.unpack(order + "29hi", data[:62])
    names = ["orig_min", "orig_max", "orig_len", "extr_min", "extr_max", "extr_len", "map_min", "map_max", "map_len"]
    header = {"version": fields[0], "map_warps": fields[28], "map_length": fields[29], "little_endian": order == "<"}
    for n, name in enumerate(names):
        header[name] = list(fields[1 + 3 * n: 4 + 3 * n])
    nx, ny, nz = header["map_len"]
    a = np.frombuffer(data[62:], dtype=np.uint8).reshape(nz, ny, nx)
    report = stats(a)
    report.update({"header": header, "file_size": len(data),
                   "samples": [int(a[z, y, x]) for z, y, x in manifest.get("samples", [])]})
    return report


def series(manifest):
    import pydicom

    folder = manifest["folder"]
    files = []
    for name in sorted(os.listdir(folder)):
        ds = pydicom.dcmread(os.path.join(folder, name))
        files.append((name, ds))
    entries = []
    for name, ds in files:
        entries.append({
            "file": name,
            "transfer_syntax": str(ds.file_meta.TransferSyntaxUID),
            "sop_class": str(ds.SOPClassUID),
            "instance": int(ds.InstanceNumber),
            "ipp": [float(v) for v in ds.ImagePositionPatient],
            "iop": [float(v) for v in ds.ImageOrientationPatient],
            "pixel_spacing": [float(v) for v in ds.PixelSpacing],
            "slice_thickness": float(ds.SliceThickness),
            "slice_location": float(ds.SliceLocation) if "SliceLocation" in ds else None,
            "rescale": [float(ds.RescaleSlope), float(ds.RescaleIntercept)] if "RescaleSlope" in ds else None,
            "window": [float(ds.WindowCenter), float(ds.WindowWidth)],
            "rows": int(ds.Rows), "columns": int(ds.Columns),
            "patient_name": str(ds.PatientName), "patient_id": str(ds.PatientID),
            "birth_date": str(ds.PatientBirthDate), "accession": str(ds.AccessionNumber),
            "institution": str(ds.get("InstitutionName", "")),
            "study_uid": str(ds.StudyInstanceUID), "series_uid": str(ds.SeriesInstanceUID),
            "frame_uid": str(ds.FrameOfReferenceUID), "sop_uid": str(ds.SOPInstanceUID),
            "mtime_ns": os.stat(os.path.join(folder, name)).st_mtime_ns,
        })
    # Slice order from geometry alone: position along the normal of the orientation.
    iop = np.array(entries[0]["iop"])
    normal = np.cross(iop[:3], iop[3:])
    order = sorted(range(len(files)), key=lambda n: float(np.dot(normal, entries[n]["ipp"])))
    stack = np.stack([files[n][1].pixel_array for n in order])
    nx, ny, nz = manifest["size"]
    expected = np.fromfile(manifest["raw"], dtype=np.dtype(manifest["dtype"]).newbyteorder("<")).reshape(nz, ny, nx)
    mismatches = int((stack.astype(np.int64) != expected.astype(np.int64)).sum()) if stack.shape == expected.shape else -1
    return {
        "files": entries,
        "geometry_order": [entries[n]["file"] for n in order],
        "stack_shape": list(stack.shape),
        "pixel_dtype": str(stack.dtype),
        "mismatches": mismatches,
    }


def main():
    command, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as f:
        manifest = json.load(f)
    report = {"invesalius": invesalius, "den": den, "series": series}[command](manifest)
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
