"""Independent reference values for GovText's keyness statistics (tests/GovText.Core.Tests/Statistics).

Plain Python (math module only) so anyone can rerun it: `python3 tests/reference/keyness_reference.py`.
The C# tests do not run this script; its printed numbers are pasted into KeynessScoreTests.cs.
Formulas: docs/methods.md. G2 here is written as 2*sum(O*ln O) - ... (the entropy form Dunning 1993
gives, in 50-digit decimal arithmetic), deliberately not the O*ln(O/E) form the C# code uses, so the two implementations differ.
"""
import math
from decimal import Decimal, getcontext

# The entropy form subtracts large, nearly equal terms; 50 significant digits keep the result exact to double precision.
getcontext().prec = 50

def xlogx(x):
    return Decimal(0) if x == 0 else Decimal(x) * Decimal(x).ln()

def g2(ft, fr, nt, nr):
    a, b, c, d = ft, fr, nt - ft, nr - fr
    n = a + b + c + d
    # Dunning (1993) entropy form: 2 * [sum xlogx(cells) - sum xlogx(row sums) - sum xlogx(col sums) + xlogx(N)]
    value = 2 * (xlogx(a) + xlogx(b) + xlogx(c) + xlogx(d)
                 - xlogx(a + b) - xlogx(c + d) - xlogx(a + c) - xlogx(b + d) + xlogx(n))
    value = max(float(value), 0.0)
    return -value if ft / nt < fr / nr else value

def chi2(ft, fr, nt, nr, yates):
    a, b, c, d = ft, fr, nt - ft, nr - fr
    n = a + b + c + d
    expected = [(a + b) * (a + c) / n, (a + b) * (b + d) / n, (c + d) * (a + c) / n, (c + d) * (b + d) / n]
    total = 0.0
    for o, e in zip([a, b, c, d], expected):
        diff = abs(o - e)
        if yates:
            diff = max(0.0, diff - 0.5)
        total += diff * diff / e
    return total

def log_ratio(ft, fr, nt, nr):
    return math.log2((max(ft, 0.5) / nt) / (max(fr, 0.5) / nr))

def p_one_df(x):
    return math.erfc(math.sqrt(abs(x) / 2))

def rayson_garside(ft, fr, nt, nr):
    e1 = nt * (ft + fr) / (nt + nr)
    e2 = nr * (ft + fr) / (nt + nr)
    return 2 * ((0 if ft == 0 else ft * math.log(ft / e1)) + (0 if fr == 0 else fr * math.log(fr / e2)))

CASES = [
    (10, 20, 1000, 4000),
    (3, 40, 5000, 6000),
    (0, 12, 800, 900),
    (7, 0, 700, 50000),
    (52, 57, 50000, 75000),
    (5, 5, 100, 100),
    (400, 60, 100000, 120000),
    (1500, 20, 200000, 180000),
]

# The hand-made comparison fixture (tests/GovText.Core.Tests/Comparison/ComparisonFixture.cs): zh tokens 1200 in the
# target (2013..2014), 1800 in the reference (2010, 2011); concepts then words.
FIXTURE = [
    (0, 7, 1200, 1800), (5, 1, 1200, 1800), (2, 1, 1200, 1800),
    (10, 2, 1200, 1800), (1, 14, 1200, 1800), (25, 35, 1200, 1800),
]

if __name__ == "__main__":
    print("ft fr nt nr | g2 chi2 chi2_yates log_ratio p")
    for case in CASES:
        g = g2(*case)
        print(case, repr(g), repr(chi2(*case, False)), repr(chi2(*case, True)), repr(log_ratio(*case)), repr(p_one_df(g)))
    print("Fixture cases:")
    for case in FIXTURE:
        g = g2(*case)
        print(case, repr(g), repr(chi2(*case, False)), repr(chi2(*case, True)), repr(log_ratio(*case)), repr(p_one_df(g)))
    print("Dunning 1993 Table 1 (k11, k12, k21, k22 as ft, fr, nt-ft, nr-fr):")
    for k11, k12, k21, k22 in [(110, 2442, 111, 29114), (29, 13, 123, 31612), (9, 12, 429, 31327)]:
        print((k11, k12, k21, k22), repr(abs(g2(k11, k12, k11 + k21, k12 + k22))))
    print("Rayson & Garside two-term LL, UCREL example 52/50000 vs 57/75000:", repr(rayson_garside(52, 57, 50000, 75000)))
    print("Tail p values:")
    for x in [3.841458820694124, 6.634896601021214, 10.827566170662733, 100.0, 500.0, 1000.0, 1400.0]:
        print(repr(x), repr(p_one_df(x)))
