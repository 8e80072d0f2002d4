#!/usr/bin/env python3
"""Independent oracle for the Faceless DICOM tests: pydicom 3.0.2 (and dcmdump).

Commands (each reads a manifest JSON written by the Swift tests and prints a JSON
report on stdout):

  compare MANIFEST     manifest: {"files": [{"path": P, "ours": <DICOM JSON> | null,
                       "error": "..." | null}]}. Reads each P with pydicom, converts it
                       to the DICOM JSON model element by element, and compares with
                       "ours" after the normalisation described in `normalise_element`.
  roundtrip MANIFEST   manifest: {"pairs": [{"original": P, "written": Q}]}. Checks that
                       pydicom reads Q and finds the same data set as in P, and that
                       dcmdump (dcmtk) parses Q without error.

pydicom counts as reading a file when dcmread() succeeds, or, for a file without
the Part 10 preamble that starts with a tag of group 0000-0008 (the rule Faceless
documents for bare data sets), when dcmread(force=True) succeeds.
"""
import base64
import json
import math
import subprocess
import sys
import warnings

import pydicom
from pydicom.errors import InvalidDicomError

warnings.simplefilter("ignore")
import logging

logging.getLogger("pydicom").setLevel(logging.CRITICAL)

SIGNIFICANT_LEADING_SPACE = {"LT", "ST", "UT"}
NUMBER_VRS = {"IS", "DS", "US", "SS", "UL", "SL", "SV", "UV", "FL", "FD"}
BINARY_VRS = {"OB", "OD", "OF", "OL", "OV", "OW", "UN"}


def looks_like_bare_dataset(path):
    with open(path, "rb") as f:
        head = f.read(8)
    if len(head) < 8:
        return False
    little = head[0] | head[1] << 8
    big = head[0] << 8 | head[1]
    return little <= 0x0008 or 0x0002 <= big <= 0x0008


def pydicom_read(path):
    """The pydicom Dataset, or raise if pydicom rejects the file."""
    try:
        return pydicom.dcmread(path)
    except InvalidDicomError:
        if not looks_like_bare_dataset(path):
            raise
        return pydicom.dcmread(path, force=True)


def pydicom_lost_everything(path, ds):
    """pydicom 3.0.2 returns an empty data set when the top level ends inside an
    undefined-length value: the EOFError aborts the dict comprehension that collects
    the elements (filereader.read_dataset). Faceless keeps the elements before the
    cut and warns; such files are reported as a known divergence, not compared."""
    import os
    return len(ds) == 0 and os.path.getsize(path) > 256


def dataset_json(ds):
    out = {}
    for tag in list(ds.keys()):
        key = f"{int(tag):08X}"
        try:
            elem = ds[tag]
            if elem.VR == "SQ":
                out[key] = {"vr": "SQ", "Value": [dataset_json(item) for item in elem.value]}
            else:
                out[key] = elem.to_json_dict(None, 0)
        except Exception as exc:  # pydicom cannot convert this element's value
            out[key] = {"pydicom_error": f"{type(exc).__name__}: {exc}"}
    return out


def strip_text(text, vr):
    if text is None:
        return ""
    text = text.rstrip(" \x00")
    if vr not in SIGNIFICANT_LEADING_SPACE:
        text = text.lstrip(" ")
    return text


def normalise_value(vr, value):
    if vr in NUMBER_VRS:
        out = []
        for v in value:
            if v is None or v == "":
                out.append(None)
            elif isinstance(v, str):
                try:
                    out.append(float(v.strip()))
                except ValueError:
                    out.append(v.strip())
            else:
                out.append(float(v))
        return out
    if vr == "PN":
        out = []
        for v in value:
            groups = [strip_text((v or {}).get(k, ""), vr) for k in ("Alphabetic", "Ideographic", "Phonetic")]
            while groups and groups[-1] == "":
                groups.pop()
            out.append(groups)
        return out
    if vr == "AT":
        return [str(v).upper() for v in value]
    return [strip_text(v, vr) if isinstance(v, str) or v is None else v for v in value]


def normalise_element(elem):
    """A comparable form: VR, then values. Text is compared without its padding
    (trailing spaces/NULs; leading spaces except LT/ST/UT), numbers as floats,
    person names by component group, binary by bytes, an empty value list as absent."""
    vr = elem.get("vr")
    if "InlineBinary" in elem:
        return (vr, "binary", base64.b64decode(elem["InlineBinary"]))
    value = elem.get("Value")
    if vr == "SQ":
        return (vr, "items", value or [])
    if not value or all(v is None or v == "" for v in value):
        return (vr, "empty", None)
    return (vr, "values", normalise_value(vr, value))


def numbers_equal(a, b):
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) and math.isnan(b):
            return True
        return a == b or abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    return a == b


WORD_SIZES = {"OW": 2, "OF": 4, "OL": 4, "OD": 8, "OV": 8}


def swap_words(data, size):
    """The bytes of each `size`-byte word reversed: a big-endian array read as little-endian."""
    whole = len(data) - len(data) % size
    return b"".join(data[i:i + size][::-1] for i in range(0, whole, size)) + data[whole:]


def compare_datasets(ours, theirs, where, problems, unconvertible, pad_tolerant=False, theirs_big_endian=False):
    for key in sorted(set(ours) | set(theirs)):
        here = f"{where}{key}"
        if key not in theirs:
            problems.append({"at": here, "problem": "only in Faceless", "ours": short(normalise_element(ours[key]))})
            continue
        if "pydicom_error" in theirs[key]:
            unconvertible.append({"at": here, "pydicom": theirs[key]["pydicom_error"],
                                  "ours": ours.get(key, {}).get("vr")})
            continue
        if key not in ours:
            problems.append({"at": here, "problem": "only in pydicom", "theirs": short(normalise_element(theirs[key]))})
            continue
        a, b = normalise_element(ours[key]), normalise_element(theirs[key])
        if a[0] != b[0]:
            problems.append({"at": here, "problem": "VR differs", "ours": a[0], "theirs": b[0]})
            continue
        if a[1] == "items" and b[1] == "items":
            if len(a[2]) != len(b[2]):
                problems.append({"at": here, "problem": "item count differs", "ours": len(a[2]), "theirs": len(b[2])})
                continue
            for i, (x, y) in enumerate(zip(a[2], b[2])):
                compare_datasets(x, y, f"{here}[{i}].", problems, unconvertible, pad_tolerant, theirs_big_endian)
            continue
        if a[1] == "binary" and b[1] == "binary" and theirs_big_endian and b[0] in WORD_SIZES:
            b = (b[0], b[1], swap_words(b[2], WORD_SIZES[b[0]]))
        if a[1] == "binary" and b[1] == "binary" and pad_tolerant:
            x, y = a[2], b[2]
            if x == y or (len(x) % 2 == 1 and y == x + b"\x00") or (len(y) % 2 == 1 and x == y + b"\x00"):
                continue
        if a[1] == "values" and b[1] == "values" and len(a[2]) == len(b[2]):
            if all(numbers_equal(x, y) for x, y in zip(a[2], b[2])):
                continue
        if a == b:
            continue
        problems.append({"at": here, "problem": "value differs", "ours": short(a), "theirs": short(b)})


def short(norm):
    vr, kind, value = norm
    if kind == "items":
        return f"{vr} {len(value)} items"
    if kind == "binary":
        return f"{vr} {len(value)} bytes {value[:16].hex()}"
    text = repr(value)
    return f"{vr} {text[:200]}"


def command_compare(manifest):
    report = {"files": 0, "pydicom_reads": 0, "agree": 0, "both_reject": 0,
              "faceless_rejects_pydicom_reads": [], "pydicom_rejects_faceless_reads": [],
              "mismatches": [], "pydicom_unconvertible": [], "elements_compared": 0}
    for entry in manifest["files"]:
        path = entry["path"]
        report["files"] += 1
        try:
            ds = pydicom_read(path)
            theirs = dataset_json(ds)
        except Exception as exc:
            if entry.get("ours") is None:
                report["both_reject"] += 1
            else:
                report["pydicom_rejects_faceless_reads"].append({"path": path, "pydicom": f"{type(exc).__name__}: {exc}"})
            continue
        report["pydicom_reads"] += 1
        if pydicom_lost_everything(path, ds):
            truncation_warned = any("delimiter" in w or "truncated" in w for w in entry.get("warnings", []))
            report.setdefault("known_divergences", []).append(
                {"path": path, "why": "pydicom keeps no element of a file cut inside an undefined-length value",
                 "faceless_warned": truncation_warned})
            if entry.get("ours") is not None and not truncation_warned:
                report["mismatches"].append({"path": path, "count": 1, "first": [
                    {"problem": "truncated file read without a truncation warning"}]})
            continue
        if entry.get("ours") is None:
            report["faceless_rejects_pydicom_reads"].append({"path": path, "faceless": entry.get("error")})
            continue
        problems, unconvertible = [], []
        compare_datasets(entry["ours"], theirs, "", problems, unconvertible)
        report["elements_compared"] += count_elements(theirs)
        for u in unconvertible:
            u["path"] = path
        report["pydicom_unconvertible"] += unconvertible
        if problems:
            report["mismatches"].append({"path": path, "count": len(problems), "first": problems[:8]})
        else:
            report["agree"] += 1
    return report


def count_elements(ds):
    n = 0
    for elem in ds.values():
        n += 1
        if elem.get("vr") == "SQ":
            n += sum(count_elements(item) for item in elem.get("Value") or [])
    return n


def dcmdump_check(path):
    proc = subprocess.run(["dcmdump", "-q", "+E", path], capture_output=True, text=True, errors="replace")
    errors = [line for line in (proc.stdout + proc.stderr).splitlines() if line.startswith("E:") or "error" in line.lower() and line.startswith("W:")]
    return proc.returncode, errors


def command_roundtrip(manifest):
    report = {"pairs": 0, "same": 0, "differs": [], "pydicom_cannot_read_ours": [], "dcmdump_errors": []}
    for pair in manifest["pairs"]:
        report["pairs"] += 1
        original, written = pair["original"], pair["written"]
        try:
            original_ds = pydicom_read(original)
            theirs = None if pydicom_lost_everything(original, original_ds) else dataset_json(original_ds)
            original_big_endian = not original_ds.original_encoding[1]
        except Exception:
            theirs = None
        try:
            ours = dataset_json(pydicom.dcmread(written))
        except Exception as exc:
            report["pydicom_cannot_read_ours"].append({"path": original, "error": f"{type(exc).__name__}: {exc}"})
            continue
        if theirs is not None:
            problems, unconvertible = [], []
            ours_big_endian = not pydicom.dcmread(written, stop_before_pixels=True).original_encoding[1]
            compare_datasets(ours, theirs, "", problems, unconvertible, pad_tolerant=True,
                             theirs_big_endian=original_big_endian and not ours_big_endian)
            if problems:
                report["differs"].append({"path": original, "count": len(problems), "first": problems[:8]})
            else:
                report["same"] += 1
        code, errors = dcmdump_check(written)
        if code != 0 or errors:
            report["dcmdump_errors"].append({"path": original, "exit": code, "errors": errors[:5]})
    return report


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("compare", "roundtrip"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[2], encoding="utf-8") as f:
        manifest = json.load(f)
    report = command_compare(manifest) if sys.argv[1] == "compare" else command_roundtrip(manifest)
    json.dump(report, sys.stdout, indent=1, default=str)


if __name__ == "__main__":
    main()
