#!/usr/bin/env bash
# Import benchmark: Boussole's CSV and Terraform imports at two sizes each, and the reference tool
# (sqlite3's .import of the same CSV into a fresh database, which only copies text) for the ratio.
# Usage: run-import-bench.sh BENCH_BINARY WORKDIR [smoke|full]
set -euo pipefail
bench=$1
work=$2
mode=${3:-full}
mkdir -p "$work"
if [ "$mode" = smoke ]; then
    csv_sizes="20000 40000"; tf_sizes="2000 4000"
else
    csv_sizes="100000 200000"; tf_sizes="20000 80000"
fi

field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }

for rows in $csv_sizes; do
    line=$("$bench" csv "$rows" "$work")
    echo "boussole  $line"
done
last_csv_rows=${csv_sizes##* }
csv="$work/bench-csv-$last_csv_rows.csv"
boussole_s=$(echo "$line" | field seconds)
if command -v sqlite3 >/dev/null; then
    rm -f "$work/reference.sqlite"
    start=$(date +%s.%N)
    sqlite3 "$work/reference.sqlite" -cmd '.mode csv' -cmd '.separator ;' ".import '$csv' inventory"
    end=$(date +%s.%N)
    ref_s=$(echo "$end - $start" | bc -l)
    printf 'reference sqlite3 .import rows=%s seconds=%.3f\n' "$last_csv_rows" "$ref_s"
    printf 'ratio boussole/sqlite3 (csv, %s rows) = %.2f\n' "$last_csv_rows" \
        "$(echo "$boussole_s / $ref_s" | bc -l)"
fi
for rows in $tf_sizes; do
    echo "boussole  $("$bench" terraform "$rows" "$work")"
done
