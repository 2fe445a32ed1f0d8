#!/usr/bin/env bash
# Sharded runs against one run on this machine: a synthetic corpus of short abstracts (bench/synthetic-abstracts.py,
# default 200,000) counted as 1 shard and as N shards (default 8, run one after another, as a job array's tasks
# would run on N nodes) + merge: wall time, CPU time and peak memory of each shard and of the merge, and a check that
# the merged folder equals the unsharded one byte for byte. Then the merge's cost as the number of shards grows
# (default 8 64 512) on a smaller corpus (MERGE_ABSTRACTS, default 20,000), where the shards are cut from one count.
# Usage: bench/shards.sh   (ABSTRACTS=N, SHARDS=N, MERGE_SHARDS="8 64 512", MERGE_ABSTRACTS=N, SKIP_BUILD=1)
# Needs dotnet, python3 and GNU time at /usr/bin/time. Figures: docs/performance.md and docs/scaling.md.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
abstracts=${ABSTRACTS:-200000}
shards=${SHARDS:-8}
read -r -a merge_shards <<< "${MERGE_SHARDS:-8 64 512}"
merge_abstracts=${MERGE_ABSTRACTS:-20000}
tmp=${BENCH_TMP:-$(mktemp -d)}
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "building govtext (Release)..." >&2
  dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
fi
govtext="$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll"

timed() { # label command...; prints label wall cpu rss
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err" || [ $? -eq 1 ] ||
    { echo "$label failed:" >&2; cat "$tmp/err" >&2; return 1; }
  read -r wall user sys rss < "$tmp/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%-30s %9.1f %9.1f %10.0f\n", l, w, u + s, r / 1024 }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "generating $abstracts abstracts..." >&2
python3 "$repo/bench/synthetic-abstracts.py" "$tmp/corpus" "$abstracts" > /dev/null
echo "corpus: $abstracts files, $(du -sm "$tmp/corpus" | cut -f1) MB"
printf '%-30s %9s %9s %10s\n' run "wall s" "CPU s" "peak MB"
timed "1 shard (whole corpus)" dotnet "$govtext" count "$tmp/corpus" --out "$tmp/whole" --word-frequencies --quiet
for i in $(seq 1 "$shards"); do
  timed "shard $i of $shards" dotnet "$govtext" count "$tmp/corpus" --out "$tmp/shards/part-$i" --shard "$i/$shards" --word-frequencies --quiet
done
timed "merge of $shards shards" dotnet "$govtext" merge "$tmp/shards/part-*" --out "$tmp/merged" --quiet
if diff -r -q -x run.json -x .govtext "$tmp/whole" "$tmp/merged" > /dev/null; then echo "merged = unsharded, byte for byte"; else echo "MERGED DIFFERS"; exit 1; fi
rm -rf "$tmp/whole" "$tmp/merged" "$tmp/shards" "$tmp/corpus"

echo
echo "merge cost by number of shards ($merge_abstracts abstracts)"
python3 "$repo/bench/synthetic-abstracts.py" "$tmp/small" "$merge_abstracts" > /dev/null
printf '%-30s %9s %9s %10s\n' run "wall s" "CPU s" "peak MB"
for n in "${merge_shards[@]}"; do
  rm -rf "$tmp/parts" "$tmp/m"
  mkdir -p "$tmp/parts"
  for i in $(seq 1 "$n"); do
    dotnet "$govtext" count "$tmp/small" --out "$tmp/parts/p$(printf '%04d' "$i")" --shard "$i/$n" --word-frequencies --quiet --jobs 1 > /dev/null 2>&1 || [ $? -eq 1 ]
  done
  timed "merge of $n shards" dotnet "$govtext" merge "$tmp/parts/p*" --out "$tmp/m" --quiet
done
