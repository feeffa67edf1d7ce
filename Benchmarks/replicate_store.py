#!/usr/bin/env python3
"""Multiplies the normalized records, works and relations of a benchmark store, for a large search index fast.

    python3 Benchmarks/replicate_store.py STORE.sqlite FACTOR

Copy c (1 .. FACTOR-1) of every record gets the record id `ID~c` (also inside its normalized JSON), of every work
the id `ID~c`, with the same members and relations among the copies. Raw records are copied with empty content
(only the store's keys need them). The copies have the corpus's vocabulary, languages, attributions, dates and work
structure, so every word's number of matching works grows with FACTOR as it would in a corpus generated FACTOR
times larger; what differs is that inventory numbers and identifiers repeat across copies.
"""
import sqlite3
import sys
import time

store, factor = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(store)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = OFF")
started = time.time()
for copy in range(1, factor):
    suffix = f"~{copy}"
    with db:
        db.execute("""INSERT INTO raw_record (source_id, record_id, datestamp, deleted, withdrawn, content, content_hash, media_type, url,
                          harvest_run_id, fetched_at, changed_at)
                      SELECT source_id, record_id || ?, datestamp, deleted, withdrawn, x'', content_hash, media_type, url, harvest_run_id,
                          fetched_at, changed_at
                      FROM raw_record WHERE instr(record_id, '~') = 0""", (suffix,))
        db.execute("""INSERT INTO record (source_id, record_id, raw_hash, mapping_hash, json, warnings, normalized_at)
                      SELECT source_id, record_id || ?1, raw_hash, mapping_hash, json_set(json, '$.key.recordID', record_id || ?1), warnings,
                          normalized_at
                      FROM record WHERE instr(record_id, '~') = 0""", (suffix,))
        db.execute("""INSERT INTO work (id, record_count, created_at, updated_at)
                      SELECT id || ?, record_count, created_at, updated_at FROM work WHERE instr(id, '~') = 0""", (suffix,))
        db.execute("""INSERT INTO work_member (source_id, record_id, work_id)
                      SELECT source_id, record_id || ?1, work_id || ?1 FROM work_member WHERE instr(work_id, '~') = 0""", (suffix,))
        db.execute("""INSERT INTO work_relation (work_a, work_b, relation, score)
                      SELECT work_a || ?1, work_b || ?1, relation, score FROM work_relation WHERE instr(work_a, '~') = 0""", (suffix,))
    print(f"copy {copy}/{factor - 1} ({time.time() - started:.0f} s)", file=sys.stderr)
records = db.execute("SELECT COUNT(*) FROM record").fetchone()[0]
works = db.execute("SELECT COUNT(*) FROM work").fetchone()[0]
print(f"{records} normalized records in {works} works after replicating {factor} times")
