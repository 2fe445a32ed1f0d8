#!/usr/bin/python3
"""Convert Debian python3-jieba 0.42.1's model into GovText's embedded resources.

Usage (from the repository root; needs the system interpreter that has python3-jieba):
    /usr/bin/python3 tools/jieba-convert/convert.py [JIEBA_DIR] [OUT_DIR]
Defaults: JIEBA_DIR=/usr/lib/python3/dist-packages/jieba, OUT_DIR=src/GovText.Segmentation/Resources

The prefix dictionary (dict.txt) is rebuilt with jieba's own Tokenizer.gen_pfdict so `total` (which counts
duplicate lines) and the final frequency of every word are exactly what jieba computes. The HMM
tables are imported from finalseg/prob_*.py and written as raw IEEE doubles, so no decimal
round trip can change a bit. Both files are gzip-compressed with a fixed mtime (reproducible).
"""
import gzip
import hashlib
import io
import os
import struct
import sys

JIEBA_DIR = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/jieba"
OUT_DIR = sys.argv[2] if len(sys.argv) > 2 else "src/GovText.Segmentation/Resources"
sys.path.insert(0, os.path.dirname(JIEBA_DIR))

import jieba  # noqa: E402
from jieba.finalseg.prob_emit import P as EMIT  # noqa: E402
from jieba.finalseg.prob_start import P as START  # noqa: E402
from jieba.finalseg.prob_trans import P as TRANS  # noqa: E402

MIN_FLOAT = -3.14e100
STATES = "BEMS"


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def write_gz(path, payload):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(payload)


def convert_dict(dict_path, out_path):
    with open(dict_path, "rb") as f:
        lfreq, total = jieba.Tokenizer.gen_pfdict(f)
    tags = {}
    with open(dict_path, "rb") as f:
        for line in f:
            parts = line.strip().decode("utf-8").split(" ")
            tags[parts[0]] = parts[2] if len(parts) > 2 else ""
    words = list(tags)
    assert all(ord(c) < 0x10000 for w in words for c in w), "dict.txt is expected to hold BMP words only"
    # The trie's nodes are every prefix of every word, numbered level by level and, within a level, in
    # code-unit order: that puts each node's children in one contiguous, sorted range, so the loader only
    # needs sequential passes (no tree building) to recreate it.
    prefixes = {w[:i] for w in words for i in range(1, len(w) + 1)}
    nodes = [""] + sorted(prefixes, key=lambda p: (len(p), p.encode("utf-16-be")))
    index = {p: i for i, p in enumerate(nodes)}
    child_count = [0] * len(nodes)
    for p in nodes[1:]:
        child_count[index[p[:-1]]] += 1
    tag_names = sorted(set(tags.values()))
    tag_index = {t: i + 1 for i, t in enumerate(tag_names)}
    assert len(tag_names) < 255

    buf = io.BytesIO()
    buf.write(b"GTJD")
    buf.write(struct.pack("<IIIq", 2, len(nodes), len(words), total))
    buf.write(struct.pack("<I", len(tag_names)))
    for t in tag_names:
        b = t.encode("ascii")
        buf.write(struct.pack("<B", len(b)) + b)
    buf.write(b"".join(p[-1].encode("utf-16-le") for p in nodes[1:]))
    buf.write(b"".join(varint(c) for c in child_count))
    buf.write(b"".join(varint(lfreq[p] if p in tags else 0) for p in nodes))
    buf.write(bytes(tag_index[tags[p]] if p in tags else 0 for p in nodes))
    write_gz(out_path, buf.getvalue())
    return len(words), total


def convert_hmm(out_path):
    buf = io.BytesIO()
    buf.write(b"GTJH")
    buf.write(struct.pack("<I", 1))
    for s in STATES:
        buf.write(struct.pack("<d", START.get(s, MIN_FLOAT)))
    for s in STATES:
        for t in STATES:
            buf.write(struct.pack("<d", TRANS[s].get(t, MIN_FLOAT)))
    for s in STATES:
        table = EMIT[s]
        keys = sorted(table, key=ord)
        buf.write(struct.pack("<I", len(keys)))
        for k in keys:
            buf.write(struct.pack("<Id", ord(k), table[k]))
    write_gz(out_path, buf.getvalue())


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    dict_path = os.path.join(JIEBA_DIR, "dict.txt")
    count, total = convert_dict(dict_path, os.path.join(OUT_DIR, "jieba-dict.bin.gz"))
    convert_hmm(os.path.join(OUT_DIR, "jieba-hmm.bin.gz"))
    print("jieba %s: %d words, total %d" % (jieba.__version__, count, total))
    for rel in ("dict.txt", "finalseg/prob_start.py", "finalseg/prob_trans.py", "finalseg/prob_emit.py"):
        print("sha256 %s  %s" % (sha256(os.path.join(JIEBA_DIR, rel)), rel))
    for name in ("jieba-dict.bin.gz", "jieba-hmm.bin.gz"):
        p = os.path.join(OUT_DIR, name)
        print("wrote %s (%d bytes, sha256 %s)" % (p, os.path.getsize(p), sha256(p)))


if __name__ == "__main__":
    main()
