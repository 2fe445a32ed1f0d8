#!/usr/bin/env python3
"""Independent worked example for GovText's collocation scores (tests/GovText.Core.Tests/Collocations).

Counts by brute force, exactly as quanteda.textstats' cpp_collocations does: for a sequence i of size n,
every counted window j of the same size adds its count to cell match_bit(i, j) (bit k set when position k
matches), cells start at smoothing 0.5; lambda = sum_b (-1)^(n - |b|) log(cell_b), sigma = sqrt(sum_b 1/cell_b),
z = lambda / sigma. MI, t and G2 use the unsmoothed cells with fractions.Fraction for every ratio before
the final log, against E_b = N * prod_k (p_k if bit k else 1 - p_k), p_k = windows with the word at k / N.
No code is shared with GovText (it computes its cells by inclusion-exclusion from margins instead).

Runs are the word sequences between boundaries (sentence ends, punctuation, stop words).
Prints: collocation size count lambda z mi t g2 (repr floats), sorted by z descending then text.
"""
import math
from fractions import Fraction

RUNS = [
    "a gains capital b c capital gains a b capital c capital gains tax gains tax gains b gains c capital gains tax".split(),
    "capital gains tax".split(),
    "capital gains".split(),
    "tax gains".split(),
]
SIZES = (2, 3)
MIN_COUNT = 2


def windows(size):
    out = {}
    for run in RUNS:
        for i in range(len(run) - size + 1):
            w = tuple(run[i:i + size])
            out[w] = out.get(w, 0) + 1
    return out


def scores(seq, counted):
    n = len(seq)
    cells = [0] * (2 ** n)
    for other, c in counted.items():
        bit = sum(2 ** k for k in range(n) if seq[k] == other[k])
        cells[bit] += c
    smoothed = [c + 0.5 for c in cells]
    lam = sum((-1) ** (n - bin(b).count("1")) * math.log(smoothed[b]) for b in range(2 ** n))
    sigma = math.sqrt(sum(1.0 / x for x in smoothed))
    total = sum(counted.values())
    p = [Fraction(sum(c for o, c in counted.items() if o[k] == seq[k]), total) for k in range(n)]
    g2 = 0.0
    expected_all = None
    for b in range(2 ** n):
        e = Fraction(total)
        for k in range(n):
            e *= p[k] if b & (1 << k) else 1 - p[k]
        if b == 2 ** n - 1:
            expected_all = e
        if cells[b]:
            g2 += cells[b] * math.log(Fraction(cells[b]) / e)
    o = cells[-1]
    mi = math.log2(Fraction(o) / expected_all)
    t = float((o - expected_all)) / math.sqrt(o)
    return lam, lam / sigma, mi, t, 2 * g2


def main():
    rows = []
    for size in SIZES:
        counted = windows(size)
        for seq, c in counted.items():
            if c >= MIN_COUNT:
                rows.append((" ".join(seq), size, c) + scores(seq, counted))
    rows.sort(key=lambda r: (-r[4], r[0]))
    for r in rows:
        print("%s\t%d\t%d\t%r\t%r\t%r\t%r\t%r" % r)


if __name__ == "__main__":
    main()
