#!/usr/bin/env python3
"""Expands every Linked Art document of an export with pyld (the official context served offline), fails on any
dropped term, parses the expansion with rdflib, and runs SPARQL ASK queries that must hold.

    python check_linked_art.py FILE EXPECTED.json

EXPECTED: {"context": "path/to/linked-art.json", "document_count": N,
           "asks": [{"name": "...", "query": "ASK { ... }"}, ...]}
"""
import json
import sys

import rdflib
from pyld import jsonld

path, expected_path = sys.argv[1], sys.argv[2]
expected = json.load(open(expected_path, encoding="utf-8"))
CONTEXT_URL = "https://linked.art/ns/v1/linked-art.json"
context = json.load(open(expected["context"], encoding="utf-8"))
failures = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        failures.append(message)


def loader(url, options=None):
    """Serves the Linked Art context from the fixture; any other URL is refused (the check runs offline)."""
    if url.rstrip("/") == CONTEXT_URL:
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": context}
    raise jsonld.JsonLdError(f"offline: refusing to load {url}", "loading document failed")


# Relative IRIs (an undefined term used as a type or a value) resolve against this base, so they can be told apart.
SENTINEL_BASE = "https://relative.invalid/"


def absolute(iri):
    if not isinstance(iri, str) or iri.startswith(SENTINEL_BASE):
        return False
    return iri.startswith("http://") or iri.startswith("https://") or iri.startswith("_:") or iri.startswith("urn:")


def walk_expanded(node, where):
    """Every property and type of the expansion must be an absolute IRI (a term the context does not define
    would be dropped or left relative)."""
    if isinstance(node, list):
        for item in node:
            walk_expanded(item, where)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type":
                for type_ in value if isinstance(value, list) else [value]:
                    check(absolute(type_), f"{where}: type {type_!r} is not an absolute IRI")
            elif key == "@id":
                check(absolute(value), f"{where}: id {value!r} is not an absolute IRI")
            elif key.startswith("@"):
                continue
            else:
                check(absolute(key), f"{where}: property {key!r} is not an absolute IRI")
            walk_expanded(value, where)


def count_terms(node):
    """The properties and types of a compacted document (outside @context)."""
    count = 0
    if isinstance(node, list):
        return sum(count_terms(item) for item in node)
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            if key not in ("id", "@id"):
                count += 1
            count += count_terms(value)
    return count


def count_expanded(node):
    count = 0
    if isinstance(node, list):
        return sum(count_expanded(item) for item in node)
    if isinstance(node, dict):
        if "@value" in node:
            return 0
        for key, value in node.items():
            if key in ("@id", "@language"):
                continue
            count += 1
            count += count_expanded(value)
    return count


graph = rdflib.Graph()
lines = [line for line in open(path, encoding="utf-8").read().split("\n") if line]
check(len(lines) == expected["document_count"], f"{len(lines)} documents, expected {expected['document_count']}")
for number, line in enumerate(lines, 1):
    document = json.loads(line)
    where = f"document {number} ({document.get('id')})"
    check(document.get("@context") == CONTEXT_URL, f"{where}: @context {document.get('@context')!r}")
    dropped = []
    try:
        expanded = jsonld.expand(document, {"documentLoader": loader, "base": SENTINEL_BASE}, on_property_dropped=lambda p: dropped.append(p))
    except Exception as error:  # noqa: BLE001
        failures.append(f"{where}: expansion failed: {error}")
        continue
    check(not dropped, f"{where}: terms dropped in expansion: {sorted(set(map(str, dropped)))}")
    walk_expanded(expanded, where)
    # Every member of the compacted document is still there after expansion (the counts of properties and types
    # agree; scalar values become @value objects, which are not counted).
    check(count_terms(document) == count_expanded(expanded), f"{where}: {count_terms(document)} terms in, {count_expanded(expanded)} out")
    try:
        graph.parse(data=json.dumps(expanded), format="json-ld")
    except Exception as error:  # noqa: BLE001
        failures.append(f"{where}: rdflib cannot parse: {error}")

check(len(graph) > 0, "no triples")
for ask in expected["asks"]:
    try:
        result = bool(graph.query(ask["query"]).askAnswer)
    except Exception as error:  # noqa: BLE001
        failures.append(f"{ask['name']}: query failed: {error}")
        continue
    check(result, f"{ask['name']}: does not hold")

if failures:
    print("\n".join(failures))
    print(f"{len(failures)} of {checks} checks failed")
    sys.exit(1)
print(f"ok: {checks} checks ({len(graph)} triples)")
