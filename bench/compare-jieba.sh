#!/usr/bin/env bash
# Whole-process speed of python3-jieba 0.42.1 vs `govtext segment` on the same input: the work-report
# corpus (../shared/corpora/gwr) concatenated COPIES times (default 5, about 18 MB), accurate mode with HMM,
# text output (" / "-joined tokens per line). Both outputs are also compared byte for byte.
# With "pos" as second argument, POS-tagged cutting instead: jieba.posseg.lcut vs `govtext segment --pos`
# (word/flag pairs separated by one space).
# Usage: bench/compare-jieba.sh [COPIES] [pos]      (needs /usr/bin/python3 with python3-jieba, and dotnet)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${GOVTEXT_SHARED:-$repo/../shared}
copies=${1:-5}
pos=${2:-}
python=${JIEBA_PYTHON:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for _ in $(seq "$copies"); do cat "$shared"/corpora/gwr/*.txt; done > "$tmp/input.txt"
bytes=$(stat -c %s "$tmp/input.txt")

echo "building govtext (Release)..." >&2
dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
govtext="$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll"

# Same line semantics as govtext: lines end at \n, a trailing \r is dropped.
cat > "$tmp/jieba_segment.py" <<'PY'
import sys
import jieba
import jieba.posseg
jieba.setLogLevel(60)
pos = len(sys.argv) > 3 and sys.argv[3] == "pos"
with open(sys.argv[1], encoding="utf-8", newline="\n") as src, open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
    for line in src:
        if line.endswith("\n"):
            line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
        if pos:
            out.write(" ".join("%s/%s" % (p.word, p.flag) for p in jieba.posseg.lcut(line)) + "\n")
        else:
            out.write(" / ".join(jieba.lcut(line)) + "\n")
PY
# Let jieba build its prefix-dictionary cache once, so the timed run measures a warm start as ours does.
"$python" -c 'import jieba; jieba.setLogLevel(60); jieba.initialize()'

/usr/bin/time -f "%e %U %S" -o "$tmp/python.time" "$python" "$tmp/jieba_segment.py" "$tmp/input.txt" "$tmp/python.out" "$pos"
read -r py_wall py_user py_sys < "$tmp/python.time"
/usr/bin/time -f "%e %U %S" -o "$tmp/govtext.time" dotnet "$govtext" segment "$tmp/input.txt" --format text ${pos:+--pos} > "$tmp/govtext.out"
read -r gt_wall gt_user gt_sys < "$tmp/govtext.time"

awk -v b="$bytes" -v pw="$py_wall" -v pu="$py_user" -v ps="$py_sys" -v gw="$gt_wall" -v gu="$gt_user" -v gs="$gt_sys" 'BEGIN {
    mb = b / 1e6
    printf "input: %.1f MB (UTF-8), %s%s\n", mb, "gwr x'"$copies"'", "'"${pos:+, POS-tagged (posseg)}"'"
    printf "%-14s %8s %9s %10s %9s\n", "", "wall s", "MB/s", "cpu s", "MB/cpu-s"
    printf "%-14s %8.2f %9.2f %10.2f %9.2f\n", "python3-jieba", pw, mb / pw, pu + ps, mb / (pu + ps)
    printf "%-14s %8.2f %9.2f %10.2f %9.2f\n", "govtext", gw, mb / gw, gu + gs, mb / (gu + gs)
    printf "ratio (govtext faster by): %.1fx wall, %.1fx cpu\n", pw / gw, (pu + ps) / (gu + gs)
}'
if cmp -s "$tmp/python.out" "$tmp/govtext.out"; then echo "outputs: identical"; else echo "outputs: DIFFERENT"; exit 1; fi
