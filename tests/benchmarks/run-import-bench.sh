#!/usr/bin/env bash
# Import benchmark: Boussole's CSV and Terraform imports at two sizes each, and the reference tool
# (sqlite3's .import of the same CSV into a fresh database, which only copies text) for the ratio.
# Each size runs RUNS times (3 in full mode, 1 in smoke mode) and the median run is reported:
# timings on a shared machine vary from run to run. Peak memory at the two sizes tells whether
# memory grows with the file.
# Usage: run-import-bench.sh BENCH_BINARY WORKDIR [smoke|full]
set -euo pipefail
bench=$1
work=$2
mode=${3:-full}
mkdir -p "$work"
if [ "$mode" = smoke ]; then
    csv_sizes="20000 40000"; tf_sizes="2000 4000"; runs=${RUNS:-1}
else
    csv_sizes="100000 200000"; tf_sizes="20000 80000"; runs=${RUNS:-3}
fi

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

# Runs the benchmark $runs times; prints every run and returns the median one (by seconds) in $line.
median_run() {
    local all=""
    for _ in $(seq "$runs"); do
        local one
        one=$("$bench" "$@")
        echo "run       $one"
        all+="$(echo "$one" | field seconds) $one"$'\n'
    done
    line=$(printf '%s' "$all" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | cut -d' ' -f2-)
    echo "boussole  $line"
}

for rows in $csv_sizes; do
    median_run csv "$rows" "$work"
done
last_csv_rows=${csv_sizes##* }
csv="$work/bench-csv-$last_csv_rows.csv"
boussole_s=$(echo "$line" | field seconds)
if command -v sqlite3 >/dev/null; then
    all=""
    for _ in $(seq "$runs"); do
        rm -f "$work/reference.sqlite"
        start=$(date +%s.%N)
        sqlite3 "$work/reference.sqlite" -cmd '.mode csv' -cmd '.separator ;' ".import '$csv' inventory"
        end=$(date +%s.%N)
        all+="$(echo "$end - $start" | bc -l)"$'\n'
    done
    ref_s=$(printf '%s' "$all" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf 'reference sqlite3 .import rows=%s seconds=%.3f\n' "$last_csv_rows" "$ref_s"
    printf 'ratio boussole/sqlite3 (csv, %s rows) = %.2f\n' "$last_csv_rows" \
        "$(echo "$boussole_s / $ref_s" | bc -l)"
fi
for rows in $tf_sizes; do
    median_run terraform "$rows" "$work"
done
