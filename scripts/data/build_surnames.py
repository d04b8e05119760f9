#!/usr/bin/env python3
"""Builds Sources/KhabarExtract/Resources/lexicon/surnames-compiled.tsv: family names that Persian
news (Fars News, farsnews_fa corpus, Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring)
writes after a listed given name, so that the same word said alone in other articles names a
person (issue 5, eighth round).

Rule: every Fars News article that is in no evaluation sample (earlier samples and the eighth
sample, whose articles are chosen by its rule before this table is built) is run through the
extractor of the seventh round (the EntityCorpusDumpTests tool); a family name is the second word
of a two-word person the extractor read by pattern (no gazetteer entry) whose first word is a
listed given name (firstnames.tsv, firstnames-compiled.tsv). It is kept when it was so read in
three articles or more, has four letters or more, is no frequent word (commonwords.tsv), given
name, stop word, title or speech verb, and at least 30% of its occurrences in those articles are
as such a family name (ordinary words such as آماده, عدالت, دوستی fall below). The few ordinary
words that pass (ORDINARY, read by hand) are left out. Only the names are kept, no text.

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_surnames.py ../shared/corpora --articles /tmp/fa.jsonl
    KHABAR_ENTITY_DUMP_IN=/tmp/fa.jsonl KHABAR_ENTITY_DUMP_OUT=/tmp/fa.tsv \
        swift test --filter EntityCorpusDumpTests                        # with the seventh round's code
    python3 scripts/data/build_surnames.py ../shared/corpora --dump /tmp/fa.tsv /tmp/fa.jsonl
"""
import collections
import json
import lzma
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample8 as sample8  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
LEXICON = ROOT / "Sources" / "KhabarExtract" / "Resources" / "lexicon"
OUT = LEXICON / "surnames-compiled.tsv"
MIN_ARTICLES, MIN_LETTERS, MIN_SHARE = 3, 4, 0.30
# Ordinary words (and fragments of longer names) that pass the rule, read by hand.
ORDINARY = {"اورا", "ترکی", "کشاورز", "زرگر", "موحد", "سعادتمند", "فیاض", "رهنما", "سرخوش", "آذری", "سمندر",
            "بنگر", "زاده", "روبن", "خانزاده", "کاشانی", "شکاری", "مشرف", "پیشرو", "مشهود", "دهقانی", "عالیقدر",
            "مکانی", "ملکی", "درویش", "عسکری", "سیدی", "یاوری",
            "کرمی", "مویس"}  # کرمی folds like گرمی "warmth"; مویس is a given name (مویس کین)
FOLD = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی", "\u200c": "", "ة": "ه"})


def key(word):
    return word.translate(FOLD)


def rows(name):
    for line in open(LEXICON / name, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        yield line.rstrip("\n").split("\t")


def write_articles(corpora, path):
    excluded = sample8.used_ids() | set(sample8.select(corpora)[0]["fa"]) | set(sample8.select(corpora)[0]["ar"])
    with open(path, "w", encoding="utf-8") as out, lzma.open(corpora / "farsnews_fa.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            if item["id"] not in excluded:
                out.write(json.dumps({"id": item["id"], "language": "fa", "text": item["text"]}, ensure_ascii=False) + "\n")


def build(dump, articles):
    common = {key(f[1].lstrip("~")) for f in rows("commonwords.tsv") if f[0] in ("fa", "*")}
    given = {key(f[1].lstrip("~")) for name in ["firstnames.tsv", "firstnames-compiled.tsv"] for f in rows(name) if len(f) > 1}
    other = {key(f[1].lstrip("~")) for name in ["stopwords.tsv", "titles.tsv", "speech.tsv"] for f in rows(name) if len(f) > 1}
    seen, count, written = collections.defaultdict(set), collections.Counter(), {}
    for line in open(dump, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) < 6 or f[1] != "person" or not f[5].startswith("kh:person/~"):
            continue
        words = f[4].split()
        if len(words) != 2 or key(words[0]) not in given:
            continue
        k = key(words[1])
        seen[k].add(f[0])
        count[k] += 1
        written.setdefault(k, words[1].replace("ي", "ی").replace("ك", "ک"))
    tokens = collections.Counter()
    for line in open(articles, encoding="utf-8"):
        for w in re.findall(r"[\u0600-\u06FF\u200c]+", json.loads(line)["text"]):
            tokens[key(w)] += 1
    kept = sorted(written[k] for k, ids in seen.items()
                  if len(ids) >= MIN_ARTICLES and len(k) >= MIN_LETTERS and k not in common | given | other
                  and k not in ORDINARY and count[k] / max(1, tokens[k]) >= MIN_SHARE)
    header = [
        "# Khabar extraction lexicon: family names compiled from Fars News (farsnews_fa corpus, Apache-2.0,\n",
        "# github language-ml/course-nlp-ir-1-text-exploring; evaluation samples left out): words the news\n",
        "# writes after a listed given name in three articles or more and uses mostly so. Built by\n",
        "# scripts/data/build_surnames.py; only the names are kept, no text.\n",
        "# Format: language TAB name.\n",
    ]
    with open(OUT, "w", encoding="utf-8") as out:
        out.writelines(header)
        out.writelines(f"fa\t{name}\n" for name in kept)
    print(len(kept), "family names")


def main():
    argv = sys.argv
    corpora = pathlib.Path(argv[1])
    if "--articles" in argv:
        write_articles(corpora, argv[argv.index("--articles") + 1])
    elif "--dump" in argv:
        i = argv.index("--dump")
        build(argv[i + 1], argv[i + 2])


if __name__ == "__main__":
    main()
