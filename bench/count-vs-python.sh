#!/usr/bin/env bash
# `govtext count` against the obvious python script (bench/count-python.py: python3-jieba with the lexicon's terms
# added, cut each file, count term tokens per document), side by side in one run on the same corpora: the Chinese and
# English texts of ../shared/corpora (gwr, gwr-alt-editions, cpc-congress; 117 files, 7.6 MB) copied N times into
# separate sub-folders, as bench/pipeline.sh does. Both use the default lexicon GovText ships. Prints, per corpus size,
# CPU seconds (user+sys), MB per CPU-second, the ratio python/govtext and peak RSS of each whole process; then
# `govtext count --jobs 1` against `--jobs 2` on the largest size (wall-clock throughput, the scaling figure).
# Usage: bench/count-vs-python.sh [COPIES...]   (default: 1 5; needs dotnet, /usr/bin/python3 with jieba and yaml,
#        GNU time at /usr/bin/time). GOVTEXT_JOBS sets --jobs for the side-by-side rows (default: nproc);
#        GOVTEXT_SKIP_PYTHON=1 times govtext only; GOVTEXT_SKIP_SCALING=1 skips the --jobs 1/2 rows;
#        GOVTEXT_SCALING_RUNS=N runs each of --jobs 1 and 2 N times, alternating (default 3).
#        GOVTEXT_BIN=PATH times a published govtext instead of the Release build run through dotnet (e.g. the
#        self-contained composite ReadyToRun build that bench/startup.sh publishes).
#        GOVTEXT_OUT=DIR writes govtext's results folders under DIR instead of beside the corpora, e.g. /dev/shm to keep
#        the file system's own cost of creating text/'s files out of the figures (on ext4 without a journal, creating
#        files right after deleting as many makes the kernel scan for recently deleted inodes: 0.5-2 s of system time
#        per x20 run that varies from run to run; docs/performance.md).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${GOVTEXT_SHARED:-$repo/../shared}
jobs=${GOVTEXT_JOBS:-$(nproc)}
copies_list=("$@")
[ ${#copies_list[@]} -gt 0 ] || copies_list=(1 5)
tmp=$(mktemp -d)
outdir=$(mktemp -d "${GOVTEXT_OUT:-$tmp}/govtext-out.XXXXXX")
trap 'rm -rf "$tmp" "$outdir"' EXIT

if [[ -n ${GOVTEXT_BIN:-} ]]; then
  govtext_cmd=("$GOVTEXT_BIN")
else
  echo "building govtext (Release)..." >&2
  dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
  govtext_cmd=(dotnet "$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll")
fi
lexicon="$repo/src/GovText.Core/Lexicon/default-lexicon.yml"

make_corpus() { # COPIES DIR
  local i name
  for i in $(seq "$1"); do
    for name in gwr gwr-alt-editions cpc-congress; do
      mkdir -p "$2/copy$i/$name"
      cp "$shared/corpora/$name"/*.txt "$2/copy$i/$name/"
    done
  done
}

# Runs a command under GNU time; prints "cpu_s peak_MB wall_s".
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" > /dev/null
  read -r wall user sys rss < "$tmp/time"
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%.2f %.0f %.2f\n", u + s, r / 1024, w }'
}

echo "machine: $(nproc) cores; govtext: ${govtext_cmd[*]}; results on $(df -T "$outdir" | awk 'NR == 2 { print $2 }'); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %8s | %8s %8s %8s | %8s %8s %8s | %6s\n' copies MB py_cpu_s py_MB/s py_peak gt_cpu_s gt_MB/s gt_peak ratio
largest=""
for copies in "${copies_list[@]}"; do
  corpus="$tmp/corpus$copies"
  make_corpus "$copies" "$corpus"
  largest=$corpus
  mb=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
  if [ "${GOVTEXT_SKIP_PYTHON:-0}" = 1 ]; then
    py="nan nan nan"
  else
    py=$(measure /usr/bin/python3 "$repo/bench/count-python.py" "$corpus" "$lexicon" "$tmp/python.csv")
  fi
  rm -rf "$outdir/out"
  gt=$(measure "${govtext_cmd[@]}" count "$corpus" --out "$outdir/out" --jobs "$jobs" --quiet)
  read -r py_cpu py_peak _ <<< "$py"
  read -r gt_cpu gt_peak _ <<< "$gt"
  awk -v c="$copies" -v mb="$mb" -v pc="$py_cpu" -v pp="$py_peak" -v gc="$gt_cpu" -v gp="$gt_peak" \
    'BEGIN { printf "x%-5s %8.1f | %8.2f %8.2f %8s | %8.2f %8.2f %8s | %6.1f\n", c, mb, pc, mb / pc, pp, gc, mb / gc, gp, pc / gc }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${GOVTEXT_SKIP_SCALING:-0}" != 1 ]; then
  mb=$(find "$largest" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
  runs=${GOVTEXT_SCALING_RUNS:-3}
  echo "scaling on the largest corpus ($mb MB), --jobs 1 and 2 alternating, $runs runs each (min wall): load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  : > "$tmp/scaling"
  for _ in $(seq "$runs"); do
    for j in 1 2; do
      rm -rf "$outdir/out"
      echo "$j $(measure "${govtext_cmd[@]}" count "$largest" --out "$outdir/out" --jobs "$j" --quiet)" >> "$tmp/scaling"
    done
  done
  printf '%-8s %8s %8s %10s %8s\n' jobs wall_s cpu_s wall_MB/s peak_MB
  for j in 1 2; do
    # The run with the least wall time, and its CPU and peak.
    awk -v j="$j" '$1 == j' "$tmp/scaling" | sort -k4,4n | head -1 | awk -v mb="$mb" \
      '{ printf "%-8s %8.2f %8.2f %10.2f %8s\n", $1, $4, $2, mb / $4, $3 }'
  done
  awk '$1 == 1 && (!w1 || $4 < w1) { w1 = $4 } $1 == 2 && (!w2 || $4 < w2) { w2 = $4 } END { printf "speed-up --jobs 2 over --jobs 1 (wall): %.2fx\n", w1 / w2 }' "$tmp/scaling"
  # The median too: on a shared machine the least wall time of each side may come from different moments.
  median() { awk -v j="$1" '$1 == j { print $4 }' "$tmp/scaling" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  awk -v a="$(median 1)" -v b="$(median 2)" 'BEGIN { printf "median wall: --jobs 1 %.2f s, --jobs 2 %.2f s: %.2fx\n", a, b, a / b }'
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
