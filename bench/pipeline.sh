#!/usr/bin/env bash
# Whole-pipeline throughput of govtext on a synthetic large corpus: the Chinese and English texts of
# ../shared/corpora (gwr, gwr-alt-editions, cpc-congress; 117 files, 7.6 MB) copied COPIES times into
# separate sub-folders (default 5: 585 documents, 38 MB). Times `ingest`, `count` and `analyze --no-charts`
# as whole processes and prints documents/s, MB/s and peak memory.
# Usage: bench/pipeline.sh [COPIES] [JOBS]        (needs dotnet and GNU time at /usr/bin/time)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${GOVTEXT_SHARED:-$repo/../shared}
copies=${1:-5}
jobs=${2:-$(nproc)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for i in $(seq "$copies"); do
  for corpus in gwr gwr-alt-editions cpc-congress; do
    mkdir -p "$tmp/corpus/copy$i/$corpus"
    cp "$shared/corpora/$corpus"/*.txt "$tmp/corpus/copy$i/$corpus/"
  done
done
docs=$(find "$tmp/corpus" -name '*.txt' | wc -l)
bytes=$(find "$tmp/corpus" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')

echo "building govtext (Release)..." >&2
dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
govtext="$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll"

printf 'corpus: %d documents, %.1f MB UTF-8; --jobs %s on %s cores\n' "$docs" "$(echo "$bytes / 1000000" | bc -l)" "$jobs" "$(nproc)"
printf '%-22s %8s %8s %10s %8s %10s\n' command wall_s cpu_s docs_per_s MB_per_s peak_MB
for command in "ingest" "count" "analyze --no-charts"; do
  rm -rf "$tmp/out"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" dotnet "$govtext" $command "$tmp/corpus" --out "$tmp/out" --jobs "$jobs" --quiet
  read -r wall user sys rss < "$tmp/time"
  awk -v c="$command" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v d="$docs" -v b="$bytes" \
    'BEGIN { printf "%-22s %8.2f %8.2f %10.1f %8.2f %10.0f\n", c, w, u + s, d / w, b / 1e6 / w, r / 1024 }'
done
