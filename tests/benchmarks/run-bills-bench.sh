#!/usr/bin/env bash
# Bill import benchmark: a generated FOCUS 1.2 CSV (and an AWS CUR one) imported by Boussole,
# against the reference tool, sqlite3's .import of the same file into a fresh database (which only
# copies text, no parsing or validation). Prints both times, the ratio, both peak memories, and
# the time to aggregate the Costs page. Median of RUNS runs. The imported total is checked against
# the file's sum computed by Python's decimal module (independent of Boussole). With DUCKDB_DIR set
# to a folder where `npm i @duckdb/node-api` was run, DuckDB's load of the same file is timed too.
# Usage: run-bills-bench.sh BENCH_BINARY WORKDIR [smoke|full]
set -euo pipefail
bench=$1
work=$2
mode=${3:-full}
mkdir -p "$work"
if [ "$mode" = smoke ]; then rows=${ROWS:-20000}; runs=${RUNS:-1}; else rows=${ROWS:-1000000}; runs=${RUNS:-3}; fi

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
# Peak RSS in KiB of a command, from GNU time.
peak_kib() { /usr/bin/time -f '%M' -o "$work/time.txt" "$@" >/dev/null && cat "$work/time.txt"; }

for format in focus cur; do
    file="$work/bill-$format-$rows.csv"
    [ -f "$file" ] || "$bench" generate "$format" "$rows" "$file"
    all=""
    for _ in $(seq "$runs"); do
        if ! one=$("$bench" import "$file" "$work"); then
            echo "boussole  $format: import failed (is the $format importer built?)"
            continue 2
        fi
        echo "run       $one"
        all+="$(echo "$one" | field seconds) $one"$'\n'
    done
    line=$(printf '%s' "$all" | median | cut -d' ' -f2-)
    echo "boussole  $line"
    b_s=$(echo "$line" | field seconds)
    total=$(echo "$line" | field total)
    if command -v python3 >/dev/null; then
        column=BilledCost; [ "$format" = cur ] && column=lineItem/UnblendedCost
        expected=$(python3 -c 'import csv,sys
from decimal import Decimal
r=csv.reader(open(sys.argv[1], newline=""));h=next(r);i=h.index(sys.argv[2])
print(sum((Decimal(x[i]) for x in r), Decimal(0)).normalize())' "$file" "$column")
        if [ "$(python3 -c 'import sys; from decimal import Decimal as D; print(D(sys.argv[1]) == D(sys.argv[2]))' "$total" "$expected")" = True ]; then
            echo "total     $total equals the file's sum computed independently"
        else
            echo "total     MISMATCH: Boussole $total, the file sums to $expected"; exit 1
        fi
    fi
    b_kib=$(echo "$line" | field peak_rss_kib)
    if command -v sqlite3 >/dev/null; then
        times=""
        kib=0
        for _ in $(seq "$runs"); do
            rm -f "$work/reference.sqlite"
            start=$(date +%s.%N)
            kib=$(peak_kib sqlite3 "$work/reference.sqlite" -cmd '.mode csv' ".import '$file' bill")
            end=$(date +%s.%N)
            times+="$(echo "$end - $start" | bc -l)"$'\n'
        done
        r_s=$(printf '%s' "$times" | median)
        printf 'reference sqlite3 .import format=%s rows=%s seconds=%.3f peak_rss_kib=%s\n' "$format" "$rows" "$r_s" "$kib"
        printf 'ratio boussole/sqlite3 (%s, %s rows): time %.2f, peak memory boussole %s MiB vs sqlite3 %s MiB\n' \
            "$format" "$rows" "$(echo "$b_s / $r_s" | bc -l)" "$((b_kib / 1024))" "$((kib / 1024))"
    fi
    if [ -n "${DUCKDB_DIR:-}" ] && [ -d "$DUCKDB_DIR/node_modules/@duckdb/node-api" ]; then
        script=$(cd "$(dirname "$0")" && pwd)/duckdb-load.mjs
        cp "$script" "$DUCKDB_DIR/duckdb-load.mjs"
        rm -f "$work/reference.duckdb"*
        d_kib=$(cd "$DUCKDB_DIR" && /usr/bin/time -f '%M' -o "$work/time.txt" node duckdb-load.mjs "$file" "$work/reference.duckdb" | field seconds > "$work/duck.txt"; cat "$work/time.txt")
        d_s=$(cat "$work/duck.txt")
        printf 'reference duckdb format=%s seconds=%s peak_rss_kib=%s; ratio duckdb/sqlite3 %.2f\n' "$format" "$d_s" "$d_kib" "$(echo "$d_s / $r_s" | bc -l)"
        rm -f "$work/reference.duckdb"*
    fi
done
rm -f "$work/reference.sqlite" "$work/bench-bills.boussole"
