#!/usr/bin/env python3
"""NIfTI oracle for the Faceless tests: nibabel 5.4.2.

  check MANIFEST   manifest: {"files": [{"path": P, "raw": R, "dtype": D, "affine": A, "slope": s, "inter": i}]}
                   P is a NIfTI file Faceless wrote; R its voxels as Faceless holds them (D =
                   uint8/int16/uint16/float32, little-endian, column index fastest); A Faceless's
                   voxel -> RAS affine (4x4). For each file, reports what nibabel reads: whether its
                   stored (unscaled) voxels equal R exactly, the largest |get_fdata - (R*s + i)|,
                   the largest |nibabel affine - A|, the largest |qform - sform|, the codes, qfac,
                   the on-disk datatype, header version and nibabel's header diagnosis ("" if clean).
  make MANIFEST    manifest: {"folder": F}. nibabel writes a set of NIfTI files into F (datatypes,
                   sform only, qform only, both with different codes, nibabel-chosen scaling,
                   big-endian, NIfTI-2, gzip, an extension moving vox_offset, 4-D with one
                   time point, neither transform) and reports for each: the path, its stored voxels
                   converted to the type Faceless should read them as (written to a .raw file,
                   little-endian, column index fastest), the slope and intercept nibabel reads
                   ([1, 0] when unscaled), and the expected voxel -> RAS affine (nibabel's; for the
                   no-transform case the NIfTI-1 method 1 affine diag(pixdim), which nibabel
                   replaces with a centred one). Files Faceless must reject carry "error": KIND.
"""
import json
import os
import sys
import warnings

import numpy as np
import nibabel as nib

warnings.simplefilter("ignore")

OURS = {  # stored datatype -> the voxel type Faceless reads it as
    "uint8": "uint8", "int8": "int16", "int16": "int16", "uint16": "uint16", "float32": "float32",
    "int32": "float32", "uint32": "float32", "int64": "float32", "uint64": "float32", "float64": "float32",
}


def raw_array(path, dtype, shape):
    data = np.fromfile(path, dtype=np.dtype(dtype).newbyteorder("<"))
    return data.reshape(shape, order="F")


def check(manifest):
    results = []
    for item in manifest["files"]:
        out = {"path": item["path"]}
        try:
            img = nib.load(item["path"])
            hdr = img.header
            shape = tuple(int(n) for n in img.shape)
            out["shape"] = list(shape)
            out["version"] = 2 if isinstance(img, nib.Nifti2Image) else 1
            out["datatype"] = str(hdr.get_data_dtype().newbyteorder("=").name)
            ours = raw_array(item["raw"], item["dtype"], shape)
            stored = np.asanyarray(img.dataobj.get_unscaled())
            out["voxels_equal"] = bool(stored.dtype == ours.dtype and np.array_equal(stored, ours))
            real = ours.astype(np.float64) * item["slope"] + item["inter"]
            out["fdata_max_diff"] = float(np.max(np.abs(img.get_fdata() - real)))
            out["affine_max_diff"] = float(np.max(np.abs(img.affine - np.array(item["affine"]))))
            out["qform_sform_max_diff"] = float(np.max(np.abs(hdr.get_qform() - hdr.get_sform())))
            out["qform_code"] = int(hdr["qform_code"])
            out["sform_code"] = int(hdr["sform_code"])
            out["qfac"] = float(hdr["pixdim"][0])
            out["xyzt_units"] = int(hdr["xyzt_units"])
            out["problems"] = type(hdr).diagnose_binaryblock(hdr.binaryblock)  # nibabel's header checks
            out["slope_inter"] = [float(img.dataobj.slope), float(img.dataobj.inter)]
        except Exception as error:  # reported, not raised: the Swift side shows it
            out["error"] = f"{type(error).__name__}: {error}"
        results.append(out)
    print(json.dumps({"files": results}))


def rotation(ax, ay, az):
    cx, sx, cy, sy, cz, sz = np.cos(ax), np.sin(ax), np.cos(ay), np.sin(ay), np.cos(az), np.sin(az)
    rx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    ry = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    rz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return rz @ ry @ rx


def affine(rot, zooms, offset, left_handed=False):
    a = np.eye(4)
    r = rot.copy()
    if left_handed:
        r[:, 2] = -r[:, 2]
    a[:3, :3] = r * np.array(zooms)
    a[:3, 3] = offset
    return a


def make(manifest):
    folder = manifest["folder"]
    rng = np.random.default_rng(20240611)
    shape = (7, 5, 4)
    oblique = affine(rotation(0.35, -0.3, 0.1), [0.9, 1.1, 2.5], [-91.5, 120.25, -60.0])
    oblique_left = affine(rotation(-0.2, 0.4, 2.9), [1.0, 0.7, 3.0], [10.0, -20.5, 33.0], left_handed=True)
    axial = affine(np.diag([-1.0, -1.0, 1.0]), [0.5, 0.5, 1.25], [128.0, 110.0, -40.0])
    cases = []

    def data(dtype, shape=shape):
        info = np.iinfo(dtype) if np.dtype(dtype).kind in "iu" else None
        if info is None:
            return rng.normal(0, 500, shape).astype(dtype)
        low, high = max(int(info.min), -(2 ** 40)), min(int(info.max), 2 ** 40)
        return rng.integers(low, high, shape, endpoint=True, dtype=dtype)

    def add(name, img, expected_affine=None, error=None, check_big=False):
        path = os.path.join(folder, name)
        nib.save(img, path)
        back = nib.load(path)
        entry = {"path": path, "name": name}
        if error:
            entry["error"] = error
            cases.append(entry)
            return
        stored = np.asanyarray(back.dataobj.get_unscaled())
        stored = stored.reshape(stored.shape[:3], order="F") if stored.ndim > 3 else stored
        ours = OURS[stored.dtype.newbyteorder("=").name]
        raw = path + ".raw"
        stored.astype(np.dtype(ours).newbyteorder("<")).reshape(-1, order="F").tofile(raw)
        slope, inter = back.dataobj.slope, back.dataobj.inter  # nibabel moves scaling off the loaded header
        entry.update({
            "raw": raw, "dtype": ours, "shape": [int(n) for n in stored.shape],
            "stored_dtype": stored.dtype.newbyteorder("=").name,
            "slope": float(slope), "inter": float(inter),
            "affine": (back.affine if expected_affine is None else expected_affine).tolist(),
            "version": 2 if isinstance(back, nib.Nifti2Image) else 1,
            "big_endian": back.header.endianness == ">",
        })
        cases.append(entry)

    for dtype in ["uint8", "int8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64"]:
        add(f"plain_{dtype}.nii", nib.Nifti1Image(data(dtype), oblique, dtype=dtype))

    img = nib.Nifti1Image(data("uint8"), oblique)  # sform only
    img.set_qform(None, code=0)
    img.set_sform(oblique, code=2)
    add("sform_only.nii", img)

    img = nib.Nifti1Image(data("int16"), None)  # qform only, left-handed (qfac -1)
    img.set_qform(oblique_left, code=1)
    img.set_sform(None, code=0)
    add("qform_only_left.nii", img)

    img = nib.Nifti1Image(data("uint16"), None)  # both, different codes and different affines
    img.set_qform(axial, code=1)
    img.set_sform(oblique, code=4)
    add("both_codes.nii", img)

    img = nib.Nifti1Image(rng.normal(40, 400, shape), axial)  # nibabel picks int16 scaling
    img.set_data_dtype(np.int16)
    add("scaled_int16.nii.gz", img)

    img = nib.Nifti1Image(rng.uniform(0, 3, shape), oblique)  # nibabel picks uint8 scaling
    img.set_data_dtype(np.uint8)
    add("scaled_uint8.nii", img)

    for dtype, name in [("int16", "big_int16.nii"), ("float32", "big_float32.nii.gz"), ("float64", "big_float64.nii")]:
        img = nib.Nifti1Image(data(dtype), oblique_left)
        img.set_data_dtype(dtype)
        swapped = nib.Nifti1Image(data(dtype), oblique_left, header=img.header.as_byteswapped(">"))
        add(name, swapped)

    for dtype, name in [("int16", "nifti2_int16.nii"), ("uint16", "nifti2_uint16.nii.gz"), ("float32", "nifti2_float32.nii")]:
        img = nib.Nifti2Image(data(dtype), oblique)
        img.set_data_dtype(dtype)
        add(name, img)
    img = nib.Nifti2Image(data("int16"), None)
    img.set_qform(oblique_left, code=1)
    img.set_sform(None, code=0)
    img = nib.Nifti2Image(img.get_fdata().astype(np.int16), None, header=img.header.as_byteswapped(">"))
    add("nifti2_big_qform.nii", img)

    img = nib.Nifti1Image(data("int16"), axial)  # an extension moves vox_offset past 352
    img.header.extensions.append(nib.nifti1.Nifti1Extension("comment", b"Faceless test extension " * 5))
    add("extension.nii", img)

    img = nib.Nifti1Image(data("int16", shape + (1,)), axial)  # 4-D, one time point
    add("four_d_one.nii.gz", img)

    img = nib.Nifti1Image(data("int16"), None)  # neither transform: NIfTI method 1
    img.header.set_zooms((0.8, 0.9, 2.0))
    img.set_qform(None, code=0)
    img.set_sform(None, code=0)
    add("no_transform.nii", img, expected_affine=np.diag([0.8, 0.9, 2.0, 1.0]))

    img = nib.Nifti1Image(data("int16", shape + (3,)), axial)
    add("four_d_three.nii", img, error="badDimensions")
    rgb = np.zeros(shape, dtype=[("R", "u1"), ("G", "u1"), ("B", "u1")])
    add("rgb.nii", nib.Nifti1Image(rgb, axial), error="unsupportedDatatype")
    print(json.dumps({"files": cases}))


if __name__ == "__main__":
    with open(sys.argv[2]) as handle:
        request = json.load(handle)
    {"check": check, "make": make}[sys.argv[1]](request)
