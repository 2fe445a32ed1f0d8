#!/usr/bin/python3
"""Regenerates Expected/seeds-jieba-0.42.1.jsonl: python3-jieba 0.42.1's cut of every non-empty line of the
sample papers, in the four modes the parity suite checks. Run from the repository root:
    /usr/bin/python3 tests/GovText.Segmentation.Tests/Expected/generate_seeds.py ../shared/seeds
"""
import glob
import json
import os
import sys

import jieba

jieba.setLogLevel(60)
seeds = sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds-jieba-0.42.1.jsonl")
modes = [("accurate", True), ("accurate", False), ("search", True), ("full", True)]
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for path in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        with open(path, encoding="utf-8") as src:
            lines = src.read().split("\n")
        for number, line in enumerate(lines, 1):
            if not line:
                continue
            for mode, hmm in modes:
                if mode == "accurate":
                    tokens = jieba.lcut(line, HMM=hmm)
                elif mode == "search":
                    tokens = jieba.lcut_for_search(line, HMM=hmm)
                else:
                    tokens = jieba.lcut(line, cut_all=True)
                record = {"file": os.path.basename(path), "lineNumber": number, "mode": mode, "hmm": hmm,
                          "line": line, "tokens": tokens}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
