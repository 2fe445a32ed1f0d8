"""Subsets face 2 (Noto Sans CJK SC) of NotoSansCJK-Regular.ttc to the characters GovText's charts can meet.

Which characters (documented in src/GovText.Charts/THIRD-PARTY.md and docs/charts.md):
- every CJK Unified Ideograph of the basic block U+4E00-U+9FFF and the CJK Compatibility Ideographs U+F900-U+FAFF:
  this covers every character of jieba 0.42.1's dictionary and HMM (what a token can be made of), all of GB2312,
  the unified ideographs of GBK/GB18030 and of Big5;
- Latin (Basic Latin, Latin-1, Latin Extended-A/B: pinyin with tone marks), Greek, general punctuation,
  super/subscripts, currency, letterlike symbols (e.g. ℃), number forms (Ⅻ), arrows, mathematical operators,
  enclosed alphanumerics (①), geometric shapes and symbols (■ ○ ★), CJK symbols and punctuation, enclosed CJK
  (㈠), CJK compatibility (㎡), CJK compatibility forms and half-/full-width forms.
Hinting is dropped (charts are anti-aliased) and of the layout features only kerning is kept. The output is gzip
without name or timestamp, so the same input always gives the same bytes.
"""
import gzip
import hashlib
import io
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

FACE = 2  # in NotoSansCJK-Regular.ttc: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK
RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x0370, 0x03FF), (0x2000, 0x22FF), (0x2460, 0x24FF),
    (0x25A0, 0x26FF), (0x3000, 0x303F), (0x3200, 0x33FF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
]


def subset_face(ttc_path, face, unicodes, family=None):
    font = TTCollection(ttc_path).fonts[face]
    if family is not None and font["name"].getDebugName(1) != family:
        sys.exit(f"error: face {face} of {ttc_path} is {font['name'].getDebugName(1)!r}, expected {family!r}")
    cmap = font.getBestCmap()
    options = subset.Options()
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[cp for cp in unicodes if cp in cmap])
    subsetter.subset(font)
    # Keep the source's head.modified: saving would otherwise stamp the current time and change the bytes every run.
    font.recalcTimestamp = False
    return font


def fixtures(ttc_path, folder):
    """Small fonts for the tests: a Latin-only face, and a two-face collection (JP first, SC second)."""
    ascii_only = list(range(0x20, 0x7F))
    latin = subset_face(ttc_path, FACE, ascii_only, "Noto Sans CJK SC")
    latin.save(f"{folder}/latin-only.otf", reorderTables=True)
    han = ascii_only + [ord(c) for c in "社会治理"]
    collection = TTCollection()
    collection.fonts = [subset_face(ttc_path, 0, han, "Noto Sans CJK JP"), subset_face(ttc_path, FACE, han, "Noto Sans CJK SC")]
    collection.save(f"{folder}/two-faces.ttc")
    print(f"wrote {folder}/latin-only.otf and {folder}/two-faces.ttc")


def main(ttc_path, out_path):
    cmap = TTCollection(ttc_path).fonts[FACE].getBestCmap()
    wanted = [cp for lo, hi in RANGES for cp in range(lo, hi + 1) if cp in cmap]
    font = subset_face(ttc_path, FACE, wanted, "Noto Sans CJK SC")
    raw = io.BytesIO()
    font.save(raw, reorderTables=True)
    data = raw.getvalue()
    with open(out_path, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{out_path}: {len(wanted)} characters, {len(data):,} bytes OTF, "
          f"sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    if sys.argv[1] == "--fixtures":
        fixtures(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], sys.argv[2])
