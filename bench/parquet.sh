#!/usr/bin/env bash
# CSV against Parquet count tables (--table-format) on the Government Work Reports (../shared/corpora/gwr), copied
# 1x and 5x (COPIES): size of the three large tables, CPU time and peak memory of `count` in each format, CPU time of
# `compare --from` reading them back (the comparison CSVs must be byte-identical), then the Parquet codec comparison on
# the largest folder (bench/GovText.Benchmarks parquet-codecs). Figures: docs/performance.md.
# Usage: bench/parquet.sh   (COPIES="1 5", PASSES=3 for the codec table, SKIP_BUILD=1 uses the Release build as it is)
# Needs dotnet, python3 and GNU time at /usr/bin/time.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${GOVTEXT_SHARED:-$repo/../shared}
read -r -a copies <<< "${COPIES:-1 5}"
tmp=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$tmp"
trap 'rm -rf "$tmp/corpus" "$tmp/csv" "$tmp/parquet"' EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "building govtext and the benchmarks (Release)..." >&2
  dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
  dotnet build "$repo/bench/GovText.Benchmarks" -c Release -nologo -v quiet >&2
fi
govtext="$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll"
benchmarks="$repo/bench/GovText.Benchmarks/bin/Release/net10.0/GovText.Benchmarks.dll"

timed() { # label command...
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err" || { echo "$label failed:" >&2; cat "$tmp/err" >&2; return 1; }
  read -r wall user sys rss < "$tmp/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%-34s %8.1f %8.2f %9.0f", l, w, u + s, r / 1024 }'
}

tables_mb() { # folder format
  local total=0
  for t in concept_counts concept_matches word_frequencies; do total=$((total + $(stat -c %s "$1/$t.$2"))); done
  awk -v b="$total" 'BEGIN { printf " %10.2f\n", b / 1e6 }'
}

printf 'machine: %s cores, load average at start: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %8s %8s %9s %10s\n' run wall_s cpu_s peak_MB tables_MB
for n in "${copies[@]}"; do
  rm -rf "$tmp/corpus"
  for i in $(seq "$n"); do mkdir -p "$tmp/corpus/copy$i" && cp "$shared/corpora/gwr"/*.txt "$tmp/corpus/copy$i/"; done
  python3 - "$shared/corpora/gwr/manifest.csv" "$n" "$tmp/corpus/manifest.csv" <<'PY'
import csv, sys
source, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = list(csv.DictReader(open(source, encoding="utf-8")))
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "path", "year", "language"])
    for i in range(1, copies + 1):
        for row in rows:
            w.writerow([f"copy{i}-{row['id']}", f"copy{i}/{row['path']}", row["year"], row["language"]])
PY
  for format in csv parquet; do
    rm -rf "$tmp/$format"
    timed "count gwr ${n}x --table-format $format" dotnet "$govtext" count "$tmp/corpus" --out "$tmp/$format" --table-format "$format" --word-frequencies --jobs 2 --quiet
    tables_mb "$tmp/$format" "$format"
  done
  for format in csv parquet; do
    timed "compare --from ($format) ${n}x" dotnet "$govtext" compare --from "$tmp/$format" --by year --target year=2013..2025 --no-charts --quiet
    printf '\n'
  done
  for f in concept_by_group.csv keyness.csv keyness_words.csv cooccurrence.csv; do
    cmp -s "$tmp/csv/$f" "$tmp/parquet/$f" || { echo "compare --from: $f differs between the csv and parquet folders" >&2; exit 1; }
  done
  echo "  compare --from: the comparison CSVs of both folders are byte-identical"
done
dotnet "$benchmarks" parquet-codecs "$tmp/csv" "${PASSES:-3}"
printf 'load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
