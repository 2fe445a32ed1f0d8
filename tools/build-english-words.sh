#!/usr/bin/env bash
# Rebuilds src/GovText.Core/Resources/english-words.txt.gz, the English word list the hyphenation repair
# uses as evidence, from Debian's wamerican package (SCOWL). See src/GovText.Core/THIRD-PARTY.md.
#
# Usage: tools/build-english-words.sh [DICT]   (DICT defaults to /usr/share/dict/american-english;
#        install it with: apt-get install -y wamerican)
#
# Output: one lowercase ASCII word a line, sorted bytewise, no duplicates, gzip -9 without a name or
# timestamp (-n) so the same input always gives the same bytes.
set -euo pipefail
dict="${1:-/usr/share/dict/american-english}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/GovText.Core/Resources/english-words.txt.gz"
[ -r "$dict" ] || { echo "error: $dict not found; run: apt-get install -y wamerican" >&2; exit 2; }
# Possessives ("governance's") and words with non-ASCII letters are left out: the repair only looks up
# ASCII letter runs.
grep -E '^[A-Za-z]+$' "$dict" | tr 'A-Z' 'a-z' | LC_ALL=C sort -u | gzip -9n > "$out"
echo "wrote $out ($(gzip -dc "$out" | wc -l) words, $(stat -c %s "$out") bytes)"
