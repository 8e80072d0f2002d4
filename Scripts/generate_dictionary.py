#!/usr/bin/env python3
"""Generate the Swift DICOM data dictionary, private dictionary and UID registry.

The data comes from the tables in a pydicom wheel (pydicom/_dicom_dict.py,
pydicom/_private_dict.py and pydicom/_uid_dict.py). The modules are read straight
out of the wheel with zipfile and evaluated with ast.literal_eval; no installed
pydicom is imported and no pydicom code is run.

Usage:
    python3 Scripts/generate_dictionary.py [PATH/TO/pydicom-3.0.2-py3-none-any.whl]

Without a wheel path the script runs
`pip download --no-deps pydicom==3.0.2 -d TMPDIR` and uses the wheel it gets.
The Swift files are written to Sources/DICOM/Dictionary/Generated/ next to this
script's parent directory (override with --output DIR).

Each table becomes one raw multi-line string literal of tab-separated lines,
which DataDictionary.swift / UIDRegistry.swift parse once, lazily, at run time.
This keeps the Swift type checker out of it: no big array or dictionary literals.
"""

from __future__ import annotations

import argparse
import ast
import glob
import os
import re
import subprocess
import sys
import tempfile
import zipfile

PYDICOM_VERSION = "3.0.2"
WHEEL_NAME = f"pydicom-{PYDICOM_VERSION}-py3-none-any.whl"

# Keep in sync with Sources/DICOM/Core/VR.swift.
SWIFT_VRS = set(
    "AE AS AT CS DA DS DT FD FL IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM "
    "UC UI UL UN UR US UT UV".split()
)

# Words that must be escaped with backticks when used as an identifier.
SWIFT_KEYWORDS = set(
    """associatedtype borrowing class consuming deinit enum extension fileprivate func
    import init inout internal let nonisolated open operator private precedencegroup
    protocol public rethrows static struct subscript typealias var break case catch
    continue default defer do else fallthrough for guard if in repeat return throw
    switch where while Any as await false is nil self Self super throws true try
    async some any macro package""".split()
)

# Members Tag / UIDRegistry already have; a generated constant must not collide.
TAG_MEMBERS = {
    "rawValue", "group", "element", "isPrivate", "isPrivateCreator", "privateCreatorTag",
    "isGroupLength", "isDelimiter", "description", "jsonKey", "item",
    "itemDelimitationItem", "sequenceDelimitationItem", "init", "hashValue", "hash",
}
UID_MEMBERS = {"entry", "uid", "entries", "byKeyword", "table", "tableText", "entryCount"}


# --------------------------------------------------------------------------- input

def download_wheel(dest: str) -> str:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps",
           f"pydicom=={PYDICOM_VERSION}", "-d", dest]
    print("running:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)
    found = glob.glob(os.path.join(dest, "pydicom-*.whl"))
    if not found:
        sys.exit(f"pip download produced no pydicom wheel in {dest}")
    return found[0]


def read_assignments(source: str, filename: str, names: list[str]) -> dict[str, object]:
    """Evaluate the literal values of top-level `name = {...}` / `name: T = {...}`."""
    tree = ast.parse(source, filename=filename)
    out: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in names:
            out[target.id] = ast.literal_eval(value)
    missing = [n for n in names if n not in out]
    if missing:
        sys.exit(f"{filename}: no literal assignment to {', '.join(missing)}")
    return out


def read_wheel(path: str):
    with zipfile.ZipFile(path) as zf:
        def text(member: str) -> str:
            return zf.read(member).decode("utf-8")

        version = None
        for member in zf.namelist():
            if member.endswith(".dist-info/METADATA"):
                m = re.search(r"^Version:\s*(\S+)", text(member), re.M)
                version = m.group(1) if m else None
        m = re.search(r'__dicom_version__\s*(?::\s*str)?\s*=\s*"([^"]+)"',
                      text("pydicom/_version.py"))
        dicom_edition = m.group(1) if m else None
        std = read_assignments(text("pydicom/_dicom_dict.py"), "_dicom_dict.py",
                               ["DicomDictionary", "RepeatersDictionary"])
        priv = read_assignments(text("pydicom/_private_dict.py"), "_private_dict.py",
                                ["private_dictionaries"])
        uids = read_assignments(text("pydicom/_uid_dict.py"), "_uid_dict.py",
                                ["UID_dictionary"])
    return (version, dicom_edition, std["DicomDictionary"], std["RepeatersDictionary"],
            priv["private_dictionaries"], uids["UID_dictionary"])


# --------------------------------------------------------------------------- helpers

def vr_field(vr: str, where: str) -> str:
    """'US or SS' -> 'US/SS'; 'OB_OW' -> 'OB/OW'; '' and 'NONE' -> ''."""
    vr = vr.strip()
    if vr in ("", "NONE"):
        return ""
    parts = [p.strip() for p in re.split(r"\s+or\s+|_", vr)]
    for p in parts:
        if p not in SWIFT_VRS:
            sys.exit(f"{where}: unknown VR {p!r} in {vr!r}")
    return "/".join(parts)


def check_field(value: str, where: str) -> str:
    if any(c in value for c in "\t\n\r") or '"#' in value:
        sys.exit(f"{where}: field {value!r} cannot be stored in the table")
    return value


def last_field(value: str, where: str) -> str:
    """The last field of a line must be non-empty and not end in white space, so that
    no table line ends in white space (which editors and git like to strip)."""
    if not value or value != value.rstrip():
        sys.exit(f"{where}: last field {value!r} is empty or ends in white space")
    return check_field(value, where)


def retired_flag(value: str) -> str:
    return "R" if "retired" in value.lower() else ""


def lower_camel(keyword: str) -> str:
    """'SOPInstanceUID' -> 'sopInstanceUID', 'RTPlanLabel' -> 'rtPlanLabel'."""
    m = re.match(r"[A-Z]+", keyword)
    if not m:
        return keyword
    run = m.group(0)
    rest = keyword[len(run):]
    if len(run) > 1 and rest[:1].islower():
        # The last capital of the run starts the next word: "SOPInstance" -> "sop" + "Instance".
        return run[:-1].lower() + run[-1] + rest
    return run.lower() + rest


def swift_identifier(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        sys.exit(f"not a Swift identifier: {name!r}")
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def swift_comment(text: str) -> str:
    return text.replace("*/", "* /")


def raw_literal(lines: list[str]) -> str:
    body = "\n".join(lines)
    if '"#' in body or "\r" in body:
        sys.exit("table text contains a raw-string delimiter")
    return '#"""\n' + body + '\n"""#'


# --------------------------------------------------------------------------- output

def header(source_files: str, version: str, edition: str, what: str) -> str:
    return (
        "// GENERATED FILE: do not edit. Regenerate it instead (see below).\n"
        f"// {what}\n"
        f"// Source: pydicom {version}, {source_files} (DICOM edition {edition}).\n"
        "// Regenerate with:\n"
        "//     python3 Scripts/generate_dictionary.py "
        "[path/to/pydicom-3.0.2-py3-none-any.whl]\n"
        "// (without a path it runs `pip download --no-deps pydicom==3.0.2`).\n\n"
    )


def generate(wheel: str, out_dir: str) -> None:
    version, edition, std, repeaters, private, uids = read_wheel(wheel)
    if version != PYDICOM_VERSION:
        sys.exit(f"{wheel}: expected pydicom {PYDICOM_VERSION}, found {version}")
    if not edition:
        sys.exit("cannot find __dicom_version__ in pydicom/_version.py")

    # --- standard dictionary: GGGGEEEE \t VRs \t VM \t Name \t R \t Keyword
    std_lines = []
    for tag in sorted(std):
        vr, vm, name, retired, keyword = std[tag]
        where = f"_dicom_dict.py {tag:08X}"
        std_lines.append("\t".join([
            f"{tag:08X}", retired_flag(retired), vr_field(vr, where), check_field(keyword, where),
            check_field(name, where), last_field(vm, where)]))

    # --- repeaters, in pydicom's order (its mask matching takes the first hit)
    rep_lines = []
    for mask, (vr, vm, name, retired, keyword) in repeaters.items():
        where = f"_dicom_dict.py {mask}"
        if not re.fullmatch(r"[0-9A-Fx]{8}", mask):
            sys.exit(f"{where}: bad repeater mask")
        rep_lines.append("\t".join([
            mask, retired_flag(retired), vr_field(vr, where), check_field(keyword, where),
            check_field(name, where), last_field(vm, where)]))

    # --- private dictionary: a creator line "\t<creator>" followed by its entries
    #     KEY \t VRs \t VM \t Name \t R   (KEY as pydicom spells it: 0029xx10 ...)
    priv_lines = []
    for creator, entries in private.items():
        check_field(creator, f"_private_dict.py creator {creator!r}")
        priv_lines.append("\t" + creator)
        for key, (vr, vm, name, retired) in entries.items():
            where = f"_private_dict.py {creator!r} {key}"
            if not re.fullmatch(r"[0-9A-Fx]{8}", key):
                sys.exit(f"{where}: bad key")
            priv_lines.append("\t".join([
                key, retired_flag(retired), vr_field(vr, where), check_field(name, where),
                last_field(vm, where)]))

    # --- UIDs: UID \t Name \t Type \t Info \t R \t Keyword
    uid_lines = []
    for uid, (name, typ, info, retired, keyword) in uids.items():
        where = f"_uid_dict.py {uid}"
        uid_lines.append("\t".join([
            check_field(uid, where), retired_flag(retired), check_field(keyword, where),
            check_field(name, where), check_field(info, where), last_field(typ, where)]))

    # --- Tag constants: every keyword of a non-repeating standard tag, except group FFFE.
    tag_decls = []
    seen: dict[str, str] = {}
    for tag in sorted(std):
        vr, vm, name, retired, keyword = std[tag]
        if not keyword or tag >> 16 == 0xFFFE:
            continue
        ident = lower_camel(keyword)
        if ident in TAG_MEMBERS:
            sys.exit(f"Tag.{ident} ({keyword}) collides with a member of Tag")
        if ident in seen:
            sys.exit(f"Tag.{ident}: both {seen[ident]} and {keyword}")
        seen[ident] = keyword
        note = f"({tag >> 16:04X},{tag & 0xFFFF:04X}) {name}, {vr or 'no VR'}, VM {vm}"
        if retired_flag(retired):
            note += " (retired)"
        tag_decls.append(f"    /// {swift_comment(note)}\n"
                         f"    public static var {swift_identifier(ident)}: Tag "
                         f"{{ Tag(rawValue: 0x{tag:08X}) }}")

    # --- UID constants
    uid_decls = []
    seen = {}
    for uid, (name, typ, info, retired, keyword) in uids.items():
        if not keyword:
            continue
        ident = lower_camel(keyword)
        if ident in UID_MEMBERS:
            sys.exit(f"UIDRegistry.{ident} ({keyword}) collides with a member of UIDRegistry")
        if ident in seen:
            sys.exit(f"UIDRegistry.{ident}: both {seen[ident]} and {keyword}")
        seen[ident] = keyword
        note = f"{name} ({typ})" + (" (retired)" if retired_flag(retired) else "")
        if not re.fullmatch(r"[0-9.]+", uid):
            sys.exit(f"_uid_dict.py: odd UID {uid!r}")
        uid_decls.append(f"    /// {swift_comment(note)}\n"
                         f"    public static var {swift_identifier(ident)}: String {{ \"{uid}\" }}")

    os.makedirs(out_dir, exist_ok=True)
    files = {
        "StandardDictionaryTable.swift": (
            header("_dicom_dict.py (DicomDictionary)", version, edition,
                   "The standard DICOM data dictionary, parsed by DataDictionary.swift.")
            + "// One line per tag, tab-separated: GGGGEEEE, R if retired, VRs (slash-separated),\n"
            + "// keyword, name, VM.\n"
            + f"// {len(std_lines)} entries.\n\n"
            + "extension DataDictionary {\n"
            + "    static var standardTableText: String {\n"
            + raw_literal(std_lines) + "\n    }\n}\n"),
        "RepeatersDictionaryTable.swift": (
            header("_dicom_dict.py (RepeatersDictionary)", version, edition,
                   "Repeating-group entries of the DICOM data dictionary, parsed by DataDictionary.swift.")
            + "// One line per mask (x = any hex digit), in pydicom's order, tab-separated: mask,\n"
            + "// R if retired, VRs (slash-separated), keyword, name, VM.\n"
            + f"// {len(rep_lines)} entries.\n\n"
            + "extension DataDictionary {\n"
            + "    static var repeatersTableText: String {\n"
            + raw_literal(rep_lines) + "\n    }\n}\n"),
        "PrivateDictionaryTable.swift": (
            header("_private_dict.py (private_dictionaries)", version, edition,
                   "The private data dictionary (from GDCM via pydicom), parsed by DataDictionary.swift.")
            + "// A line \"<TAB>creator\" starts a private creator's block; each following line is\n"
            + "// tab-separated: key (pydicom's spelling, x = wildcard digit), R if retired, VRs\n"
            + "// (slash-separated), name, VM.\n"
            + f"// {len(private)} creators, {len(priv_lines) - len(private)} entries.\n\n"
            + "extension DataDictionary {\n"
            + "    static var privateTableText: String {\n"
            + raw_literal(priv_lines) + "\n    }\n}\n"),
        "UIDRegistryTable.swift": (
            header("_uid_dict.py (UID_dictionary)", version, edition,
                   "The DICOM UID registry, parsed by UIDRegistry.swift.")
            + "// One line per UID, tab-separated: UID, R if retired, keyword, name, info, type.\n"
            + f"// {len(uid_lines)} entries.\n\n"
            + "extension UIDRegistry {\n"
            + "    static var tableText: String {\n"
            + raw_literal(uid_lines) + "\n    }\n}\n"),
        "TagKeywords.swift": (
            header("_dicom_dict.py (DicomDictionary)", version, edition,
                   "A Tag constant for each keyword of a non-repeating standard tag (group FFFE is hand-written in Tag.swift).")
            + "// Computed properties, not `static let`: 5000 lazily initialised globals take\n"
            + "// several seconds longer to compile, and these fold to a constant anyway.\n\n"
            + "extension Tag {\n" + "\n".join(tag_decls) + "\n}\n"),
        "UIDKeywords.swift": (
            header("_uid_dict.py (UID_dictionary)", version, edition,
                   "A constant for each UID keyword (computed, like the Tag constants).")
            + "extension UIDRegistry {\n" + "\n".join(uid_decls) + "\n}\n"),
    }
    for name, content in files.items():
        path = os.path.join(out_dir, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
        print(f"wrote {path}", file=sys.stderr)
    print(f"standard {len(std_lines)}, repeaters {len(rep_lines)}, private creators "
          f"{len(private)}, private entries {len(priv_lines) - len(private)}, UIDs "
          f"{len(uid_lines)}, Tag constants {len(tag_decls)}, UID constants {len(uid_decls)}",
          file=sys.stderr)


def main() -> None:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", nargs="?", help=f"path to {WHEEL_NAME} (downloaded when omitted)")
    parser.add_argument("--output", default=os.path.join(root, "Sources", "DICOM", "Dictionary", "Generated"),
                        help="directory for the generated Swift files")
    args = parser.parse_args()
    if args.wheel:
        generate(args.wheel, args.output)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            generate(download_wheel(tmp), args.output)


if __name__ == "__main__":
    main()
