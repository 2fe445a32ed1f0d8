#!/usr/bin/env python3
"""Writes a synthetic corpus of short paper abstracts for the memory benchmark (bench/memory.sh).

Usage: bench/synthetic-abstracts.py OUT_DIR [COUNT] [SEED]

COUNT abstracts (default 200,000), two in three Chinese (about 150-300 characters), one in three English (about
80-160 words), built from a fixed phrase list that includes the default lexicon's terms, in folders of 1,000 files,
with a manifest.csv (id, path, title, year, source). Deterministic for a given SEED. The texts are not real: they
exist to make a corpus of a realistic size, document count and vocabulary growth.
"""
import os
import random
import sys

ZH = ["社会治理", "基层治理", "协同治理", "网格化管理", "社区治理", "数字治理", "法治", "自治", "德治", "三治融合",
      "社会管理", "党建引领", "共建共治共享", "组织动员", "公共服务", "政府职能", "治理能力", "治理体系", "现代化",
      "乡村振兴", "城市治理", "多元主体", "制度创新", "政策执行", "地方政府", "公众参与", "风险防控", "应急管理"]
ZH_GLUE = ["研究", "发现", "表明", "本文", "分析了", "探讨了", "基于", "视角", "机制", "路径", "实践", "案例", "问题",
           "对策", "以", "为例", "在", "中", "的", "和", "与", "推进", "提升", "构建", "完善", "创新", "发展", "改革"]
EN = ["social governance", "grassroots governance", "collaborative governance", "grid management", "community governance",
      "digital governance", "rule of law", "self-governance", "public service", "state capacity", "local government",
      "policy implementation", "party building", "citizen participation", "risk management", "modernization"]
EN_GLUE = ["this", "paper", "study", "we", "find", "that", "the", "of", "in", "and", "a", "an", "how", "through",
           "evidence", "from", "China", "cities", "rural", "reform", "institutional", "analysis", "data", "survey",
           "effects", "mechanism", "outcomes", "policy", "shows", "argues", "case", "local", "officials", "residents"]


def chinese(rng):
    parts = []
    for _ in range(rng.randint(8, 16)):
        sentence = "".join(rng.choice(ZH_GLUE if rng.random() < 0.6 else ZH) for _ in range(rng.randint(5, 10)))
        parts.append(sentence + "。")
    return "".join(parts)


def english(rng):
    sentences = []
    for _ in range(rng.randint(5, 9)):
        words = [rng.choice(EN) if rng.random() < 0.15 else rng.choice(EN_GLUE) for _ in range(rng.randint(12, 22))]
        # A rare made-up word now and then, so the vocabulary keeps growing with the corpus as real text does.
        if rng.random() < 0.3:
            words.append("term%d" % rng.randint(0, 50_000))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20_140_305)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.csv"), "w", encoding="utf-8", newline="\n") as manifest:
        manifest.write("id,path,title,year,source\n")
        for i in range(count):
            folder = "part%04d" % (i // 1000)
            os.makedirs(os.path.join(out, folder), exist_ok=True)
            doc_id = "abs%06d" % i
            path = "%s/%s.txt" % (folder, doc_id)
            text = english(rng) if rng.random() < 1 / 3 else chinese(rng)
            with open(os.path.join(out, path), "w", encoding="utf-8", newline="\n") as f:
                f.write(text + "\n")
            manifest.write("%s,%s,Abstract %d,%d,journal%d\n" % (doc_id, path, i, rng.randint(1995, 2025), rng.randint(1, 40)))


if __name__ == "__main__":
    main()
