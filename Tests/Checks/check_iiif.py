#!/usr/bin/env python3
"""Loads an exported IIIF Collection with iiif-prezi3 and checks its items and metadata.

    python check_iiif.py FILE EXPECTED.json

EXPECTED: {"item_count": N, "referenced": {"manifest URL": "label"}, "generated": {"manifest id": {"label": "...",
           "image": "body id", "service": "service id or null", "width": W, "height": H}},
           "metadata": {"Snapshot": "..."}}
"""
import json
import sys

from iiif_prezi3 import Collection, Manifest

path, expected_path = sys.argv[1], sys.argv[2]
expected = json.load(open(expected_path, encoding="utf-8"))
failures = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)


data = json.load(open(path, encoding="utf-8"))
check(data.get("@context") == "http://iiif.io/api/presentation/3/context.json", "@context")
check(data.get("type") == "Collection", "type")
try:
    Collection(**data)
except Exception as error:  # noqa: BLE001
    failures.append(f"iiif-prezi3 rejects the Collection: {error}")

items = data.get("items", [])
check(len(items) == expected["item_count"], f"{len(items)} items, expected {expected['item_count']}")
by_id = {item["id"]: item for item in items}


def first_label(label):
    for values in label.values():
        return values[0]
    return None


for url, label in expected["referenced"].items():
    item = by_id.get(url)
    check(item is not None and item.get("type") == "Manifest" and "items" not in item, f"{url}: not referenced")
    if item:
        check(first_label(item["label"]) == label, f"{url}: label {item['label']!r} != {label!r}")

for manifest_id, spec in expected["generated"].items():
    item = by_id.get(manifest_id)
    check(item is not None, f"{manifest_id}: not in the Collection")
    if item is None:
        continue
    try:
        Manifest(**item)
    except Exception as error:  # noqa: BLE001
        failures.append(f"iiif-prezi3 rejects the generated Manifest {manifest_id}: {error}")
    check(first_label(item["label"]) == spec["label"], f"{manifest_id}: label {item['label']!r}")
    canvas = item["items"][0]
    check((canvas["width"], canvas["height"]) == (spec["width"], spec["height"]), f"{manifest_id}: canvas {canvas['width']}x{canvas['height']}")
    annotation = canvas["items"][0]["items"][0]
    check(annotation["motivation"] == "painting" and annotation["target"] == canvas["id"], f"{manifest_id}: annotation")
    body = annotation["body"]
    check(body["id"] == spec["image"], f"{manifest_id}: image {body['id']!r} != {spec['image']!r}")
    service = (body.get("service") or [{}])[0]
    check((service.get("id") or service.get("@id")) == spec["service"], f"{manifest_id}: service {service!r}")

metadata = {first_label(entry["label"]): first_label(entry["value"]) for entry in data.get("metadata", [])}
for label, value in expected["metadata"].items():
    check(metadata.get(label) == value, f"metadata {label}: {metadata.get(label)!r} != {value!r}")

if failures:
    print("\n".join(failures))
    print(f"{len(failures)} of {checks} checks failed")
    sys.exit(1)
print(f"ok: {checks} checks")
