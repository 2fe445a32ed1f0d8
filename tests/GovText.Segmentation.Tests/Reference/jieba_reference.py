"""Reference oracle for the parity tests: python3-jieba 0.42.1 answering batched requests.

Reads one JSON request per stdin line and writes one JSON response per stdout line (ASCII-escaped,
so the pipe's encoding cannot matter). A request:
  {"ops": [["add_word", word, freq|null, tag|null], ["del_word", word],
           ["suggest_freq", word-or-list, tune], ["load_userdict", text]],
   "cuts": [{"mode": "accurate"|"search"|"full"|"posseg", "hmm": true|false, "lines": [...]}],
   "keywords": [{"method": "tfidf"|"textrank", "topK": n|null, "allowPOS": [...], "texts": [...]}]}
A posseg cut gives each pair as "word/flag" (flags never hold '/', so this is unambiguous); keywords give
[[word, weight], ...] per text (json writes floats with repr, so every bit survives).
Each request starts from a fresh Tokenizer sharing the default dictionary (FREQ copied, so ops of one
request never leak into the next) and an empty finalseg.Force_Split_Words (a process-wide global in jieba).
Response: {"ops": [result-or-null, ...], "cuts": [[[token, ...] per line] per cut], "total": total,
           "keywords": [[[[word, weight], ...] per text] per request]}.
"""
import io
import json
import sys

import jieba
import jieba.analyse
import jieba.finalseg
import jieba.posseg

jieba.setLogLevel(60)
jieba.dt.check_initialized()
BASE_FREQ = jieba.dt.FREQ
BASE_TOTAL = jieba.dt.total
BASE_TAGS = jieba.posseg.dt.word_tag_tab
TFIDF = jieba.analyse.TFIDF()
TEXTRANK = jieba.analyse.TextRank()


def fresh():
    t = jieba.Tokenizer()
    t.FREQ = dict(BASE_FREQ)
    t.total = BASE_TOTAL
    t.initialized = True
    jieba.finalseg.Force_Split_Words.clear()
    return t


def fresh_pos(t):
    # A POSTokenizer over t without re-reading dict.txt: the same tag table POSTokenizer(t) would load.
    p = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    p.tokenizer = t
    p.word_tag_tab = dict(BASE_TAGS)
    return p


def run(req):
    t = fresh()
    pt = fresh_pos(t)
    results = []
    for op in req.get("ops", []):
        name = op[0]
        if name == "add_word":
            t.add_word(op[1], op[2], op[3])
            results.append(None)
        elif name == "del_word":
            t.del_word(op[1])
            results.append(None)
        elif name == "suggest_freq":
            seg = op[1] if isinstance(op[1], str) else tuple(op[1])
            results.append(t.suggest_freq(seg, op[2]))
        elif name == "load_userdict":
            f = io.BytesIO(op[1].encode("utf-8"))
            f.name = "userdict"
            t.load_userdict(f)
            results.append(None)
        else:
            raise ValueError("unknown op " + name)
    cuts = []
    for cut in req.get("cuts", []):
        mode, hmm = cut["mode"], cut["hmm"]
        if mode == "accurate":
            cuts.append([t.lcut(line, HMM=hmm) for line in cut["lines"]])
        elif mode == "search":
            cuts.append([t.lcut_for_search(line, HMM=hmm) for line in cut["lines"]])
        elif mode == "full":
            cuts.append([t.lcut(line, cut_all=True, HMM=hmm) for line in cut["lines"]])
        elif mode == "posseg":
            cuts.append([["%s/%s" % (p.word, p.flag) for p in pt.lcut(line, HMM=hmm)] for line in cut["lines"]])
        else:
            raise ValueError("unknown mode " + mode)
    keywords = []
    for kw in req.get("keywords", []):
        pos = tuple(kw.get("allowPOS") or ())
        if kw["method"] == "tfidf":
            TFIDF.tokenizer, TFIDF.postokenizer = t, pt
            keywords.append([TFIDF.extract_tags(x, topK=kw["topK"], withWeight=True, allowPOS=pos) for x in kw["texts"]])
        elif kw["method"] == "textrank":
            TEXTRANK.tokenizer = TEXTRANK.postokenizer = pt
            keywords.append([TEXTRANK.textrank(x, topK=kw["topK"], withWeight=True, allowPOS=pos) for x in kw["texts"]])
        else:
            raise ValueError("unknown keyword method " + kw["method"])
    return {"ops": results, "cuts": cuts, "total": t.total, "keywords": keywords}


def main():
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="\n")
    for line in stdin:
        if not line.strip():
            continue
        sys.stdout.write(json.dumps(run(json.loads(line)), ensure_ascii=True) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
