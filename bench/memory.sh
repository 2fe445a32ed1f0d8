#!/usr/bin/env bash
# Peak memory (RSS) and CPU time of `analyze --no-charts` as the corpus grows: the Chinese and English texts of
# ../shared/corpora (gwr, gwr-alt-editions, cpc-congress; 117 files, 7.6 MB) copied 1x, 10x and 40x into separate
# sub-folders, each with a manifest giving every copy the report's year (so comparisons by year and word keyness of
# 2013-2025 against the rest run as in a study), then a synthetic corpus of short abstracts (bench/synthetic-abstracts.py,
# default 200,000). With GOVTEXT_BASELINE=path/to/govtext.dll (an older build), the same runs are timed for it too.
# Usage: bench/memory.sh [COPIES...]   (default: 1 10 40; ABSTRACTS=N sets the synthetic corpus size, 0 skips it;
#        BASELINE_MAX=N times the baseline only up to N copies; SKIP_BUILD=1 uses the Release build as it is)
# Needs dotnet, python3 and GNU time at /usr/bin/time. Figures: docs/performance.md.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${GOVTEXT_SHARED:-$repo/../shared}
copies=("${@:-1 10 40}")
read -r -a copies <<< "${copies[*]}"
abstracts=${ABSTRACTS:-200000}
jobs=${JOBS:-$(nproc)}
tmp=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$tmp"
trap 'rm -rf "$tmp/corpus" "$tmp/out" "$tmp/abstracts"' EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "building govtext (Release)..." >&2
  dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
fi
govtext="$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll"
analyze=(analyze --no-charts --by year --target year=2013..2025 --jobs "$jobs" --quiet)

run() { # label dll corpus
  rm -rf "$tmp/out"
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" dotnet "$2" "${analyze[@]}" "$3" --out "$tmp/out" > /dev/null 2> "$tmp/err" ||
    { echo "$1 failed:" >&2; cat "$tmp/err" >&2; return 1; }
  read -r wall user sys rss < "$tmp/time"
  local docs bytes
  docs=$(($(wc -l < "$tmp/out/documents.csv") - 1))
  bytes=$(find "$3" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
  awk -v l="$1" -v d="$docs" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-28s %9d %9.1f %9.1f %9.1f %10.0f\n", l, d, b / 1e6, w, u + s, r / 1024 }'
}

printf 'machine: %s cores, load average at start: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %9s %9s %9s %9s %10s\n' run documents MB wall_s cpu_s peak_MB
for n in "${copies[@]}"; do
  rm -rf "$tmp/corpus"
  for i in $(seq "$n"); do
    for corpus in gwr gwr-alt-editions cpc-congress; do
      mkdir -p "$tmp/corpus/copy$i/$corpus"
      cp "$shared/corpora/$corpus"/*.txt "$tmp/corpus/copy$i/$corpus/"
    done
  done
  # Every copy keeps the source manifests' years; ids get the copy's number.
  python3 - "$shared/corpora" "$n" "$tmp/corpus/manifest.csv" <<'PY'
import csv, sys
root, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "path", "year"])
    for i in range(1, copies + 1):
        for corpus in ["gwr", "gwr-alt-editions", "cpc-congress"]:
            for row in csv.DictReader(open(f"{root}/{corpus}/manifest.csv", encoding="utf-8")):
                w.writerow([f"copy{i}-{row['id']}", f"copy{i}/{corpus}/{row['path']}", row["year"]])
PY
  run "reference corpora ${n}x" "$govtext" "$tmp/corpus"
  if [[ -n "${GOVTEXT_BASELINE:-}" && "$n" -le "${BASELINE_MAX:-1000}" ]]; then run "  baseline ${n}x" "$GOVTEXT_BASELINE" "$tmp/corpus"; fi
done
rm -rf "$tmp/corpus"

if [[ "$abstracts" -gt 0 ]]; then
  python3 "$repo/bench/synthetic-abstracts.py" "$tmp/abstracts" "$abstracts"
  run "synthetic abstracts" "$govtext" "$tmp/abstracts"
  if [[ -n "${GOVTEXT_BASELINE:-}" ]]; then run "  baseline abstracts" "$GOVTEXT_BASELINE" "$tmp/abstracts"; fi
fi
printf 'load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
