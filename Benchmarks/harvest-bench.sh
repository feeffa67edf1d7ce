#!/usr/bin/env bash
# Harvest benchmark: oeuvre against sickle (PyPI), same fixture server, same records.
#
#   bash Benchmarks/harvest-bench.sh [RECORDS]        (default 100000)
#
# Environment:
#   OEUVRE_BIN=PATH   use this oeuvre binary instead of building `swift build -c release --product oeuvre`
#   KEEP_TMP=1        keep the temporary directory (stores, logs, sickle output)
#
# What it does:
#   1. builds the release binary once (quietly) unless OEUVRE_BIN is set;
#   2. starts Tests/Servers/oai_server.py --generate RECORDS --page-size 200 --gzip off on a free port,
#      and a second one with 10000 records;
#   3. harvests each with `oeuvre harvest` (ad-hoc OAI-PMH/LIDO source, --requests-per-second 1000,
#      a fresh --data directory) under /usr/bin/time, and checks that raw_record holds every record;
#   4. harvests the RECORDS server with Benchmarks/sickle_harvest.py (the venv's python), which writes
#      every record's metadata XML to one JSONL file, and checks the count;
#   5. prints tool, records, seconds, records/s, peak MB (plus client and server CPU seconds), the
#      oeuvre/sickle speed ratio, and oeuvre's peak memory at 10000 against RECORDS records.
# Exits non-zero if any run failed. Needs python3 (the server), the venv at .venv with sickle (made if
# missing) and /usr/bin/time (the Debian `time` package, installed if missing).

set -euo pipefail

RECORDS="${1:-100000}"
SMALL=10000
if ! [[ "$RECORDS" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: bash Benchmarks/harvest-bench.sh [RECORDS]   (RECORDS a positive integer, default 100000)" >&2
    exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SERVER_PY="$ROOT/Tests/Servers/oai_server.py"
SICKLE_PY="$ROOT/Benchmarks/sickle_harvest.py"
VENV_PY="$ROOT/.venv/bin/python"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/oeuvre-bench.XXXXXX")"
SERVER_PIDS=()

cleanup() {
    local pid
    for pid in "${SERVER_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${SERVER_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ "${KEEP_TMP:-0}" == 1 ]]; then
        echo "kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say() { echo "== $*" >&2; }
die() { echo "harvest-bench: $*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------------------------------

if [[ ! -x /usr/bin/time ]]; then
    say "installing the Debian 'time' package (/usr/bin/time)"
    SUDO=""
    if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
    $SUDO apt-get install -y -qq time >/dev/null 2>&1 \
        || { $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq time >/dev/null; } \
        || die "cannot install /usr/bin/time (apt-get install time)"
fi

if [[ ! -x "$VENV_PY" ]] || ! "$VENV_PY" -c 'import sickle' 2>/dev/null; then
    say "creating .venv with sickle"
    python3 -m venv "$ROOT/.venv"
    "$ROOT/.venv/bin/pip" install -q sickle
fi

if [[ -n "${OEUVRE_BIN:-}" ]]; then
    BIN="$OEUVRE_BIN"
else
    say "building oeuvre (release)"
    swift build -c release --product oeuvre -q
    BIN="$ROOT/.build/release/oeuvre"
fi
[[ -x "$BIN" ]] || die "no oeuvre binary at $BIN"

# --- helpers ---------------------------------------------------------------------------------------

# start_server N NAME: starts the fixture server with N records; sets PORT and SERVER_PID.
start_server() {
    local n="$1" name="$2" out="$WORK/$2.server.out" i
    python3 "$SERVER_PY" --port 0 --generate "$n" --page-size 200 --gzip off --exit-with-parent \
        >"$out" 2>"$WORK/$name.server.err" &
    SERVER_PID=$!
    SERVER_PIDS+=("$SERVER_PID")
    PORT=""
    for ((i = 0; i < 6000; i++)); do     # generating 100000 records takes a few seconds; allow 10 minutes
        if [[ -s "$out" ]] && read -r word port <"$out" && [[ "$word" == LISTENING ]]; then
            PORT="$port"
            break
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/$name.server.err" >&2; die "server $name exited"; }
        sleep 0.1
    done
    [[ -n "$PORT" ]] || die "server $name did not print LISTENING"
    curl -sf "http://127.0.0.1:$PORT/oai?verb=Identify" >/dev/null 2>&1 \
        || python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1]).read()" \
            "http://127.0.0.1:$PORT/oai?verb=Identify" \
        || die "server $name does not answer Identify"
}

# cpu_seconds PID: user+system CPU seconds used so far by PID (all its threads).
cpu_seconds() {
    local tck
    tck=$(getconf CLK_TCK)
    awk -v t="$tck" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$1/stat" 2>/dev/null || echo 0
}

ROWS=()      # "tool records seconds peakKB user sys serverCPU"
FAILED=0

# timed NAME SERVERPID CMD...: runs CMD under /usr/bin/time; sets T_WALL T_KB T_CPU T_SRV; returns CMD's status.
timed() {
    local name="$1" spid="$2" before after rc=0
    shift 2
    before=$(cpu_seconds "$spid")
    /usr/bin/time -f '%e %M %U %S' -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1 || rc=$?
    after=$(cpu_seconds "$spid")
    T_WALL=0 T_KB=0 T_USER=0 T_SYS=0
    # the figures are the last line (a failed command gets "Command exited with non-zero status N" first)
    read -r T_WALL T_KB T_USER T_SYS < <(tail -n 1 "$WORK/$name.time" 2>/dev/null) || true
    T_CPU=$(awk -v u="$T_USER" -v s="$T_SYS" 'BEGIN { printf "%.1f", u + s }')
    T_SRV=$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.1f", b - a }')
    return $rc
}

count_rows() {
    local db="$1/oeuvre.sqlite"
    [[ -f "$db" ]] || { echo 0; return; }
    if command -v sqlite3 >/dev/null; then
        sqlite3 "$db" 'SELECT count(*) FROM raw_record' 2>/dev/null || echo 0
    else
        python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM raw_record").fetchone()[0])' "$db" 2>/dev/null || echo 0
    fi
}

# run_oeuvre N PORT SERVERPID
run_oeuvre() {
    local n="$1" port="$2" spid="$3" name="oeuvre-$1" data got
    data="$WORK/$name.data"
    mkdir -p "$data"
    say "oeuvre harvest: $n records"
    if ! timed "$name" "$spid" "$BIN" harvest --data "$data" \
            --endpoint "http://127.0.0.1:$port/oai" --protocol oai-pmh --metadata-prefix lido --format lido \
            --name bench --institution "Benchmark" --requests-per-second 1000; then
        echo "oeuvre ($n records) failed; last lines of its output:" >&2
        tail -n 20 "$WORK/$name.log" >&2
        FAILED=1
        return
    fi
    got=$(count_rows "$data")
    if [[ "$got" != "$n" ]]; then
        echo "oeuvre ($n records): raw_record has $got rows, expected $n" >&2
        FAILED=1
        return
    fi
    ROWS+=("oeuvre $n $T_WALL $T_KB $T_CPU $T_SRV")
}

# run_sickle N PORT SERVERPID
run_sickle() {
    local n="$1" port="$2" spid="$3" name="sickle-$1" got lines
    say "sickle harvest: $n records"
    if ! timed "$name" "$spid" "$VENV_PY" "$SICKLE_PY" "http://127.0.0.1:$port/oai" "$WORK/$name.jsonl"; then
        echo "sickle ($n records) failed; last lines of its output:" >&2
        tail -n 20 "$WORK/$name.log" >&2
        FAILED=1
        return
    fi
    got=$(tail -n 1 "$WORK/$name.log")
    lines=$(wc -l <"$WORK/$name.jsonl")
    if [[ "$got" != "$n" || "$lines" -ne "$n" ]]; then
        echo "sickle ($n records): counted $got, wrote $lines lines, expected $n" >&2
        FAILED=1
        return
    fi
    ROWS+=("sickle $n $T_WALL $T_KB $T_CPU $T_SRV")
}

# --- runs ------------------------------------------------------------------------------------------

say "starting fixture servers ($RECORDS and $SMALL records)"
start_server "$RECORDS" big
BIG_PORT=$PORT BIG_PID=$SERVER_PID
start_server "$SMALL" small
SMALL_PORT=$PORT SMALL_PID=$SERVER_PID

run_oeuvre "$SMALL" "$SMALL_PORT" "$SMALL_PID"
kill "$SMALL_PID" 2>/dev/null || true
run_oeuvre "$RECORDS" "$BIG_PORT" "$BIG_PID"
run_sickle "$RECORDS" "$BIG_PORT" "$BIG_PID"

# --- report ----------------------------------------------------------------------------------------

echo
printf '%-8s %9s %9s %10s %8s %11s %11s\n' tool records seconds records/s "peak MB" "client CPU" "server CPU"
for row in "${ROWS[@]}"; do
    read -r tool n wall kb cpu srv <<<"$row"
    awk -v tool="$tool" -v n="$n" -v wall="$wall" -v kb="$kb" -v cpu="$cpu" -v srv="$srv" 'BEGIN {
        rate = (wall > 0) ? n / wall : 0
        printf "%-8s %9d %9.2f %10.0f %8.1f %10.1fs %10.1fs\n", tool, n, wall, rate, kb / 1024, cpu, srv }'
done

rate_of() {   # rate_of TOOL N
    local row tool n wall rest
    for row in "${ROWS[@]}"; do
        read -r tool n wall rest <<<"$row"
        if [[ "$tool" == "$1" && "$n" == "$2" ]]; then
            awk -v n="$n" -v w="$wall" 'BEGIN { if (w > 0) printf "%.4f", n / w }'
            return
        fi
    done
}
mb_of() {     # mb_of TOOL N
    local row tool n wall kb rest
    for row in "${ROWS[@]}"; do
        read -r tool n wall kb rest <<<"$row"
        if [[ "$tool" == "$1" && "$n" == "$2" ]]; then
            awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }'
            return
        fi
    done
}

echo
O_RATE=$(rate_of oeuvre "$RECORDS")
S_RATE=$(rate_of sickle "$RECORDS")
if [[ -n "$O_RATE" && -n "$S_RATE" ]]; then
    awk -v o="$O_RATE" -v s="$S_RATE" -v n="$RECORDS" \
        'BEGIN { printf "oeuvre/sickle records/s at %d records: %.2fx\n", n, o / s }'
fi
O_SMALL_MB=$(mb_of oeuvre "$SMALL")
O_BIG_MB=$(mb_of oeuvre "$RECORDS")
if [[ -n "$O_SMALL_MB" && -n "$O_BIG_MB" ]]; then
    echo "oeuvre peak memory: ${O_SMALL_MB} MB at $SMALL records, ${O_BIG_MB} MB at $RECORDS records"
fi
echo "(client CPU = user+system of the harvester; server CPU = CPU the fixture server spent during that run)"

if [[ "$FAILED" -ne 0 ]]; then
    echo "harvest-bench: a run FAILED (see messages above)" >&2
    exit 1
fi
