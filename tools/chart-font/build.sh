#!/usr/bin/env bash
# Rebuilds src/GovText.Charts/Resources/NotoSansCJKsc-Regular.subset.otf.gz, the typeface every chart is drawn
# with by default, from Debian's fonts-noto-cjk package, without installing any font on this machine: the package
# is downloaded and unpacked into a temporary folder. See src/GovText.Charts/THIRD-PARTY.md.
#
# It also writes two small test fonts into tests/GovText.Charts.Tests/Data/fonts/ (a Latin-only face and a two-face
# collection), so the font tests need nothing installed.
#
# Usage: tools/chart-font/build.sh            (needs: apt-get, dpkg, python3-fonttools)
#        tools/chart-font/build.sh FILE.ttc   (use this NotoSansCJK-Regular.ttc instead of downloading)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/src/GovText.Charts/Resources/NotoSansCJKsc-Regular.subset.otf.gz"
python=/usr/bin/python3
"$python" -c 'import fontTools' 2>/dev/null || { echo "error: fontTools missing; run: apt-get install -y python3-fonttools" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [ $# -ge 1 ]; then
  ttc="$1"
else
  (cd "$tmp" && apt-get download fonts-noto-cjk=1:20220127+repack1-1 >/dev/null && dpkg -x fonts-noto-cjk_*.deb pkg)
  ttc="$tmp/pkg/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
fi
"$python" "$root/tools/chart-font/subset.py" "$ttc" "$out"
mkdir -p "$root/tests/GovText.Charts.Tests/Data/fonts"
"$python" "$root/tools/chart-font/subset.py" --fixtures "$ttc" "$root/tests/GovText.Charts.Tests/Data/fonts"
