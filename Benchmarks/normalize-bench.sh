#!/usr/bin/env bash
# Normalization benchmark: oeuvre normalize on one core, against the floor (xmllint --stream, parsing alone) and a
# peer (Catmandu's `catmandu convert XML to JSON`), all on the same LIDO file in the same run.
#
#   bash Benchmarks/normalize-bench.sh [RECORDS]        (default 100000)
#
# Environment: OEUVRE_BIN=PATH uses that binary instead of building the release product; KEEP_TMP=1 keeps the files;
# RUNS=N normalize runs (default 3; xmllint runs N+1 times around them; the medians are compared).
# The records are made from the real LIDO fixtures (Benchmarks/make_lido_corpus.py): identifiers, titles, years and
# sizes vary per record. Needs python3, xmllint (libxml2-utils), Catmandu (libcatmandu-perl, libcatmandu-xml-perl)
# and /usr/bin/time (time): installed with apt-get when missing and running as root.
set -euo pipefail

RECORDS="${1:-100000}"
cd "$(dirname "$0")/.."
ROOT="$PWD"

need=()
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v catmandu >/dev/null || need+=(libcatmandu-perl libcatmandu-xml-perl)
perl -MCatmandu::Importer::XML -e1 2>/dev/null || need+=(libcatmandu-xml-perl)
[ -x /usr/bin/time ] || need+=(time)
if [ "${#need[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "install first: ${need[*]}" >&2
        exit 2
    fi
fi

if [ -z "${OEUVRE_BIN:-}" ]; then
    swift build -c release --product oeuvre >/dev/null
    OEUVRE_BIN="$ROOT/.build/release/oeuvre"
fi

TMP=$(mktemp -d /tmp/oeuvre-normalize-bench.XXXXXX)
cleanup() { [ "${KEEP_TMP:-}" = 1 ] || rm -rf "$TMP"; }
trap cleanup EXIT

CORPUS="$TMP/lido.xml"
python3 Benchmarks/make_lido_corpus.py "$RECORDS" "$CORPUS"
BYTES=$(stat -c %s "$CORPUS")

# Load the records into a store (the harvest of a dump; timed but not the subject).
/usr/bin/time -f '%e %M' -o "$TMP/harvest.time" "$OEUVRE_BIN" harvest --data "$TMP/harvested" --endpoint "file://$CORPUS" \
    --protocol files --format lido --name bench >/dev/null 2>"$TMP/harvest.log"

# The subject, normalize on one core (without the search index update that follows it: --skip-index; the search
# benchmark measures indexing), and the floor, xmllint parsing alone, taken in turns: this machine's speed drifts by
# up to a third within minutes (one xmllint run took 13.8 s, the next 20.9 s, at the same user-time rate), so each is
# run several times (RUNS normalize runs, each on a fresh copy of the harvested store, and RUNS+1 xmllint runs around
# them) and their medians are compared; every run and the fastest-against-fastest ratio are printed too.
RUNS="${RUNS:-3}"
floor() { /usr/bin/time -f '%e %M %U %S' -o "$TMP/xmllint.$1.time" xmllint --stream --noout "$CORPUS"; }
floor 0
for run in $(seq 1 "$RUNS"); do
    rm -rf "$TMP/data"
    cp -r "$TMP/harvested" "$TMP/data"
    sync
    /usr/bin/time -f '%e %M %U %S' -o "$TMP/normalize.$run.time" "$OEUVRE_BIN" normalize --data "$TMP/data" --jobs 1 --skip-index bench \
        >"$TMP/normalize.out" 2>"$TMP/normalize.log"
    NORMALIZED=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from record').fetchone()[0])" "$TMP/data/oeuvre.sqlite")
    if [ "$NORMALIZED" != "$RECORDS" ]; then
        echo "normalize stored $NORMALIZED records, expected $RECORDS" >&2
        cat "$TMP/normalize.out" >&2
        exit 1
    fi
    floor "$run"
done
median() {  # prefix: the time file of the median run (the lower middle one for an even count)
    local files
    files=$(for file in "$TMP/$1".*.time; do echo "$(cut -d' ' -f1 "$file") $file"; done | sort -n)
    echo "$files" | sed -n "$(( ($(echo "$files" | wc -l) + 1) / 2 ))p" | cut -d' ' -f2
}
fastest() {  # prefix: the fastest run's seconds
    for file in "$TMP/$1".*.time; do cut -d' ' -f1 "$file"; done | sort -n | head -1
}
cp "$(median normalize)" "$TMP/normalize.time"
cp "$(median xmllint)" "$TMP/xmllint.time"

# The peer: Catmandu's generic XML to JSON on the same file.
/usr/bin/time -f '%e %M %U %S' -o "$TMP/catmandu.time" catmandu convert XML --path '/lido:lidoWrap/lido:lido' to JSON \
    <"$CORPUS" >"$TMP/catmandu.json"

row() {  # name, time file
    read -r seconds kb _ <"$2"
    python3 - "$1" "$seconds" "$kb" "$RECORDS" <<'PY'
import sys
name, seconds, kb, records = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print(f"{name:<22} {records:>8} {seconds:>9.2f} {records / seconds:>10.0f} {kb / 1024:>8.1f}")
PY
}

echo
echo "LIDO corpus: $RECORDS records, $((BYTES / 1024 / 1024)) MB ($((BYTES / RECORDS)) bytes per record)"
echo "runs (seconds): normalize $(cat "$TMP"/normalize.*[0-9].time | cut -d' ' -f1 | tr '\n' ' ')  xmllint $(cat "$TMP"/xmllint.*[0-9].time | cut -d' ' -f1 | tr '\n' ' ')(the median of each below)"
printf '%-22s %8s %9s %10s %8s\n' tool records seconds records/s "peak MB"
row "oeuvre normalize -j1" "$TMP/normalize.time"
row "xmllint --stream" "$TMP/xmllint.time"
row "catmandu XML->JSON" "$TMP/catmandu.time"
row "(oeuvre harvest file)" "$TMP/harvest.time"
python3 - "$TMP/normalize.time" "$TMP/xmllint.time" "$TMP/catmandu.time" <<'PY'
import sys
def seconds(path): return float(open(path).read().split()[0])
ours, floor, peer = (seconds(p) for p in sys.argv[1:4])
print(f"\noeuvre / xmllint time: {ours / floor:.1f}x (medians)   catmandu / oeuvre time: {peer / ours:.1f}x")
PY
echo "fastest run against fastest run: oeuvre / xmllint $(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}x')" "$(fastest normalize)" "$(fastest xmllint)")"
