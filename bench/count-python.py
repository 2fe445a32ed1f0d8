#!/usr/bin/python3
"""The reference `govtext count` is measured against: the obvious script a graduate student writes.

python3-jieba (0.42.1) with the lexicon's Chinese terms added as user words, every file of the corpus read and cut
with jieba.lcut (accurate mode, HMM on), the tokens equal to a Chinese term counted per document; English: lowercase
word tokens matched against the lexicon's English terms (single words and phrases; a trailing * is a prefix), simply.
Writes one CSV (doc, term, count) of the non-zero counts. It does far less than govtext count (no cleaning, no
sentences, no word frequencies, no concordance offsets, no exclusions): it is a floor, not a twin.

Usage: bench/count-python.py CORPUS_DIR LEXICON_YML OUT_CSV
"""
import csv
import os
import re
import sys
from collections import Counter

import jieba
import yaml

WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def load_terms(path):
    with open(path, encoding="utf-8") as f:
        lexicon = yaml.safe_load(f)
    zh, en = set(), []
    for concept in lexicon["concepts"]:
        terms = concept.get("terms", {})
        zh.update(terms.get("zh", []))
        for term in terms.get("en", []):
            en.append((term, WORD.findall(term.lower()), term.endswith("*")))
    return zh, en


def english_counts(words, en_terms):
    # Terms indexed by their first word, so each word position looks at its few candidates only; a one-word glob
    # ("empower*") is checked by prefix at every position.
    by_first, globs = {}, []
    for term, parts, glob in en_terms:
        if glob and len(parts) == 1:
            globs.append((term, parts[0]))
        else:
            by_first.setdefault(parts[0], []).append((term, parts, glob))
    counts = Counter()
    for i, word in enumerate(words):
        for term, prefix in globs:
            if word.startswith(prefix):
                counts[term] += 1
        for term, parts, glob in by_first.get(word, ()):
            n = len(parts)
            if words[i + 1:i + n - 1] != parts[1:-1] or i + n > len(words):
                continue
            last = words[i + n - 1]
            if last == parts[-1] or (glob and last.startswith(parts[-1])):
                counts[term] += 1
    return counts


def main(corpus, lexicon_path, out_path):
    zh_terms, en_terms = load_terms(lexicon_path)
    jieba.setLogLevel(60)
    for term in zh_terms:
        jieba.add_word(term)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["doc", "term", "count"])
        for path in files:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            tokens = jieba.lcut(text)
            counts = Counter(t for t in tokens if t in zh_terms)
            counts.update(english_counts(WORD.findall(text.lower()), en_terms))
            doc = os.path.relpath(path, corpus)
            for term in sorted(counts):
                writer.writerow([doc, term, counts[term]])


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
