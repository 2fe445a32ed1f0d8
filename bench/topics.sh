#!/usr/bin/env bash
# Topics and clusters on the Government Work Reports by paragraph: GovText (ML.NET LightLDA, k-means++) side by side
# with scikit-learn (Debian python3-sklearn: LatentDirichletAllocation, KMeans) on the SAME bag of words
# (govtext topics --write-corpus), with coherence computed by one Python implementation of GovText's formulas for both.
# Reports CPU seconds, wall seconds and peak RSS (/usr/bin/time). Run on a quiet machine and note the load average.
# Usage: bench/topics.sh [K] [OUT]     (default K=12, OUT=/tmp/govtext-bench-topics)
set -euo pipefail
cd "$(dirname "$0")/.."
K="${1:-12}"
OUT="${2:-/tmp/govtext-bench-topics}"
CORPUS=../shared/corpora/gwr
MANIFEST="$CORPUS/manifest.csv"
rm -rf "$OUT"; mkdir -p "$OUT"

if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-sklearn
fi
# GOVTEXT: a govtext already built (e.g. "dotnet /path/govtext.dll"); else the Release build of this checkout.
if [ -n "${GOVTEXT:-}" ]; then G="$GOVTEXT"; else
  dotnet build src/GovText.Cli -c Release -v q >/dev/null
  G="dotnet src/GovText.Cli/bin/Release/net10.0/govtext.dll"
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

/usr/bin/time -f "govtext topics: wall %e s, user %U s, sys %S s, peak %M KB" \
  $G topics "$CORPUS" --manifest "$MANIFEST" --unit paragraph --topics "$K" --write-corpus --no-charts -q --out "$OUT/govtext-topics"
/usr/bin/time -f "govtext clusters: wall %e s, user %U s, sys %S s, peak %M KB" \
  $G clusters "$CORPUS" --manifest "$MANIFEST" --clusters 6 --no-charts -q --out "$OUT/govtext-clusters"

cat > "$OUT/reference.py" <<'PY'
import csv, math, sys, time, resource
from collections import defaultdict
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.decomposition import LatentDirichletAllocation
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.metrics import silhouette_score

out, k = sys.argv[1], int(sys.argv[2])
units, docs = [], []
vocab = {}
with open(f"{out}/govtext-topics/topic_corpus.tsv", encoding="utf-8") as f:
    next(f)
    for line in f:
        doc, para, terms = line.rstrip("\n").split("\t")
        bag = {}
        for item in terms.split(" "):
            term, count = item.rsplit(":", 1)
            bag[vocab.setdefault(term, len(vocab))] = int(count)
        units.append(bag); docs.append(doc)
rows, cols, vals = [], [], []
for i, bag in enumerate(units):
    for t, c in bag.items():
        rows.append(i); cols.append(t); vals.append(c)
X = csr_matrix((vals, (rows, cols)), shape=(len(units), len(vocab)), dtype=np.float64)
names = [None] * len(vocab)
for term, i in vocab.items(): names[i] = term

def coherence(top):
    sets = [set(b) for b in units]
    n = len(sets)
    df = {t: sum(1 for s in sets if t in s) for t in top}
    co = lambda a, b: sum(1 for s in sets if a in s and b in s)
    um = [math.log((co(top[m], top[l]) + 1) / df[top[l]]) for m in range(1, len(top)) for l in range(m)]
    def npmi(a, b):
        pij = co(a, b) / n
        if pij <= 0: return -1.0
        if pij >= 1: return 1.0
        return math.log(pij / (df[a] / n * df[b] / n)) / -math.log(pij)
    nm = [npmi(top[i], top[j]) for i in range(len(top)) for j in range(i + 1, len(top))]
    return sum(um) / len(um), sum(nm) / len(nm)

def report(label, beta):
    scores = [coherence(list(np.argsort(-beta[t], kind="stable")[:10])) for t in range(beta.shape[0])]
    print(f"{label}: mean UMass {np.mean([s[0] for s in scores]):.3f}, mean NPMI {np.mean([s[1] for s in scores]):.3f}")

t0 = time.process_time()
lda = LatentDirichletAllocation(n_components=k, doc_topic_prior=0.1, topic_word_prior=0.01, learning_method="batch",
                                max_iter=100, random_state=1)
lda.fit(X)
print(f"sklearn LDA: cpu {time.process_time() - t0:.1f} s, peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} KB")
report("sklearn LDA", lda.components_ / lda.components_.sum(axis=1, keepdims=True))

# GovText's topics, scored by the same Python code: the two columns are comparable.
beta = np.zeros((k, len(vocab)))
with open(f"{out}/govtext-topics/topic_terms.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["term"] in vocab: beta[int(row["topic"]) - 1, vocab[row["term"]]] = float(row["weight"])
report("govtext LDA (same scorer)", beta)

by_doc = defaultdict(lambda: defaultdict(int))
for doc, bag in zip(docs, units):
    for t, c in bag.items(): by_doc[doc][t] += c
ids = sorted(by_doc)
D = csr_matrix(([c for d in ids for c in by_doc[d].values()],
                ([i for i, d in enumerate(ids) for _ in by_doc[d]], [t for d in ids for t in by_doc[d]])), shape=(len(ids), len(vocab)))
t0 = time.process_time()
V = TfidfTransformer(norm="l2", smooth_idf=True).fit_transform(D)
km = KMeans(n_clusters=6, init="k-means++", n_init=1, random_state=1).fit(V)
print(f"sklearn KMeans: cpu {time.process_time() - t0:.2f} s, sizes {sorted(np.bincount(km.labels_).tolist(), reverse=True)}, "
      f"mean silhouette {silhouette_score(V, km.labels_, metric='euclidean'):.3f} ({len(ids)} documents, {len(vocab)} terms of the paragraph vocabulary)")
with open(f"{out}/govtext-clusters/cluster_model.csv", encoding="utf-8") as f:
    settings = {row["setting"]: row["value"] for row in csv.DictReader(f)}
with open(f"{out}/govtext-clusters/cluster_summary.csv", encoding="utf-8") as f:
    sizes = sorted((int(row["size"]) for row in csv.DictReader(f)), reverse=True)
print(f"govtext KMeans: sizes {sizes}, mean silhouette {float(settings['mean_silhouette']):.3f} "
      f"({settings['documents']} documents, {settings['features_count']} terms pruned by document frequency)")
with open(f"{out}/govtext-topics/topic_summary.csv", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
print(f"govtext LDA (its own topic_summary.csv): mean UMass {np.mean([float(r['coherence_umass']) for r in rows]):.3f}, "
      f"mean NPMI {np.mean([float(r['coherence_npmi']) for r in rows]):.3f}")
PY
/usr/bin/time -f "python reference: wall %e s, user %U s, sys %S s, peak %M KB" /usr/bin/python3 "$OUT/reference.py" "$OUT" "$K"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
