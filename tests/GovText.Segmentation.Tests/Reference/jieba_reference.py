"""Reference oracle for the parity tests: python3-jieba 0.42.1 answering batched requests.

Reads one JSON request per stdin line and writes one JSON response per stdout line (ASCII-escaped,
so the pipe's encoding cannot matter). A request:
  {"ops": [["add_word", word, freq|null, tag|null], ["del_word", word],
           ["suggest_freq", word-or-list, tune], ["load_userdict", text]],
   "cuts": [{"mode": "accurate"|"search"|"full", "hmm": true|false, "lines": [...]}]}
Each request starts from a fresh Tokenizer sharing the default dictionary (FREQ copied, so ops of one
request never leak into the next) and an empty finalseg.Force_Split_Words (a process-wide global in jieba).
Response: {"ops": [result-or-null, ...], "cuts": [[[token, ...] per line] per cut], "total": total}.
"""
import io
import json
import sys

import jieba
import jieba.finalseg

jieba.setLogLevel(60)
jieba.dt.check_initialized()
BASE_FREQ = jieba.dt.FREQ
BASE_TOTAL = jieba.dt.total


def fresh():
    t = jieba.Tokenizer()
    t.FREQ = dict(BASE_FREQ)
    t.total = BASE_TOTAL
    t.initialized = True
    jieba.finalseg.Force_Split_Words.clear()
    return t


def run(req):
    t = fresh()
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
        else:
            raise ValueError("unknown mode " + mode)
    return {"ops": results, "cuts": cuts, "total": t.total}


def main():
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="\n")
    for line in stdin:
        if not line.strip():
            continue
        sys.stdout.write(json.dumps(run(json.loads(line)), ensure_ascii=True) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
