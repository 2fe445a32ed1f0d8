#!/usr/bin/env bash
# The segmentation peers side by side on one input, in one run: python3-jieba 0.42.1 (the reference),
# jieba-rs (npm @node-rs/jieba), jieba.NET 0.42.2 (NuGet) and `govtext segment` with --jobs 1 and --jobs 2.
# Every program reads the same UTF-8 file (../shared/corpora/gwr concatenated COPIES times, default 5, about
# 18 MB), treats lines alike (they end at \n; one trailing \r is dropped), cuts each line in accurate mode with
# the HMM and writes its tokens joined by " / ", one output line per input line. Reported per program: wall
# seconds, CPU seconds (user+sys), MB/s (wall), MB per CPU-second, peak RSS, CPU relative to govtext --jobs 1,
# and line-by-line parity with python jieba (identical lines and the first differing ones). Then a small
# emoji text through every peer, to show how each one cuts characters outside the Basic Multilingual Plane.
#
# With "pos" as second argument: POS tagging instead, python's jieba.posseg.lcut against `govtext segment --pos`
# (word/flag pairs separated by one space), compared byte for byte.
#
# Usage: bench/peers.sh [COPIES] [pos]
# Needs dotnet, /usr/bin/python3 with python3-jieba (apt-get install python3-jieba) and, for jieba-rs, node and
# npm (apt-get install nodejs npm). @node-rs/jieba is installed once into $PEERS_CACHE (default
# ~/.cache/govtext-peers), outside the repository. Choose programs with PEERS (default: all of
# "python jieba-rs jieba.net govtext"); ../shared is found as in the tests, or set GOVTEXT_SHARED. GOVTEXT_BIN=PATH
# times that published govtext executable instead of the Release build.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
here=$repo/bench/peers
shared=${GOVTEXT_SHARED:-$repo/../shared}
copies=${1:-5}
pos=${2:-}
python=${JIEBA_PYTHON:-/usr/bin/python3}
cache=${PEERS_CACHE:-$HOME/.cache/govtext-peers}
peers=${PEERS:-python jieba-rs jieba.net govtext}
node_rs_version=2.0.3
[[ -n $pos ]] && peers="python govtext"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
has() { [[ " $peers " == *" $1 "* ]]; }

for _ in $(seq "$copies"); do cat "$shared"/corpora/gwr/*.txt; done > "$tmp/input.txt"
bytes=$(stat -c %s "$tmp/input.txt")

echo "building govtext (Release)..." >&2
dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2
govtext="$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll"
# GOVTEXT_BIN=PATH times a published govtext instead of the Release build run through dotnet (e.g. the self-contained
# composite ReadyToRun build that bench/startup.sh keeps in STARTUP_BUILDS/r2r-sc/govtext).
if [[ -n ${GOVTEXT_BIN:-} ]]; then govtext_cmd=("$GOVTEXT_BIN"); else govtext_cmd=(dotnet "$govtext"); fi
if has jieba.net; then
    echo "building bench/peers/JiebaNetRunner (Release)..." >&2
    dotnet build "$here/JiebaNetRunner" -c Release -nologo -v quiet >&2
fi
if has jieba-rs && [[ ! -f $cache/node/node_modules/@node-rs/jieba/package.json ]]; then
    echo "installing @node-rs/jieba $node_rs_version into $cache/node..." >&2
    mkdir -p "$cache/node"
    npm install --prefix "$cache/node" --no-audit --no-fund --loglevel=error "@node-rs/jieba@$node_rs_version" >&2
fi
# Let jieba build its prefix-dictionary cache once, so the timed run measures a warm start as the others do.
has python && "$python" -c 'import jieba; jieba.setLogLevel(60); jieba.initialize()'

# segment_all FILE [show]: every peer on FILE (untimed), parity with python's output (and python's output with "show").
segment_all() {
    local names=() name
    has python && "$python" "$here/jieba_segment.py" "$1" "$tmp/python3-jieba.out" && names+=(python3-jieba)
    has jieba-rs && node "$here/jieba_rs.mjs" "$cache/node/node_modules" < "$1" > "$tmp/jieba-rs.out" && names+=(jieba-rs)
    has jieba.net && dotnet "$here/JiebaNetRunner/bin/Release/net10.0/JiebaNetRunner.dll" < "$1" > "$tmp/jieba.NET.out" && names+=(jieba.NET)
    has govtext && "${govtext_cmd[@]}" segment --format text < "$1" > "$tmp/govtext.out" && names+=(govtext)
    for name in "${names[@]}"; do
        if [[ $name == python3-jieba ]]; then [[ -n ${2:-} ]] && sed 's/^/    /' "$tmp/$name.out"
        else "$python" "$here/parity.py" "$tmp/python3-jieba.out" "$tmp/$name.out" "$name" 3; fi
    done
}

# run NAME COMMAND...: times COMMAND with stdin = the input, stdout = $tmp/NAME.out.
run() {
    local name=$1; shift
    echo "running $name..." >&2
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/$name.time" "$@" < "$tmp/input.txt" > "$tmp/$name.out"
    names+=("$name")
}
names=()
echo "load before: $(uptime)"
if has python; then
    # python reads the file by name (as compare-jieba.sh did); /dev/stdin is the same file.
    run python3-jieba "$python" "$here/jieba_segment.py" /dev/stdin /dev/stdout "$pos"
fi
has jieba-rs && run jieba-rs node "$here/jieba_rs.mjs" "$cache/node/node_modules"
has jieba.net && run jieba.NET dotnet "$here/JiebaNetRunner/bin/Release/net10.0/JiebaNetRunner.dll"
if has govtext; then
    for jobs in 1 2; do run "govtext-j$jobs" "${govtext_cmd[@]}" segment --format text ${pos:+--pos} --jobs "$jobs"; done
fi
echo "load after:  $(uptime)"

echo
echo "input: $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB UTF-8 (gwr x$copies, $(awk 'END { print NR }' "$tmp/input.txt") lines)${pos:+, POS tagging (posseg)}; $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
ref_cpu=$(awk '{ print $2 + $3 }' "$tmp/govtext-j1.time" 2>/dev/null || echo "")
printf '%-15s %8s %8s %8s %10s %9s %10s %10s\n' program "wall s" "CPU s" "MB/s" "MB/CPU-s" "peak MB" "CPU/govtext" "identical"
for name in "${names[@]}"; do
    read -r wall user sys rss < "$tmp/$name.time"
    if [[ $name == python3-jieba ]]; then same="reference"
    elif [[ -f $tmp/python3-jieba.out ]]; then
        "$python" "$here/parity.py" "$tmp/python3-jieba.out" "$tmp/$name.out" "$name" > "$tmp/$name.parity"
        same=$(sed -n '1s/.*(\(.*\)).*/\1/p' "$tmp/$name.parity")
    else same="-"; fi
    awk -v n="$name" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v r="$ref_cpu" -v same="$same" 'BEGIN {
        mb = b / 1e6; cpu = u + s
        printf "%-15s %8.2f %8.2f %8.2f %10.2f %9.0f %10s %10s\n", n, w, cpu, mb / w, mb / cpu, m / 1024,
            (r == "" ? "-" : sprintf("%.2fx", cpu / r)), same
    }'
done
echo
for name in "${names[@]}"; do [[ -f $tmp/$name.parity ]] && cat "$tmp/$name.parity"; done
if [[ -f $tmp/govtext-j1.out && -f $tmp/govtext-j2.out ]]; then
    cmp -s "$tmp/govtext-j1.out" "$tmp/govtext-j2.out" && echo "govtext --jobs 1 and --jobs 2: byte-identical" \
        || echo "govtext --jobs 1 and --jobs 2: DIFFERENT"
fi
[[ -n $pos ]] && exit 0
# The parity checks below compare with python jieba's output: without python among the peers there is nothing to check.
has python || exit 0

# Parity only (not timed) on the other reference texts: the alternative editions of the work reports, the party
# congress reports and the sample papers, concatenated.
cat "$shared"/corpora/gwr-alt-editions/*.txt "$shared"/corpora/cpc-congress/*.txt "$shared"/seeds/*.txt > "$tmp/input.txt"
echo
echo "parity on the other reference texts (gwr-alt-editions, cpc-congress, seeds: $(awk 'END { print NR }' "$tmp/input.txt") lines, $(stat -c %s "$tmp/input.txt" | awk '{ printf "%.1f", $1 / 1e6 }') MB):"
segment_all "$tmp/input.txt"

# Emoji and other characters beyond U+FFFF. UTF-8 cannot hold half a surrogate pair, so bench/peers/JiebaNetRunner
# writes a lone surrogate as the text \uXXXX.
printf '%s\n' '我们👍支持基层治理现代化😀。' '治理能力🇨🇳现代化👨‍👩‍👧全面提升' '𠀀𠀁国家治理体系🙂' > "$tmp/input.txt"
echo
echo "emoji text ($(wc -l < "$tmp/input.txt") lines):"
echo "python3-jieba (reference):"
segment_all "$tmp/input.txt" show
