#!/usr/bin/env python3
"""Reads an exported JSON Lines file with Python's json module and checks that values survived.

    python check_jsonl.py FILE EXPECTED.json

EXPECTED: {"line_count": N, "records": {"SOURCE:ID": {"work": "...", "titles": [...], "institution": "...",
           "links": [["a", "b", "relation"], ...], "rawHash": "..."}}}
"""
import json
import sys

path, expected_path = sys.argv[1], sys.argv[2]
expected = json.load(open(expected_path, encoding="utf-8"))
failures = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)


lines = open(path, "rb").read().split(b"\n")
check(lines[-1] == b"", "the file does not end with a newline")
lines = lines[:-1]
check(len(lines) == expected["line_count"], f"{len(lines)} lines, expected {expected['line_count']}")
by_key = {}
for number, line in enumerate(lines, 1):
    try:
        item = json.loads(line.decode("utf-8"))
    except Exception as error:  # noqa: BLE001
        failures.append(f"line {number}: {error}")
        continue
    check(isinstance(item, dict) and {"work", "record", "links", "provenance"} <= set(item), f"line {number}: missing members")
    key = item["record"]["key"]
    by_key[f"{key['source']}:{key['recordID']}"] = item

for key, spec in expected["records"].items():
    item = by_key.get(key)
    check(item is not None, f"{key}: not exported")
    if item is None:
        continue
    record = item["record"]
    check(item["work"] == spec["work"], f"{key}: work {item['work']!r} != {spec['work']!r}")
    check([t["text"] for t in record["titles"]] == spec["titles"], f"{key}: titles {[t['text'] for t in record['titles']]!r}")
    check((record.get("institution") or {}).get("name") == spec.get("institution"), f"{key}: institution {record.get('institution')!r}")
    check(item["provenance"]["rawHash"] == spec["rawHash"], f"{key}: rawHash")
    check(item["provenance"].get("endpoint") == spec["endpoint"], f"{key}: endpoint {item['provenance'].get('endpoint')!r}")
    origins = [t.get("origin") for t in record["titles"]]
    check(origins == spec["titleOrigins"], f"{key}: title origins {origins!r}")
    links = sorted([link["a"], link["b"], link["relation"]] for link in item["links"])
    check(links == sorted(spec["links"]), f"{key}: links {links!r} != {sorted(spec['links'])!r}")
    check(all(link["evidence"] for link in item["links"] if link["decision"] == "auto"), f"{key}: a link without evidence")

if failures:
    print("\n".join(failures))
    print(f"{len(failures)} of {checks} checks failed")
    sys.exit(1)
print(f"ok: {checks} checks")
