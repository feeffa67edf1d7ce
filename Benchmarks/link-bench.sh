#!/usr/bin/env bash
# Link benchmark: oeuvre link on a synthetic multi-source corpus with ground truth, against a Splink baseline.
#
#   bash Benchmarks/link-bench.sh [RECORDS] [SOURCES] [SEED]      (defaults 10000 4 1; SOURCES 2 to 8)
#
# Environment:
#   OEUVRE_BIN=PATH      use this oeuvre binary instead of building `swift build -c release --product oeuvre`
#   SCRATCH=DIR          build with --scratch-path DIR (a build folder of its own)
#   SPLINK_VENV=DIR      the venv with Splink 4 (default /tmp/oeuvre-splink-venv; made if missing, reused if present)
#   SKIP_SPLINK=1        leave out the Splink baseline
#   KEEP_TMP=1           keep the temporary folder (corpus, store, logs)
#
# What it does:
#   1. builds the release binary once (quietly) unless OEUVRE_BIN is set;
#   2. `oeuvre bench corpus --records RECORDS --sources SOURCES --seed SEED` into a temporary folder;
#   3. harvests every source of the corpus (files protocol, ad-hoc flags from its sources.tsv) and normalizes;
#   4. times `oeuvre link` under /usr/bin/time -v (wall time and peak memory);
#   5. `oeuvre evaluate --gold truth.csv --json`: precision, recall and F1 per relation;
#   6. Benchmarks/splink_baseline.py on the same normalized records (Splink 4 on DuckDB, same_object only);
#   7. prints a table of the figures. Exits non-zero when a stage fails.
# Needs python3, /usr/bin/time (the Debian `time` package, installed if missing and running as root) and, for the
# baseline, PyPI (pip install "splink>=4,<5" into the venv).

set -euo pipefail

RECORDS="${1:-10000}"
SOURCES="${2:-4}"
SEED="${3:-1}"
if ! [[ "$RECORDS" =~ ^[1-9][0-9]*$ && "$SOURCES" =~ ^[2-8]$ && "$SEED" =~ ^[0-9]+$ ]]; then
    echo "usage: bash Benchmarks/link-bench.sh [RECORDS] [SOURCES 2-8] [SEED]" >&2
    exit 2
fi

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

WORK="$(mktemp -d "${TMPDIR:-/tmp}/oeuvre-link-bench.XXXXXX")"
cleanup() { if [ "${KEEP_TMP:-}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
CORPUS="$WORK/corpus"
DATA="$WORK/data"
LOGS="$WORK/logs"
mkdir -p "$LOGS"

# Runs a command under /usr/bin/time -v; writes "SECONDS PEAK_MB" to $LOGS/NAME.fig (fails when the command does).
measure() {
    local name="$1"
    shift
    if ! /usr/bin/time -v -o "$LOGS/$name.time" "$@" >"$LOGS/$name.out" 2>"$LOGS/$name.err"; then
        echo "$name failed:" >&2
        tail -n 20 "$LOGS/$name.err" >&2
        tail -n 20 "$LOGS/$name.out" >&2
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

echo "corpus: $RECORDS records, $SOURCES sources, seed $SEED" >&2
measure generate "$OEUVRE_BIN" bench corpus --records "$RECORDS" --sources "$SOURCES" --seed "$SEED" --out "$CORPUS"
read -r GEN_S GEN_MB <"$LOGS/generate.fig"

HARVEST_S=0
HARVEST_MB=0
while IFS=$'\t' read -r id format institution folder; do
    measure "harvest-$id" "$OEUVRE_BIN" harvest --data "$DATA" --endpoint "file://$CORPUS/$folder" \
        --protocol files --format "$format" --name "$id" --institution "$institution" </dev/null
    read -r s mb <"$LOGS/harvest-$id.fig"
    HARVEST_S=$(python3 -c "print(round($HARVEST_S + $s, 2))")
    HARVEST_MB=$(python3 -c "print(max($HARVEST_MB, $mb))")
done <"$CORPUS/sources.tsv"
measure normalize "$OEUVRE_BIN" normalize --data "$DATA"
read -r NORM_S NORM_MB <"$LOGS/normalize.fig"
STORED=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from record').fetchone()[0])" "$DATA/oeuvre.sqlite")
if [ "$STORED" != "$RECORDS" ]; then
    echo "normalize stored $STORED records, expected $RECORDS" >&2
    cat "$LOGS/normalize.out" >&2
    exit 1
fi

LINK_S=""
LINK_MB=""
EVAL_JSON="$LOGS/evaluate.json"
if "$OEUVRE_BIN" link --help >/dev/null 2>&1; then
    measure link "$OEUVRE_BIN" link --data "$DATA" --skip-index
    read -r LINK_S LINK_MB <"$LOGS/link.fig"
    if "$OEUVRE_BIN" evaluate --data "$DATA" --gold "$CORPUS/truth.csv" --json >"$EVAL_JSON" 2>"$LOGS/evaluate.err"; then
        :
    else
        echo "oeuvre evaluate failed:" >&2
        tail -n 20 "$LOGS/evaluate.err" >&2
        exit 1
    fi
else
    echo "this oeuvre has no \`link\` command yet: only the baseline is measured" >&2
    echo '{}' >"$EVAL_JSON"
fi

SPLINK_JSON="$LOGS/splink.json"
echo '{}' >"$SPLINK_JSON"
SPLINK_S=""
SPLINK_MB=""
if [ "${SKIP_SPLINK:-}" != 1 ]; then
    VENV="${SPLINK_VENV:-/tmp/oeuvre-splink-venv}"
    if ! "$VENV/bin/python" -c "import splink, pandas" >/dev/null 2>&1; then
        echo "making the Splink venv at $VENV…" >&2
        python3 -m venv "$VENV"
        "$VENV/bin/pip" install -q "splink>=4,<5"
    fi
    measure splink "$VENV/bin/python" "$ROOT/Benchmarks/splink_baseline.py" \
        --db "$DATA/oeuvre.sqlite" --truth "$CORPUS/truth.csv" --json
    read -r SPLINK_S SPLINK_MB <"$LOGS/splink.fig"
    tail -n 1 "$LOGS/splink.out" >"$SPLINK_JSON"
fi

python3 - "$EVAL_JSON" "$SPLINK_JSON" "$CORPUS/truth.csv" <<EOF
import csv, json, sys
from collections import Counter
evaluation = json.load(open(sys.argv[1]))
splink = json.load(open(sys.argv[2]))
gold = Counter(row["relation"] for row in csv.DictReader(open(sys.argv[3])))
print()
print("Link benchmark: $RECORDS records, $SOURCES sources, seed $SEED")
print()
print(f"{'stage':<22}{'seconds':>10}{'peak MB':>10}")
for name, s, mb in [("generate corpus", "$GEN_S", "$GEN_MB"), ("harvest (all sources)", "$HARVEST_S", "$HARVEST_MB"),
                    ("normalize", "$NORM_S", "$NORM_MB"), ("oeuvre link", "$LINK_S", "$LINK_MB"),
                    ("splink baseline", "$SPLINK_S", "$SPLINK_MB")]:
    print(f"{name:<22}{s or '-':>10}{mb or '-':>10}")
print()
print(f"{'relation':<24}{'gold':>8}  {'oeuvre P':>9}{'R':>7}{'F1':>7}  {'splink P':>9}{'R':>7}{'F1':>7}")
relations = evaluation.get("relations", {})
names = ["same_object", "copy_after", "print_after", "preparatory_study_for", "version_of", "pendant"]
names += [n for n in relations if n not in names]
def figures(f):
    return f"{f['precision']:>9.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}" if f else f"{'-':>9}{'-':>7}{'-':>7}"
for name in names:
    base = splink if name == "same_object" and "f1" in splink else None
    print(f"{name:<24}{gold.get(name, 0):>8}  {figures(relations.get(name))}  {figures(base)}")
if "typed" in evaluation:
    typed_gold = sum(v for k, v in gold.items() if k != "same_object")
    print(f"{'typed relations (all)':<24}{typed_gold:>8}  {figures(evaluation['typed'])}")
if "overall" in evaluation:
    print(f"{'overall':<24}{sum(gold.values()):>8}  {figures(evaluation['overall'])}")
if "f1" in splink:
    print()
    print(f"splink: {splink['tool']}, threshold {splink['threshold']}, {splink['pairs_scored']} pairs scored, "
          f"{splink['seconds']} s inside the script")
EOF
