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
from jieba.posseg.char_state_tab import P as POS_CHAR_STATES  # noqa: E402
from jieba.posseg.prob_emit import P as POS_EMIT  # noqa: E402
from jieba.posseg.prob_start import P as POS_START  # noqa: E402
from jieba.posseg.prob_trans import P as POS_TRANS  # noqa: E402
from jieba.analyse.tfidf import IDFLoader  # noqa: E402

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


def convert_posseg(out_path):
    # States are numbered in Python's tuple order (position letter, then tag), so "the larger state
    # index wins a tie" in the reader reproduces viterbi's max over (prob, state) tuples.
    states = sorted(POS_TRANS)
    assert set(states) == set(POS_START) == set(POS_EMIT) and len(states) <= 256
    index = {st: i for i, st in enumerate(states)}
    buf = io.BytesIO()
    buf.write(b"GTJP")
    buf.write(struct.pack("<II", 1, len(states)))
    for pos, tag in states:
        b = tag.encode("ascii")
        buf.write(pos.encode("ascii") + struct.pack("<B", len(b)) + b)
    for st in states:
        buf.write(struct.pack("<d", POS_START[st]))
    for st in states:
        nxt = sorted(POS_TRANS[st], key=index.get)
        buf.write(struct.pack("<H", len(nxt)))
        for t in nxt:
            buf.write(struct.pack("<Bd", index[t], POS_TRANS[st][t]))
    for st in states:
        table = POS_EMIT[st]
        keys = sorted(table, key=ord)
        assert all(ord(k) < 0x10000 for k in keys)
        buf.write(struct.pack("<I", len(keys)))
        for k in keys:
            buf.write(struct.pack("<Hd", ord(k), table[k]))
    chars = sorted(POS_CHAR_STATES, key=ord)
    assert all(ord(c) < 0x10000 for c in chars)
    buf.write(struct.pack("<I", len(chars)))
    for c in chars:
        sts = POS_CHAR_STATES[c]
        buf.write(struct.pack("<HB", ord(c), len(sts)) + bytes(index[st] for st in sts))
    write_gz(out_path, buf.getvalue())
    return len(states), len(chars)


def convert_idf(idf_path, out_path):
    # jieba.analyse's own loader, so splitlines(), duplicates and the median are exactly its own.
    idf, median = IDFLoader(idf_path).get_idf()
    values = sorted(set(idf.values()))
    value_index = {v: i for i, v in enumerate(values)}
    buf = io.BytesIO()
    buf.write(b"GTJI")
    buf.write(struct.pack("<IIId", 1, len(idf), len(values), median))
    for v in values:
        buf.write(struct.pack("<d", v))
    for word, v in idf.items():
        b = word.encode("utf-8")
        buf.write(varint(len(b)) + b + varint(value_index[v]))
    write_gz(out_path, buf.getvalue())
    return len(idf), median


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    dict_path = os.path.join(JIEBA_DIR, "dict.txt")
    count, total = convert_dict(dict_path, os.path.join(OUT_DIR, "jieba-dict.bin.gz"))
    convert_hmm(os.path.join(OUT_DIR, "jieba-hmm.bin.gz"))
    states, chars = convert_posseg(os.path.join(OUT_DIR, "jieba-posseg.bin.gz"))
    idf_count, median = convert_idf(os.path.join(JIEBA_DIR, "analyse", "idf.txt"), os.path.join(OUT_DIR, "jieba-idf.bin.gz"))
    print("jieba %s: %d words, total %d" % (jieba.__version__, count, total))
    print("posseg: %d states, %d characters in char_state_tab" % (states, chars))
    print("idf.txt: %d words, median idf %r" % (idf_count, median))
    for rel in ("dict.txt", "finalseg/prob_start.py", "finalseg/prob_trans.py", "finalseg/prob_emit.py",
                "posseg/char_state_tab.py", "posseg/prob_start.py", "posseg/prob_trans.py", "posseg/prob_emit.py",
                "analyse/idf.txt"):
        print("sha256 %s  %s" % (sha256(os.path.join(JIEBA_DIR, rel)), rel))
    for name in ("jieba-dict.bin.gz", "jieba-hmm.bin.gz", "jieba-posseg.bin.gz", "jieba-idf.bin.gz"):
        p = os.path.join(OUT_DIR, name)
        print("wrote %s (%d bytes, sha256 %s)" % (p, os.path.getsize(p), sha256(p)))


if __name__ == "__main__":
    main()
