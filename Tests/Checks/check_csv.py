#!/usr/bin/env python3
"""Reads an exported CSV file with Python's csv module and with pandas and checks that values survived.

    python check_csv.py FILE EXPECTED.json

EXPECTED: {"header": [...], "row_count": N, "bom": bool, "first_line": "...",
           "rows": [{"match": {"column": "value", ...}, "values": {"column": "expected", ...}}, ...]}
"""
import csv
import json
import sys

import pandas as pd

path, expected_path = sys.argv[1], sys.argv[2]
expected = json.load(open(expected_path, encoding="utf-8"))
failures = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)


raw = open(path, "rb").read()
if "bom" in expected:
    check(raw.startswith(b"\xef\xbb\xbf") == expected["bom"], f"byte order mark: expected {expected['bom']}")
if "first_line" in expected:
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    line = body.split(b"\r\n", 1)[0].decode("utf-8")
    check(line == expected["first_line"], f"first line {line!r} != {expected['first_line']!r}")

# The csv module (RFC 4180 dialect as Python reads it); utf-8-sig drops a byte order mark.
with open(path, newline="", encoding="utf-8-sig") as handle:
    rows = list(csv.reader(handle, strict=True))
header, records = rows[0], rows[1:]
check(header == expected["header"], f"csv header {header} != {expected['header']}")
check(len(records) == expected["row_count"], f"csv: {len(records)} rows, expected {expected['row_count']}")
check(all(len(r) == len(header) for r in records), "csv: a row has another number of fields than the header")
by_csv = [dict(zip(header, r)) for r in records]

# pandas, every cell as text.
frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
check(list(frame.columns) == expected["header"], f"pandas header {list(frame.columns)}")
check(len(frame) == expected["row_count"], f"pandas: {len(frame)} rows, expected {expected['row_count']}")
by_pandas = frame.to_dict("records")
check(by_pandas == by_csv, "pandas and csv read different values")

for reader, table in (("csv", by_csv), ("pandas", by_pandas)):
    for spec in expected.get("rows", []):
        found = [row for row in table if all(row.get(k) == v for k, v in spec["match"].items())]
        check(len(found) == 1, f"{reader}: {len(found)} rows match {spec['match']!r}")
        if len(found) != 1:
            continue
        for column, value in spec["values"].items():
            check(found[0].get(column) == value, f"{reader}: {spec['match']!r} {column}: {found[0].get(column)!r} != {value!r}")

if failures:
    print("\n".join(failures))
    print(f"{len(failures)} of {checks} checks failed")
    sys.exit(1)
print(f"ok: {checks} checks")
