#!/usr/bin/env python3
"""Independent checks for the Deidentify tests (pydicom 3.0.2, hmac, openpyxl 3.1.5).

Usage: deid_oracle.py COMMAND MANIFEST.json   (prints one JSON object)

  identities  {"files": [...]}: for each readable file, the identifying strings pydicom sees:
              every PN value and the values of ID/accession/institution/address attributes,
              at every depth (those the tests then look for in the de-identified outputs).
  read        {"files": [...]}: pydicom reads each file: SOP/Study/Series/FoR UIDs, referenced
              SOP instance UIDs, provenance attributes, a sha256 of the Pixel Data bytes.
  uids        {"key_hex": ..., "uids": [...]}: "2.25." + int(first 16 bytes of
              HMAC-SHA256(key, "uid:" + uid)) for each, computed with Python's hmac and int.
  shift       {"dates": [...], "days": N}: each YYYYMMDD shifted by N days with datetime.
  xlsx        {"path": ..., "rows": [[...], ...]}: writes a workbook with openpyxl (strings
              stay strings; cells given as {"number": n} are written as numbers).
"""
import datetime
import hashlib
import hmac
import json
import sys

import pydicom
from pydicom.errors import InvalidDicomError

ID_KEYWORDS = {
    "PatientID", "OtherPatientIDs", "AccessionNumber", "InstitutionName", "InstitutionAddress",
    "PatientAddress", "StationName", "IssuerOfPatientID", "PatientTelephoneNumbers", "DeviceSerialNumber",
}


def walk(dataset, found):
    for element in dataset:
        if element.VR == "SQ":
            for item in element.value:
                walk(item, found)
        elif element.VR == "PN" or element.keyword in ID_KEYWORDS:
            values = element.value if isinstance(element.value, (list, pydicom.multival.MultiValue)) else [element.value]
            for value in values:
                text = str(value).strip()
                if text:
                    found.append({"keyword": element.keyword, "vr": element.VR, "value": text})


def identities(manifest):
    out = []
    for path in manifest["files"]:
        try:
            ds = pydicom.dcmread(path, stop_before_pixels=True)
        except (InvalidDicomError, Exception) as error:  # the test lists unreadable ones
            out.append({"path": path, "error": str(error)})
            continue
        found = []
        walk(ds, found)
        out.append({"path": path, "values": found})
    return {"files": out}


def references(dataset, found):
    for element in dataset:
        if element.VR == "SQ":
            for item in element.value:
                references(item, found)
        elif element.keyword == "ReferencedSOPInstanceUID":
            found.append(str(element.value))


def read(manifest):
    out = []
    for path in manifest["files"]:
        try:
            ds = pydicom.dcmread(path)
        except Exception as error:
            out.append({"path": path, "error": str(error)})
            continue
        refs = []
        references(ds, refs)
        pixel = ds.get((0x7FE0, 0x0010))
        codes = [str(item.CodeValue) for item in ds.get("DeidentificationMethodCodeSequence", [])]
        out.append({
            "path": path,
            "sop": str(ds.get("SOPInstanceUID", "")),
            "media_sop": str(ds.file_meta.get("MediaStorageSOPInstanceUID", "")),
            "source_ae": str(ds.file_meta.get("SourceApplicationEntityTitle", "")),
            "study": str(ds.get("StudyInstanceUID", "")),
            "series": str(ds.get("SeriesInstanceUID", "")),
            "frame": str(ds.get("FrameOfReferenceUID", "")),
            "references": refs,
            "patient_id": str(ds.get("PatientID", "")),
            "patient_name": str(ds.get("PatientName", "")),
            "accession": str(ds.get("AccessionNumber", "")),
            "identity_removed": str(ds.get("PatientIdentityRemoved", "")),
            "method": [str(v) for v in (ds.get("DeidentificationMethod") or [])] if ds.get("DeidentificationMethod") is not None else [],
            "method_codes": codes,
            "longitudinal": str(ds.get("LongitudinalTemporalInformationModified", "")),
            "study_date": str(ds.get("StudyDate", "")),
            "sex": str(ds.get("PatientSex", "")),
            "age": str(ds.get("PatientAge", "")),
            "preamble_zero": ds.preamble is not None and not any(ds.preamble),
            "pixel_sha256": hashlib.sha256(pixel.value).hexdigest() if pixel is not None and isinstance(pixel.value, bytes) else "",
        })
    return {"files": out}


def uids(manifest):
    key = bytes.fromhex(manifest["key_hex"])
    result = {}
    for uid in manifest["uids"]:
        digest = hmac.new(key, ("uid:" + uid).encode(), hashlib.sha256).digest()
        result[uid] = "2.25." + str(int.from_bytes(digest[:16], "big"))
    return {"uids": result}


def shift(manifest):
    days = datetime.timedelta(days=manifest["days"])
    return {"dates": {d: (datetime.datetime.strptime(d, "%Y%m%d") + days).strftime("%Y%m%d") for d in manifest["dates"]}}


def xlsx(manifest):
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    for row in manifest["rows"]:
        sheet.append([cell["number"] if isinstance(cell, dict) else cell for cell in row])
    book.save(manifest["path"])
    return {"written": manifest["path"]}


def main():
    command, manifest_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as f:
        manifest = json.load(f)
    handlers = {"identities": identities, "read": read, "uids": uids, "shift": shift, "xlsx": xlsx}
    print(json.dumps(handlers[command](manifest)))


if __name__ == "__main__":
    main()
