"""Line-by-line parity of a peer's output with python jieba's (bench/peers.sh).

Usage: parity.py REFERENCE OUTPUT NAME [SHOW]
Prints one summary line "NAME: identical I of N lines (P%)" and up to SHOW (default 3) differing lines, each
with its line number and the tokens around the first difference. Output is compared as UTF-8 text; a line the
peer did not write counts as different.
"""
import sys

ref_path, out_path, name = sys.argv[1:4]
show = int(sys.argv[4]) if len(sys.argv) > 4 else 3
with open(ref_path, encoding="utf-8", newline="\n") as f:
    ref = f.read().split("\n")
with open(out_path, encoding="utf-8", errors="replace", newline="\n") as f:
    out = f.read().split("\n")
if ref and ref[-1] == "":
    ref.pop()
if out and out[-1] == "":
    out.pop()
total = max(len(ref), len(out))
same = sum(1 for a, b in zip(ref, out) if a == b)
print("%-22s identical %d of %d lines (%.2f%%)%s" % (
    name + ":", same, total, 100.0 * same / total if total else 100.0,
    "" if len(ref) == len(out) else "; line counts differ: python %d, %s %d" % (len(ref), name, len(out))))
shown = 0
for i in range(total):
    a = ref[i] if i < len(ref) else None
    b = out[i] if i < len(out) else None
    if a == b:
        continue
    if shown == show:
        break
    shown += 1
    ta = a.split(" / ") if a is not None else []
    tb = b.split(" / ") if b is not None else []
    k = 0
    while k < min(len(ta), len(tb)) and ta[k] == tb[k]:
        k += 1
    lo = max(0, k - 2)
    print("    line %d, token %d:" % (i + 1, k + 1))
    print("      %-11s%s%s" % ("python:", "… " if lo else "", " / ".join(ta[lo:k + 4]) if a is not None else "(missing)"))
    print("      %-11s%s%s" % (name + ":", "… " if lo else "", " / ".join(tb[lo:k + 4]) if b is not None else "(missing)"))
