#!/usr/bin/env python3
"""Writes works into an Oeuvre store from a bench corpus's ground truth, as a perfect link run would.

    python3 Benchmarks/works_from_truth.py STORE.sqlite CORPUS/truth.csv

Every harvested record gets a work: records of one object (same_object rows of truth.csv) share one, the others
have one each. Typed relations between objects (copy_after, print_after, preparatory_study_for, version_of,
pendant) become work relations. Replaces the store's works, members and relations and records a link run, as
`oeuvre link` does; the search benchmark uses it so that the index is measured on linked works without timing the
linker.
"""
import csv
import sqlite3
import sys
import time

store, truth = sys.argv[1], sys.argv[2]
db = sqlite3.connect(store)
keys = [(s, r) for s, r in db.execute("SELECT source_id, record_id FROM raw_record WHERE deleted = 0")]
index = {key: i for i, key in enumerate(keys)}
parent = list(range(len(keys)))


def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


relations = []
with open(truth, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        a = index.get((row["source_a"], row["record_a"]))
        b = index.get((row["source_b"], row["record_b"]))
        if a is None or b is None:
            continue
        if row["relation"] == "same_object":
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        else:
            relations.append((a, b, row["relation"], float(row["score"] or 1)))

roots = {}
for i in range(len(keys)):
    root = find(i)
    if root not in roots:
        roots[root] = "w-%07d" % (len(roots) + 1)
members = {}
for i, key in enumerate(keys):
    members.setdefault(roots[find(i)], []).append(key)

now = time.strftime("%Y-%m-%d %H:%M:%S")
with db:
    db.execute("DELETE FROM work_relation")
    db.execute("DELETE FROM work_member")
    db.execute("DELETE FROM work")
    db.executemany("INSERT INTO work (id, record_count, created_at, updated_at) VALUES (?, ?, ?, ?)",
                   ((work, len(keys_), now, now) for work, keys_ in members.items()))
    db.executemany("INSERT INTO work_member (source_id, record_id, work_id) VALUES (?, ?, ?)",
                   ((s, r, work) for work, keys_ in members.items() for s, r in keys_))
    seen = set()
    rows = []
    for a, b, relation, score in relations:
        wa, wb = roots[find(a)], roots[find(b)]
        if wa != wb and (wa, wb, relation) not in seen:
            seen.add((wa, wb, relation))
            rows.append((wa, wb, relation, score))
    db.executemany("INSERT INTO work_relation (work_a, work_b, relation, score) VALUES (?, ?, ?, ?)", rows)
    db.execute("INSERT INTO link_run (started_at, finished_at, records, changed_records, compared_pairs, links, works, snapshot) "
               "VALUES (?, ?, ?, ?, 0, 0, ?, 'truth')", (now, now, len(keys), len(keys), len(members)))
print(f"{len(keys)} records in {len(members)} works, {len(rows)} work relations (from {truth})")
