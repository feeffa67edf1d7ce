#!/usr/bin/env python3
"""Grows a normalized, not yet linked Oeuvre store K times, for timing `oeuvre link` at scales that would take
hours to harvest and normalize (1,000,000 records from a 100,000-record bench corpus).

    python3 Benchmarks/link_scale.py SOURCE.sqlite TARGET.sqlite K

Copy k (1..K-1) of every record gets the record id `ID~k`, and its inventory number, identifiers and statement targets
the suffix `~k`, so the copies are K disjoint worlds that share nothing a record could be identified by: no
same-object link crosses worlds. Titles, agents, subjects, dates and sizes stay as they are, so every block (agent
with subject, title word) grows K-fold and the linker compares K times as many pairs per record as in one world: a
pessimistic measure of how link time grows. Raw records are copied empty (the link run never reads them).
"""
import shutil
import sqlite3
import sys

FIELD, ITEM, PART, TARGET = "\x1f", "\x1e", "\x1d", "\x1c"


def suffixed(encoded: str, k: int) -> str:
    f = encoded.split(FIELD)
    if len(f) != 21:
        raise SystemExit("link features are not in the expected form (run oeuvre normalize with this build)")
    tag = f"~{k}"
    f[2] += tag                                                   # record id
    if f[5]:
        f[5] += tag                                               # inventory number
    if f[6]:
        f[6] = ITEM.join(x + tag for x in f[6].split(ITEM))      # identifiers
    statements = []
    for s in f[20].split(ITEM) if f[20] else []:
        p = s.split(PART)
        if len(p) > 2 and p[2]:
            p[2] = TARGET.join(t + tag for t in p[2].split(TARGET))
        statements.append(PART.join(p))
    f[20] = ITEM.join(statements)
    return FIELD.join(f)


def main() -> None:
    source, target, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
    shutil.copyfile(source, target)
    db = sqlite3.connect(target)
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("PRAGMA synchronous = OFF")
    if db.execute("SELECT COUNT(*) FROM link_run").fetchone()[0]:
        raise SystemExit("the store is already linked: give a store right after oeuvre normalize")
    features = db.execute("SELECT source_id, record_id, fingerprint, features FROM link_feature").fetchall()
    records = db.execute("SELECT source_id, record_id, raw_hash, mapping_hash FROM record").fetchall()
    for k in range(1, times):
        tag = f"~{k}"
        db.executemany(
            "INSERT INTO raw_record (source_id, record_id, content, content_hash, media_type, fetched_at, changed_at) "
            "VALUES (?, ?, x'', ?, 'application/json', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            [(s, r + tag, h) for s, r, h, _ in records])
        db.executemany(
            "INSERT INTO record (source_id, record_id, raw_hash, mapping_hash, json, normalized_at) "
            "VALUES (?, ?, ?, ?, '{}', '2026-01-01 00:00:00')",
            [(s, r + tag, h, m) for s, r, h, m in records])
        db.executemany(
            "INSERT INTO link_feature (source_id, record_id, fingerprint, features) VALUES (?, ?, ?, ?)",
            [(s, r + tag, fp, suffixed(bytes(data).decode(), k).encode()) for s, r, fp, data in features])
        db.executemany("INSERT OR IGNORE INTO link_pending (source_id, record_id) VALUES (?, ?)", [(s, r + tag) for s, r, _, _ in records])
        db.commit()
        print(f"world {k + 1} of {times} written", file=sys.stderr)
    print(db.execute("SELECT COUNT(*) FROM link_feature").fetchone()[0], "records")


if __name__ == "__main__":
    main()
