"""python3-jieba 0.42.1 on bench/peers.sh's line protocol.

Usage: jieba_segment.py INPUT OUTPUT [pos]
Lines end at \n and lose one trailing \r (govtext's semantics); each line's jieba.lcut tokens are written
joined by " / ", or with "pos" jieba.posseg.lcut's pairs as word/flag separated by one space.
"""
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
