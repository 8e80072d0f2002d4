#!/usr/bin/env python3
"""Oracle for Faceless's character-set tests: dumps what pydicom 3.0.2 makes of text.

Usage: charset_oracle.py CHARSET_DIR OUT.json

For every text element (SH, LO, ST, LT, UC, UT, PN) of every *.dcm file in CHARSET_DIR,
nested sequence items included, writes: the file, the tag path, the VR, the raw value
bytes (hex), the Specific Character Set terms in effect (as in the file, after
inheritance), pydicom's decode of the whole value, pydicom's final values (as str), and
pydicom's own re-encoding of those values. Also writes, per Python codec used for DICOM
character sets, the decode of every single byte and (for multi-byte codecs) of every
two-byte sequence, so the Swift code page tables can be checked against Python's.
"""
import json
import sys
import warnings
from pathlib import Path

import pydicom
from pydicom.charset import convert_encodings, decode_bytes, encode_string
from pydicom.valuerep import TEXT_VR_DELIMS, PersonName

TEXT_VRS = {"SH", "LO", "ST", "LT", "UC", "UT", "PN"}


def raw_terms(ds, inherited):
    elem = ds._dict.get(0x00080005)
    if elem is None:
        return inherited
    value = elem.value
    if isinstance(value, bytes):
        text = value.decode("latin_1")
    elif isinstance(value, str):
        text = value
    else:
        text = "\\".join(value)
    if not text.rstrip(" \x00"):
        return inherited
    return text.split("\\")  # as in the file: not trimmed


def pydicom_terms(terms):
    """The terms as pydicom reads the CS value: trailing padding removed, then split."""
    if not terms:
        return None
    return "\\".join(terms).rstrip(" \x00").split("\\")


def walk(ds, terms, path, out, fname):
    terms = raw_terms(ds, terms)
    for tag in sorted(ds._dict.keys()):
        raw = ds._dict[tag]
        elem = ds[tag]  # converts with the dataset's character set
        vr = str(elem.VR)
        tag_str = f"{tag >> 16:04X}{tag & 0xFFFF:04X}"
        if vr == "SQ":
            for i, item in enumerate(elem.value):
                walk(item, terms, path + [f"{tag_str}[{i}]"], out, fname)
            continue
        if vr not in TEXT_VRS:
            continue
        raw_bytes = raw.value if hasattr(raw, "value") and isinstance(raw.value, bytes) else None
        if raw_bytes is None:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            encodings = convert_encodings(pydicom_terms(terms))
            whole = decode_bytes(raw_bytes, encodings, TEXT_VR_DELIMS)
            value = elem.value
            values = list(value) if elem.VM > 1 else [value]
            values = ["" if v is None else str(v) for v in values]
            try:
                if vr == "PN":
                    enc = b"\\".join(PersonName(v, encodings).encode(encodings) for v in values)
                else:
                    enc = b"\\".join(encode_string(v, encodings) for v in values)
                reencoded = enc.hex()
            except Exception:
                reencoded = None
        out.append({
            "file": fname,
            "path": "/".join(path + [tag_str]),
            "vr": vr,
            "hex": raw_bytes.hex(),
            "terms": terms,
            "decoded": whole,
            "values": values,
            "reencoded": reencoded,
        })


def codec_tables():
    single = ["latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6",
              "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_15", "tis_620", "shift_jis",
              "euc_kr", "gb18030", "gbk", "gb2312"]
    tables = {}
    for codec in single:
        entries = {}
        for b in range(256):
            try:
                entries[f"{b:02x}"] = bytes([b]).decode(codec)
            except UnicodeDecodeError:
                pass
        if codec in ("shift_jis", "euc_kr", "gb18030", "gbk", "gb2312"):
            for lead in range(0x81, 0x100):
                for trail in range(0x40, 0x100):
                    try:
                        entries[f"{lead:02x}{trail:02x}"] = bytes([lead, trail]).decode(codec)
                    except UnicodeDecodeError:
                        pass
        tables[codec] = entries
    # JIS X 0208 / 0212 through Python's ISO 2022 codecs (GL byte pairs).
    for codec, esc in (("iso2022_jp", b"\x1b$B"), ("iso2022_jp_2", b"\x1b$(D")):
        entries = {}
        for r in range(0x21, 0x7F):
            for c in range(0x21, 0x7F):
                try:
                    entries[f"{r:02x}{c:02x}"] = (esc + bytes([r, c])).decode(codec)
                except UnicodeDecodeError:
                    pass
        tables[codec] = entries
    return tables


TERM_CASES = [
    [], [""], ["ISO_IR 100"], ["ISO IR 100"], ["ISO-IR 100"], ["ISO_IR 100 "], ["ISO 2022IR 100"],
    ["ISO-IR 192"], ["ISO 2022-IR 87"], ["", "ISO 2022 IR 87"], ["ISO 2022 IR 6", "ISO 2022 IR 87"],
    ["ISO_IR 192", "ISO 2022 IR 100"], ["", "ISO 2022 IR 87", "ISO_IR 192"], ["GB18030", "GBK"],
    ["iso-ir-100"], ["latin1"], ["utf8"], ["ISO_IR 999"], ["Foo"], ["ISO IR 13"], ["ISO_IR 13", "ISO 2022 IR 87"],
    ["ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159"], ["", "ISO 2022 IR 149"], ["ISO 2022 IR 58"],
    ["ISO_IR 144"], ["ISO_IR 127"], ["ISO_IR 126"], ["ISO_IR 138"], ["ISO_IR 148"], ["ISO_IR 166"],
    ["ISO_IR 101"], ["ISO_IR 109"], ["ISO_IR 110"], ["GBK"], ["ISO 2022 GBK"], ["ISO 2022 58"],
]

# Byte strings (hex) decoded as one LT value, including malformed ones.
DECODE_CASES = [
    ([], "48656c6c6fe9ff"),
    (["ISO_IR 192"], "616263ff80646566"), (["ISO_IR 192"], "eda08078"), (["ISO_IR 192"], "f09f98"),
    (["ISO_IR 192"], "e28278"), (["ISO_IR 192"], "c0af"), (["ISO_IR 192"], "e6bca2e5ad97"),
    (["ISO_IR 126"], "41aeff"), (["ISO_IR 127"], "c7a1"), (["ISO_IR 166"], "a0a1"), (["ISO_IR 109"], "a5"),
    (["ISO_IR 13"], "b1b2b35c7e"), (["ISO_IR 13"], "8120788540"), (["ISO_IR 13"], "81"), (["ISO_IR 13"], "a078"),
    (["", "ISO 2022 IR 149"], "1b242943b0a1c9a178"), (["", "ISO 2022 IR 149"], "1b242943b0"),
    (["", "ISO 2022 IR 87"], "1b24423b33"), (["", "ISO 2022 IR 87"], "1b24423b330d0a4544"),
    (["", "ISO 2022 IR 87"], "1b24423b"), (["", "ISO 2022 IR 87"], "1b24423b33204544"),
    (["", "ISO 2022 IR 87"], "1b24423b331b2842e9"), (["", "ISO 2022 IR 87"], "1b2d4ce9"),
    (["", "ISO 2022 IR 87"], "1b2a41"), (["", "ISO 2022 IR 87"], "1b"),
    (["", "ISO 2022 IR 144"], "1b2d4cc2d0d00dc2d0"), (["", "ISO 2022 IR 144"], "1b2d4cc2d0d00a1b2d4cc2d0"),
    (["ISO 2022 IR 100", "ISO 2022 IR 144"], "e91b2d4ce91b2d41e9"),
    (["ISO_IR 192"], "1b2d41e9"), (["ISO_IR 192"], "1b2842e9"),
    (["ISO 2022 IR 13", "ISO 2022 IR 87"], "1b2949b1b21b284a5c1b24423b33"),
    (["", "ISO 2022 IR 159"], "1b242844302130221b2842"), (["", "ISO 2022 IR 87", "ISO 2022 IR 159"], "1b242844302130221b2842"),
    (["GB18030"], "cdf5b0d781308130"), (["GBK"], "cdf5b0d780"), (["ISO_IR 6"], "1b2d41e9"),
]

# Texts encoded per value/component the way pydicom writes them.
ENCODE_CASES = [
    (["", "ISO 2022 IR 87"], "PN", "Yamada^Tarou=山田^太郎=やまだ^たろう"),
    (["ISO 2022 IR 13", "ISO 2022 IR 87"], "PN", "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう"),
    (["", "ISO 2022 IR 149"], "PN", "Hong^Gildong=洪^吉洞=홍^길동"),
    (["", "ISO 2022 IR 87"], "LO", "山田 abc"), (["", "ISO 2022 IR 87"], "LO", "abc 山田"),
    (["", "ISO 2022 IR 87"], "LO", "abc\\山田"),
    (["ISO 2022 IR 100", "ISO 2022 IR 144"], "LO", "Jérôme Иван"),
    (["ISO_IR 192"], "LO", "Ελληνικά 中文"), (["ISO_IR 100"], "SH", "Jérôme"), (["GB18030"], "LO", "王^小东"),
    (["", "ISO 2022 IR 87", "ISO 2022 IR 159"], "LO", "丂丄"), (["ISO_IR 13"], "LO", "ABC ｱｲｳ"),
    (["GB18030"], "LO", "\u9fb4\ufe10\ue78d\U00020087"),
]


def cases():
    import codecs
    terms = []
    for t in TERM_CASES:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            encs = convert_encodings(list(t) if t else None)
        terms.append({"terms": t, "codecs": [codecs.lookup(e).name for e in encs],
                      "warnings": [str(x.message) for x in w]})
    decodes = []
    for t, h in DECODE_CASES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            encs = convert_encodings(list(t) if t else None)
            decodes.append({"terms": t, "hex": h, "decoded": decode_bytes(bytes.fromhex(h), encs, TEXT_VR_DELIMS)})
    encodes = []
    for t, vr, text in ENCODE_CASES:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            encs = convert_encodings(list(t) if t else None)
            if vr == "PN":
                b = b"\\".join(PersonName(v, encs).encode(encs) for v in text.split("\\"))
            else:
                b = b"\\".join(encode_string(v, encs) for v in text.split("\\"))
        encodes.append({"terms": t, "vr": vr, "text": text, "hex": b.hex()})
    return terms, decodes, encodes


def main():
    folder = Path(sys.argv[1])
    out_path = Path(sys.argv[2])
    elements = []
    for f in sorted(folder.glob("*.dcm")):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds = pydicom.dcmread(f)
        walk(ds, None, [], elements, f.name)
    terms, decodes, encodes = cases()
    result = {"pydicom": pydicom.__version__, "elements": elements, "tables": codec_tables(),
              "term_cases": terms, "decode_cases": decodes, "encode_cases": encodes}
    out_path.write_text(json.dumps(result, ensure_ascii=True))


if __name__ == "__main__":
    main()
