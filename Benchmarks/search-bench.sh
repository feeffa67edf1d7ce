#!/usr/bin/env bash
# Search benchmark: the joint index over RECORDS records made from `oeuvre bench corpus`, a fixed mixed set of queries
# (Benchmarks/search-queries.txt), p50/p99 latency of `oeuvre search` (as the library serves it: one process, page of
# 20, all facets) against the floor — plain FTS5 MATCH with BM25 over the same rows, no grouping or facets — plus
# index build time and size.
#
#   bash Benchmarks/search-bench.sh [RECORDS [BASE]]        (default 1000000 100000)
#
# The store is built once per size and kept in $BENCH_DIR (default /tmp/oeuvre-search-bench/RECORDS-BASE): BASE
# records are generated (`oeuvre bench corpus --sources 8 --seed 1`), harvested with `--protocol files`, given works
# from the corpus's ground truth (Benchmarks/works_from_truth.py, as a perfect link run) and normalized; when RECORDS
# is larger, the normalized records, works and relations are then copied RECORDS/BASE times in SQL
# (Benchmarks/replicate_store.py: normalizing a million records here takes the better part of an hour). Each run then
# empties the index, builds it from empty (timed), and runs the queries. REBUILD_STORE=1 starts from scratch;
# REUSE_INDEX=1 keeps the index the previous run built (when only the query side changed) and skips the build figures.
# Environment: OEUVRE_BIN=PATH uses that binary instead of building the release product; ROUNDS (default 5).
set -euo pipefail

RECORDS="${1:-1000000}"
BASE="${2:-100000}"
[ "$BASE" -gt "$RECORDS" ] && BASE="$RECORDS"
ROUNDS="${ROUNDS:-5}"
cd "$(dirname "$0")/.."
ROOT="$PWD"
BENCH_DIR="${BENCH_DIR:-/tmp/oeuvre-search-bench/$RECORDS-$BASE}"
DATA="$BENCH_DIR/data"
STORE="$DATA/oeuvre.sqlite"

[ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }

if [ -z "${OEUVRE_BIN:-}" ]; then
    swift build -c release --product oeuvre >/dev/null
    OEUVRE_BIN="$ROOT/.build/release/oeuvre"
fi

if [ "${REBUILD_STORE:-}" = 1 ] || [ ! -f "$BENCH_DIR/store.done" ]; then
    rm -rf "$BENCH_DIR"
    mkdir -p "$BENCH_DIR"
    echo "== corpus: $BASE records" >&2
    "$OEUVRE_BIN" bench corpus --records "$BASE" --sources 8 --seed 1 --out "$BENCH_DIR/corpus" >&2
    while IFS=$'\t' read -r id format institution folder; do
        echo "== harvest $id ($format)" >&2
        "$OEUVRE_BIN" harvest --data "$DATA" --endpoint "file://$BENCH_DIR/corpus/$folder" --protocol files --format "$format" \
            --name "$id" --institution "$institution" >/dev/null 2>"$BENCH_DIR/harvest-$id.log"
    done <"$BENCH_DIR/corpus/sources.tsv"
    python3 Benchmarks/works_from_truth.py "$STORE" "$BENCH_DIR/corpus/truth.csv" >&2
    echo "== normalize" >&2
    /usr/bin/time -f '%e s, %M KB' -o "$BENCH_DIR/normalize.time" "$OEUVRE_BIN" normalize --data "$DATA" --jobs 2 >"$BENCH_DIR/normalize.out" 2>"$BENCH_DIR/normalize.log"
    cat "$BENCH_DIR/normalize.out" >&2
    if [ "$RECORDS" -gt "$BASE" ]; then
        python3 Benchmarks/replicate_store.py "$STORE" $((RECORDS / BASE)) >&2
    fi
    touch "$BENCH_DIR/store.done"
fi

if [ "${REUSE_INDEX:-}" != 1 ] || [ ! -f "$BENCH_DIR/index.json" ]; then
# The index from empty, timed.
python3 - "$STORE" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
with db:
    for table in ("search_text", "search_key", "search_work", "search_facet_value"):
        db.execute(f"DELETE FROM {table}")
    db.execute("DELETE FROM search_state WHERE key = 'format'")
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
PY
/usr/bin/time -f '%e %M' -o "$BENCH_DIR/index.time" "$OEUVRE_BIN" index --data "$DATA" --json >"$BENCH_DIR/index.json" 2>"$BENCH_DIR/index.log"
/usr/bin/time -f '%e %M' -o "$BENCH_DIR/noop.time" "$OEUVRE_BIN" index --data "$DATA" --json >"$BENCH_DIR/noop.json" 2>/dev/null
python3 - "$STORE" "$BENCH_DIR" "$RECORDS" <<'PY'
import json, sqlite3, sys
store, folder, records = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = sqlite3.connect(store)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
sizes = dict(db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"))
index = sum(v for k, v in sizes.items() if k.startswith("search_") or k.startswith("sqlite_autoindex_search"))
total = sum(sizes.values())
text = sum(v for k, v in sizes.items() if k.startswith("search_text"))
built = json.load(open(f"{folder}/index.json"))
seconds, kb = open(f"{folder}/index.time").read().split()
noop = json.load(open(f"{folder}/noop.json"))
works = db.execute("SELECT COUNT(*) FROM search_work").fetchone()[0]
indexed_records = db.execute("SELECT SUM(record_count) FROM search_work").fetchone()[0]
print(f"store: {indexed_records:,} normalized records (the corpus's records, replicated to {records:,}) indexed as {works:,} works")
print(f"index build from empty: {float(seconds):.1f} s ({indexed_records / float(seconds):,.0f} records/s), peak memory {int(kb) / 1024:.0f} MB")
print(f"index size: {index / 2**20:,.0f} MB (full-text {text / 2**20:,.0f} MB) of a {total / 2**20:,.0f} MB store")
print(f"incremental update with nothing changed: {noop['seconds']:.1f} s")
PY
fi
echo
"$OEUVRE_BIN" search-bench --data "$DATA" --queries Benchmarks/search-queries.txt --rounds "$ROUNDS"
