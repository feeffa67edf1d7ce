#!/usr/bin/env bash
# Export benchmark: `oeuvre export` of everything in a large store, per format, under /usr/bin/time -v (wall time and
# peak memory), to show that exports stream: memory stays flat as the store grows.
#
#   bash Benchmarks/export-bench.sh [RECORDS [BASE]]          (defaults 100000 100000)
#
# The store: BASE records are generated (`oeuvre bench corpus --records BASE --sources 5 --seed 7`), harvested with
# `--protocol files`, normalized and linked (`oeuvre link`, which also builds the search index), so it holds real
# works, links and relations. When RECORDS is larger than BASE, the normalized records, works, their members,
# relations and links are then copied RECORDS/BASE times in SQL (ids get a `~N` suffix; normalizing and linking a
# million records here takes hours). The store is kept in $BENCH_DIR (default /tmp/oeuvre-export-bench/RECORDS-BASE)
# and reused by later runs; REBUILD_STORE=1 starts from scratch.
#
# Environment:
#   OEUVRE_BIN=PATH    use this oeuvre binary instead of building `swift build -c release --product oeuvre`
#   SCRATCH=DIR        build with --scratch-path DIR
#   DATA=DIR           start from this existing data folder (its oeuvre.sqlite) instead of building a store; the store
#                      is copied first (opening a store migrates it; the original is left alone) and, when RECORDS is
#                      larger than what it holds, replicated up to RECORDS as above
#   FORMATS="..."      formats to export (default "csv-records jsonl")
#   KEEP_OUTPUT=1      keep the exported files (default: deleted after measuring)
# Needs python3 and /usr/bin/time (the Debian `time` package, installed if missing and running as root).

set -euo pipefail

RECORDS="${1:-100000}"
BASE="${2:-100000}"
if ! [[ "$RECORDS" =~ ^[1-9][0-9]*$ && "$BASE" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bash Benchmarks/export-bench.sh [RECORDS [BASE]]" >&2
    exit 2
fi
[ "$BASE" -gt "$RECORDS" ] && BASE="$RECORDS"
FORMATS="${FORMATS:-csv-records jsonl}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
    else
        echo "install /usr/bin/time first (apt-get install time)" >&2
        exit 2
    fi
fi

if [ -z "${OEUVRE_BIN:-}" ]; then
    echo "building the release binary…" >&2
    if [ -n "${SCRATCH:-}" ]; then
        swift build -c release --product oeuvre --scratch-path "$SCRATCH" >/dev/null
        OEUVRE_BIN="$SCRATCH/release/oeuvre"
    else
        swift build -c release --product oeuvre >/dev/null
        OEUVRE_BIN="$ROOT/.build/release/oeuvre"
    fi
fi

BENCH_DIR="${BENCH_DIR:-/tmp/oeuvre-export-bench/$RECORDS-$BASE}"
STORE_DIR="$BENCH_DIR/data"
LOGS="$BENCH_DIR/logs"
OUT="$BENCH_DIR/out"
mkdir -p "$BENCH_DIR"

# Runs a command under /usr/bin/time -v; writes "SECONDS PEAK_MB" to $LOGS/NAME.fig (fails when the command does).
measure() {
    local name="$1"
    shift
    if ! /usr/bin/time -v -o "$LOGS/$name.time" "$@" >"$LOGS/$name.out" 2>"$LOGS/$name.err"; then
        echo "$name failed:" >&2
        tail -n 20 "$LOGS/$name.err" >&2
        return 1
    fi
    python3 - "$LOGS/$name.time" >"$LOGS/$name.fig" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1).split(":")
seconds = sum(float(part) * 60 ** (len(wall) - 1 - i) for i, part in enumerate(wall))
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
print(f"{seconds:.2f} {peak:.1f}")
EOF
}

# Copies the normalized records, works, members, relations and links FACTOR times (ids get a `~N` suffix).
replicate() {
    local factor="$1"
    echo "== replicating $factor times" >&2
    python3 - "$STORE_DIR/oeuvre.sqlite" "$factor" <<'EOF'
import sqlite3, sys, time
store, factor = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(store)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = OFF")
started = time.time()
for copy in range(1, factor):
    s = f"~{copy}"
    with db:
        db.execute("""INSERT INTO raw_record (source_id, record_id, datestamp, deleted, withdrawn, content, content_hash, media_type, url,
                          harvest_run_id, fetched_at, changed_at)
                      SELECT source_id, record_id || ?, datestamp, deleted, withdrawn, x'', content_hash, media_type, url, harvest_run_id,
                          fetched_at, changed_at FROM raw_record WHERE instr(record_id, '~') = 0""", (s,))
        db.execute("""INSERT INTO record (source_id, record_id, raw_hash, mapping_hash, json, warnings, normalized_at)
                      SELECT source_id, record_id || ?1, raw_hash, mapping_hash, json_set(json, '$.key.recordID', record_id || ?1), warnings,
                          normalized_at FROM record WHERE instr(record_id, '~') = 0""", (s,))
        db.execute("INSERT INTO work (id, record_count, created_at, updated_at) SELECT id || ?, record_count, created_at, updated_at FROM work WHERE instr(id, '~') = 0", (s,))
        db.execute("INSERT INTO work_member (source_id, record_id, work_id) SELECT source_id, record_id || ?1, work_id || ?1 FROM work_member WHERE instr(work_id, '~') = 0", (s,))
        db.execute("INSERT INTO work_relation (work_a, work_b, relation, score) SELECT work_a || ?1, work_b || ?1, relation, score FROM work_relation WHERE instr(work_a, '~') = 0", (s,))
        db.execute("""INSERT INTO link (source_a, record_a, source_b, record_b, relation, score, evidence, decision)
                      SELECT source_a, record_a || ?1, source_b, record_b || ?1, relation, score, evidence, decision FROM link
                      WHERE instr(record_a, '~') = 0""", (s,))
    print(f"copy {copy}/{factor - 1} ({time.time() - started:.0f} s)", file=sys.stderr)
print(db.execute("SELECT COUNT(*) FROM record").fetchone()[0], "records,", db.execute("SELECT COUNT(*) FROM link").fetchone()[0], "links", file=sys.stderr)
EOF
}

if [ -n "${DATA:-}" ]; then
    if [ "${REBUILD_STORE:-}" = 1 ] || [ ! -f "$BENCH_DIR/store.done" ]; then
        rm -rf "$STORE_DIR" "$LOGS" "$BENCH_DIR/replicated.done"
        mkdir -p "$STORE_DIR" "$LOGS"
        echo "== copying $DATA/oeuvre.sqlite" >&2
        cp "$DATA/oeuvre.sqlite" "$STORE_DIR/oeuvre.sqlite"
        [ -f "$DATA/oeuvre.sqlite-wal" ] && cp "$DATA/oeuvre.sqlite-wal" "$STORE_DIR/oeuvre.sqlite-wal"
        touch "$BENCH_DIR/store.done"
    fi
elif [ "${REBUILD_STORE:-}" = 1 ] || [ ! -f "$BENCH_DIR/store.done" ]; then
    rm -rf "$STORE_DIR" "$LOGS" "$BENCH_DIR/corpus" "$BENCH_DIR/replicated.done"
    mkdir -p "$LOGS"
    echo "== corpus: $BASE records, 5 sources" >&2
    measure generate "$OEUVRE_BIN" bench corpus --records "$BASE" --sources 5 --seed 7 --out "$BENCH_DIR/corpus"
    while IFS=$'\t' read -r id format institution folder; do
        echo "== harvest $id ($format)" >&2
        measure "harvest-$id" "$OEUVRE_BIN" harvest --data "$STORE_DIR" --endpoint "file://$BENCH_DIR/corpus/$folder" \
            --protocol files --format "$format" --name "$id" --institution "$institution" </dev/null
    done <"$BENCH_DIR/corpus/sources.tsv"
    echo "== normalize" >&2
    measure normalize "$OEUVRE_BIN" normalize --data "$STORE_DIR" --jobs 2
    echo "== link (and index)" >&2
    measure link "$OEUVRE_BIN" link --data "$STORE_DIR"
    touch "$BENCH_DIR/store.done"
fi
mkdir -p "$LOGS" "$OUT"
if [ ! -f "$BENCH_DIR/replicated.done" ]; then
    HELD=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM record').fetchone()[0])" "$STORE_DIR/oeuvre.sqlite")
    if [ "$RECORDS" -ge $((HELD * 2)) ]; then
        replicate $((RECORDS / HELD))
    fi
    touch "$BENCH_DIR/replicated.done"
fi

read -r STORED WORKS LINKS < <(python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(*(db.execute(q).fetchone()[0] for q in ('SELECT COUNT(*) FROM record', 'SELECT COUNT(*) FROM work', 'SELECT COUNT(*) FROM link')))
" "$STORE_DIR/oeuvre.sqlite")
STORE_MB=$(du -m "$STORE_DIR/oeuvre.sqlite" | cut -f1)
echo "store: $STORED records, $WORKS works, $LINKS links, $STORE_MB MB" >&2

ROWS=""
for format in $FORMATS; do
    echo "== export $format" >&2
    rm -f "$OUT/export.$format"
    measure "export-$format" "$OEUVRE_BIN" export --data "$STORE_DIR" --format "$format" --out "$OUT/export.$format"
    read -r S MB <"$LOGS/export-$format.fig"
    BYTES=$(stat -c %s "$OUT/export.$format")
    # Records exported; for links-csv of everything (which streams links, not works) the links.
    EXPORTED=$(python3 -c "import json,sys; c = json.load(open(sys.argv[1]))['counts']; print(c['links'] if sys.argv[2] == 'links-csv' else c['records'])" \
        "$OUT/export.$format.provenance.json" "$format")
    ROWS+="$format $EXPORTED $S $MB $BYTES"$'\n'
    [ "${KEEP_OUTPUT:-}" = 1 ] || rm -f "$OUT/export.$format"
done

python3 - "$STORED" "$WORKS" "$LINKS" <<EOF
import sys
records, works, links = sys.argv[1:4]
print(f"Export of everything: {int(records):,} records in {int(works):,} works, {int(links):,} links")
print("| format | records (links-csv: links) | seconds | per second | peak memory | output |")
print("|---|---|---|---|---|---|")
for line in """$ROWS""".strip().splitlines():
    fmt, n, s, mb, size = line.split()
    n, s, mb, size = int(n), float(s), float(mb), int(size)
    print(f"| {fmt} | {n:,} | {s:.1f} | {n / s:,.0f} | {mb:.1f} MB | {size / 1e6:,.0f} MB |")
EOF
