#!/usr/bin/python3
"""Convert Debian python3-jieba 0.42.1's model into GovText's embedded resources.

Usage (from the repository root; needs the system interpreter that has python3-jieba):
    /usr/bin/python3 tools/jieba-convert/convert.py [JIEBA_DIR] [OUT_DIR]
Defaults: JIEBA_DIR=/usr/lib/python3/dist-packages/jieba, OUT_DIR=src/GovText.Segmentation/Resources

The prefix dictionary (dict.txt) is rebuilt with jieba's own Tokenizer.gen_pfdict so `total` (which counts
duplicate lines) and the final frequency of every word are exactly what jieba computes. The HMM
tables are imported from finalseg/prob_*.py and written as raw IEEE doubles, so no decimal
round trip can change a bit. Every file holds the arrays and tables GovText uses, so it is read in place from the
assembly (see README.md); files are gzip-compressed with a fixed mtime (reproducible) and expanded by the build.
"""
import gzip
import hashlib
import io
import math
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


def write_gz(path, payload):
    # Committed compressed (git and clones stay small); the build expands them (GovText.Segmentation.csproj,
    # ExpandModelResources) and embeds the raw bytes, which the readers use in place. Fixed mtime: reproducible.
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(payload)


def align(buf, to=64):
    buf.write(b"\0" * (-buf.tell() % to))


def sections(buf, magic, version, head, parts):
    """Writes magic, version, the fixed header fields `head` (bytes) and a table of (offset, length) per part, then
    each part at a 64-byte boundary (offsets from the start of the resource). The reader uses the parts in place,
    from the assembly's mapped image, so their alignment must not depend on what precedes them."""
    buf.write(magic)
    buf.write(struct.pack("<I", version))
    buf.write(head)
    table = buf.tell()
    buf.write(b"\0" * (8 * len(parts)))
    spans = []
    for part in parts:
        align(buf)
        spans.append((buf.tell(), len(part)))
        buf.write(part)
    align(buf, 8)
    end = buf.tell()
    buf.seek(table)
    for offset, length in spans:
        buf.write(struct.pack("<II", offset, length))
    buf.seek(end)


def node_info(log_freq, first, child_count, is_word):
    # PrefixTrie.NodeInfo (Pack = 4): double LogFreq, int First, int childCount << 1 | isWord.
    return struct.pack("<dii", log_freq, first, child_count << 1 | (1 if is_word else 0))


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
    # code-unit order: that puts each node's children in one contiguous, sorted range.
    prefixes = {w[:i] for w in words for i in range(1, len(w) + 1)}
    nodes = [""] + sorted(prefixes, key=lambda p: (len(p), p.encode("utf-16-be")))
    index = {p: i for i, p in enumerate(nodes)}
    child_count = [0] * len(nodes)
    for p in nodes[1:]:
        child_count[index[p[:-1]]] += 1
    first = [0] * len(nodes)
    nxt = 1
    for n in range(len(nodes)):
        first[n] = nxt
        nxt += child_count[n]
    assert nxt == len(nodes)
    freq = [lfreq[p] if p in tags else 0 for p in nodes]
    assert all(0 <= f < 2 ** 31 for f in freq)
    # Tokenizer.calc's log(FREQ.get(word) or 1), with Python's math.log (the C library's log, as .NET's Math.Log).
    log_freq = [math.log(f) if f > 1 else 0.0 for f in freq]
    info = [node_info(log_freq[n], first[n], child_count[n], freq[n] > 0) for n in range(len(nodes))]
    tag_names = sorted(set(tags.values()))
    tag_index = {t: i + 1 for i, t in enumerate(tag_names)}
    assert len(tag_names) < 255

    # The pair table (PrefixTrie.Pair): open addressing over first << 16 | second character of every
    # second-level node, at most half full, key 0 empty, linear probing in node order.
    first_level_end = 1 + child_count[0]
    pairs = sum(child_count[n] for n in range(1, first_level_end))
    bits = 4
    while 1 << bits < 2 * pairs:
        bits += 1
    shift = 32 - bits
    mask = (1 << bits) - 1
    slots = [None] * (1 << bits)
    for n in range(1, first_level_end):
        for child in range(first[n], first[n] + child_count[n]):
            key = ord(nodes[n][-1]) << 16 | ord(nodes[child][-1])
            i = ((key * 0x9E3779B1) & 0xFFFFFFFF) >> shift
            while slots[i] is not None:
                i = (i + 1) & mask
            slots[i] = struct.pack("<Ii", key, child) + info[child]
    empty = b"\0" * 24
    root = [-1] * 65536
    for k in range(child_count[0]):
        root[ord(nodes[1 + k][-1])] = 1 + k

    buf = io.BytesIO()
    head = struct.pack("<IIqIII", len(nodes), len(words), total, first_level_end, bits, len(tag_names))
    sections(buf, b"GTJD", 3, head, [
        b"".join(struct.pack("<B", len(t)) + t.encode("ascii") for t in tag_names),
        b"\0\0" + b"".join(p[-1].encode("utf-16-le") for p in nodes[1:]),
        b"".join(info),
        struct.pack("<%di" % len(freq), *freq),
        bytes(tag_index[tags[p]] if p in tags else 0 for p in nodes),
        b"".join(s if s is not None else empty for s in slots),
        struct.pack("<65536i", *root),
    ])
    write_gz(out_path, buf.getvalue())
    return len(words), total


def convert_hmm(out_path):
    # Emissions are only looked up for finalseg's re_han range, so they are one dense table over U+4E00..U+9FD5
    # (HmmModel.Emit: [(c - U+4E00) * 4 + state]), MIN_FLOAT where jieba's table has no entry.
    han_first, han_last = 0x4E00, 0x9FD5
    emit = [MIN_FLOAT] * ((han_last - han_first + 1) * 4)
    for s, state in enumerate(STATES):
        for k, p in EMIT[state].items():
            if han_first <= ord(k) <= han_last:
                emit[(ord(k) - han_first) * 4 + s] = p
    buf = io.BytesIO()
    sections(buf, b"GTJH", 2, b"", [
        struct.pack("<4d", *(START.get(s, MIN_FLOAT) for s in STATES)),
        struct.pack("<16d", *(TRANS[s].get(t, MIN_FLOAT) for s in STATES for t in STATES)),
        struct.pack("<%dd" % len(emit), *emit),
    ])
    write_gz(out_path, buf.getvalue())


def convert_posseg(out_path):
    # States are numbered in Python's tuple order (position letter, then tag), so "the larger state
    # index wins a tie" in the reader reproduces viterbi's max over (prob, state) tuples.
    states = sorted(POS_TRANS)
    n = len(states)
    assert set(states) == set(POS_START) == set(POS_EMIT) and n <= 256
    index = {st: i for i, st in enumerate(states)}
    # trans_P[from][to] as a dense n x n table, -inf (viterbi's MIN_INF) where jieba has no entry, and the keys of
    # each trans_P[from] as a 256-bit set (4 u64) and a "has any" byte: what viterbi's loops read.
    trans = [float("-inf")] * (n * n)
    nxt = [0] * (n * 4)
    for st in states:
        i = index[st]
        for t, p in POS_TRANS[st].items():
            j = index[t]
            trans[i * n + j] = p
            nxt[i * 4 + (j >> 6)] |= 1 << (j & 63)
    # emit_P as one open-addressing table over state << 16 | UTF-16 unit (PossegModel.Emit): 16-byte slots (u32 key,
    # u32 0, double), at most half full, hashed (key * 0x9E3779B1) >> (32 - bits), linear probing in state and
    # code-unit order; key 0 is empty (no emission is for U+0000).
    entries = [(index[st] << 16 | ord(k), p) for st in states for k, p in sorted(POS_EMIT[st].items(), key=lambda kv: ord(kv[0]))]
    assert all(ord(k) < 0x10000 for st in states for k in POS_EMIT[st]) and all(key != 0 for key, _ in entries)
    bits = 4
    while 1 << bits < 2 * len(entries):
        bits += 1
    shift, mask = 32 - bits, (1 << bits) - 1
    slots = [None] * (1 << bits)
    for key, p in entries:
        i = ((key * 0x9E3779B1) & 0xFFFFFFFF) >> shift
        while slots[i] is not None:
            i = (i + 1) & mask
        slots[i] = struct.pack("<IId", key, 0, p)
    # char_state_tab as a direct table over UTF-16 units: offset << 8 | count into the state bytes, 0xFFFFFFFF when
    # the character is not in it (then viterbi uses every state).
    chars = sorted(POS_CHAR_STATES, key=ord)
    assert all(ord(c) < 0x10000 and 0 < len(POS_CHAR_STATES[c]) < 256 for c in chars)
    char_table = [0xFFFFFFFF] * 65536
    state_bytes = bytearray()
    for c in chars:
        char_table[ord(c)] = len(state_bytes) << 8 | len(POS_CHAR_STATES[c])
        state_bytes += bytes(index[st] for st in POS_CHAR_STATES[c])
    assert len(state_bytes) < 1 << 24
    buf = io.BytesIO()
    sections(buf, b"GTJP", 2, struct.pack("<II", n, bits), [
        b"".join(pos.encode("ascii") + struct.pack("<B", len(tag)) + tag.encode("ascii") for pos, tag in states),
        struct.pack("<%dd" % n, *(POS_START[st] for st in states)),
        struct.pack("<%dd" % (n * n), *trans),
        struct.pack("<%dQ" % (n * 4), *nxt),
        bytes(1 if POS_TRANS[st] else 0 for st in states),
        b"".join(s if s is not None else b"\0" * 16 for s in slots),
        struct.pack("<65536I", *char_table),
        bytes(state_bytes),
    ])
    write_gz(out_path, buf.getvalue())
    return n, len(chars)


def fnv1a_utf16(word):
    h = 0x811C9DC5
    for c in word:
        h = ((h ^ ord(c)) * 0x01000193) & 0xFFFFFFFF
    return h


def convert_idf(idf_path, out_path):
    # jieba.analyse's own loader, so splitlines(), duplicates and the median are exactly its own.
    idf, median = IDFLoader(idf_path).get_idf()
    assert all(ord(c) < 0x10000 for w in idf for c in w) and all(0 < len(w) < 0x10000 for w in idf)
    values = sorted(set(idf.values()))
    assert len(values) < 0x10000
    value_index = {v: i for i, v in enumerate(values)}
    # A hash table JiebaIdf reads in place: words bucketed by (FNV-1a over UTF-16 units * 0x9E3779B1) >> (32 - bits),
    # the buckets' entries contiguous (bucket b is entries starts[b]..starts[b + 1]), each entry (u32 offset into the
    # characters, u16 length, u16 value index), the words in the order IDFLoader built its dict within a bucket.
    bits = 4
    while 1 << bits < len(idf):
        bits += 1
    shift = 32 - bits
    buckets = [[] for _ in range(1 << bits)]
    for word in idf:
        buckets[((fnv1a_utf16(word) * 0x9E3779B1) & 0xFFFFFFFF) >> shift].append(word)
    starts, entries, chars, offset = [0], [], [], 0
    for bucket in buckets:
        for word in bucket:
            entries.append(struct.pack("<IHH", offset, len(word), value_index[idf[word]]))
            chars.append(word.encode("utf-16-le"))
            offset += len(word)
        starts.append(len(entries))
    buf = io.BytesIO()
    sections(buf, b"GTJI", 2, struct.pack("<IIId", len(idf), bits, len(values), median), [
        struct.pack("<%dd" % len(values), *values),
        struct.pack("<%dI" % len(starts), *starts),
        b"".join(entries),
        b"".join(chars),
    ])
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
    for name in ("jieba-dict.bin", "jieba-hmm.bin", "jieba-posseg.bin", "jieba-idf.bin"):
        p = os.path.join(OUT_DIR, name + ".gz")
        with gzip.open(p, "rb") as f:
            raw = f.read()
        print("wrote %s (%d bytes, sha256 %s); expanded %d bytes, sha256 %s" % (
            p, os.path.getsize(p), sha256(p), len(raw), hashlib.sha256(raw).hexdigest()))


if __name__ == "__main__":
    main()
