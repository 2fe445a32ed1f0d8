#!/usr/bin/env bash
# Peak memory (RSS) and CPU time of `govtext report --from DIR` on the results folder of a synthetic corpus of short
# abstracts (bench/synthetic-abstracts.py), counted once, then on the same folder's tables repeated 4 times under new
# document ids (documents.csv, concept_counts.csv, concept_matches.csv; text/ only for the first copy), so the report
# reads 4x the documents and matches without counting them again. With GOVTEXT_BASELINE=path/to/govtext.dll (an older
# build) the same reports are timed for it too and compared byte for byte (the generator's commit aside).
# Usage: bench/report-memory.sh [ABSTRACTS]   (default 50,000; JOBS=N for the count, SKIP_BUILD=1 uses the Release build
#        as it is, GOVTEXT=path/to/govtext.dll times that build instead, BENCH_TMP=DIR keeps the corpus and folders there)
# Needs dotnet, python3 and GNU time at /usr/bin/time. Figures: docs/performance.md ("The HTML report").
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
abstracts=${1:-50000}
jobs=${JOBS:-$(nproc)}
tmp=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$tmp"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "building govtext (Release)..." >&2
  dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
fi
govtext=${GOVTEXT:-$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll}

if [[ ! -f "$tmp/counted/documents.csv" ]]; then
  python3 "$repo/bench/synthetic-abstracts.py" "$tmp/abstracts" "$abstracts"
  rm -rf "$tmp/counted"
  dotnet "$govtext" count "$tmp/abstracts" --out "$tmp/counted" --jobs "$jobs" --quiet
fi
if [[ ! -f "$tmp/x4/documents.csv" ]]; then
  python3 - "$tmp/counted" "$tmp/x4" <<'PY'
import csv, os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst + "/text", exist_ok=True)
def repeat(name, id_column, path_column=None):
    with open(f"{src}/{name}", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    i = header.index(id_column)
    p = header.index(path_column) if path_column else None
    with open(f"{dst}/{name}", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for k in range(1, 5):  # copies keep documents.csv in path order: c1/... < c2/...
            for r in rows[1:]:
                r = list(r)
                r[i] = f"c{k}-{r[i]}"
                if p is not None:
                    r[p] = f"c{k}/{r[p]}"
                w.writerow(r)
repeat("documents.csv", "doc_id", "path")
repeat("concept_counts.csv", "doc_id")
repeat("concept_matches.csv", "doc_id")
for name in os.listdir(f"{src}/text"):
    os.link(f"{src}/text/{name}", f"{dst}/text/c1-{name}")
PY
fi

run() { # label dll folder
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" dotnet "$2" report --from "$3" --out "$tmp/$1.html" --quiet
  read -r wall user sys rss < "$tmp/time"
  awk -v l="$1" -v d="$(($(wc -l < "$3/documents.csv") - 1))" -v m="$(($(wc -l < "$3/concept_matches.csv") - 1))" \
    -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%-22s %9d %10d %8.1f %8.1f %9.0f\n", l, d, m, w, u + s, r / 1024 }'
}

printf 'machine: %s cores, load average at start: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %9s %10s %8s %8s %9s\n' run documents matches wall_s cpu_s peak_MB
for folder in counted x4; do
  run "$folder" "$govtext" "$tmp/$folder"
  if [[ -n "${GOVTEXT_BASELINE:-}" ]]; then
    run "$folder-baseline" "$GOVTEXT_BASELINE" "$tmp/$folder"
    if cmp -s <(sed 's/(commit [0-9a-f]*)/(commit)/g' "$tmp/$folder.html") <(sed 's/(commit [0-9a-f]*)/(commit)/g' "$tmp/$folder-baseline.html"); then
      echo "$folder: the two reports are byte-identical (the generator's commit aside)"
    else
      echo "$folder: the reports DIFFER" >&2
    fi
  fi
done
printf 'load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
