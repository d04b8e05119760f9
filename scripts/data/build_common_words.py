#!/usr/bin/env python3
"""Builds Sources/KhabarExtract/Resources/lexicon/commonwords.tsv: the most frequent Persian word
forms of the farsnews_fa corpus (Fars News 2003–2021, Apache-2.0, from github
language-ml/course-nlp-ir-1-text-exploring), less every word of a gazetteer alias, every given name,
every given name with the yeh of relation (a family name: محمدی, حسینی) and every title or marker
word. A name read from a pattern after a team marker or a Persian place
marker that is one of these words (تیم داوری, شهر بهشت) is a common word, not a name.

Only word frequencies are kept (no text). Keys are folded like the extractor's match keys (Arabic
yeh and kaf to Persian, ZWNJ dropped, hamza forms unified) so that old-style spellings count
together.

The Persian rows in the repository were built before later gazetteer additions; a rerun drops
the few words that have since become alias words (سیاسی…), which the fifth round did not apply.

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_common_words.py ../shared/corpora
"""
import collections
import json
import lzma
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "Sources" / "KhabarExtract" / "Resources"
OUT = RESOURCES / "lexicon" / "commonwords.tsv"
TOP = 1200
# Arabic: the most frequent word forms of the ANT corpus v2.1 (Chouigui, Ben Khiroun, Elayeb,
# AICCSA 2017), less the same exclusions; a pattern-read Arabic name does not go on with one of
# them, with a proclitic or a pronoun suffix on one, or with one in the accusative (EntityExtractor).
TOP_AR = 3000

FOLD = {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0626": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647",
        "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627", "\u0624": "\u0648",
        "\u200c": "", "\u0621": "", "\u0640": ""}
WORD = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+")


def key(word):
    word = re.sub(r"[\u064b-\u065f\u0670]", "", word)
    return "".join(FOLD.get(c, c) for c in word).strip()


def excluded():
    """Words of gazetteer aliases, given names and title words."""
    words = set()
    for path in (RESOURCES / "gazetteer").glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) < 6:
                continue
            for alias in fields[5].split("|"):
                for w in WORD.findall(alias.lstrip("~^+@")):
                    words.add(key(w))
    for name in ["firstnames", "titles"]:
        for line in (RESOURCES / "lexicon" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split("\t")
            for w in WORD.findall(fields[1].lstrip("~")):
                words.add(key(w))
    return words


def given_names():
    """Folded given names of every language."""
    names = set()
    for line in (RESOURCES / "lexicon" / "firstnames.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        names.add(key(line.split("\t")[1].lstrip("~")))
    return names


def main():
    corpora = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora")
    counts = collections.Counter()
    with lzma.open(corpora / "farsnews_fa.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            for w in WORD.findall(text):
                k = key(w)
                if len(k) >= 2:
                    counts[k] += 1
    skip = excluded()
    given = given_names()
    # A given name with the yeh of relation is a family name (محمدی, حسینی, کریمی), not a common word.
    chosen = [w for w, _ in counts.most_common() if w not in skip and not (w.endswith("\u06cc") and w[:-1] in given)][:TOP]
    header = (
        "# Khabar extraction lexicon: the most frequent Persian word forms of Fars News (farsnews_fa,\n"
        "# Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring), less gazetteer alias words,\n"
        "# given names and title words; folded keys, by descending frequency. Built by\n"
        "# scripts/data/build_common_words.py; only frequencies were used, no text is kept.\n"
        "# Format: language TAB word\n"
    )
    # A frequent Arabic word may still be a name the news repeats (سكريبال, برانسون). A word is
    # kept only with evidence that it is a noun or a verb: it also occurs with the article ال,
    # or right after a verbal particle (قد, لقد, لم, لن, سوف), at least thrice and in 2% of its
    # occurrences.
    counts_ar, definite, verbal = collections.Counter(), collections.Counter(), collections.Counter()
    particles = {key(w) for w in ["قد", "لقد", "لم", "لن", "سوف"]}
    with lzma.open(corpora / "ant_multisource_ar.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            previous = ""
            for w in WORD.findall(json.loads(line)["text"]):
                k = key(w)
                if len(k) >= 3:
                    counts_ar[k] += 1
                    if previous in particles:
                        verbal[k] += 1
                if k.startswith("ال") and len(k) >= 5:
                    definite[k[2:]] += 1
                previous = k
    def attested(w):
        need = max(3, 0.02 * counts_ar[w])
        return w.startswith("ال") or definite[w] >= need or verbal[w] >= need
    chosen_ar = [w for w, _ in counts_ar.most_common() if w not in skip and w not in given
                 and not (w.endswith("\u06cc") and w[:-1] in given) and attested(w)][:TOP_AR]
    header += (
        "# Arabic: the most frequent word forms (three letters or more) of the ANT corpus v2.1 (Chouigui,\n"
        "# Ben Khiroun, Elayeb, AICCSA 2017), with the same exclusions, each also seen with the article or\n"
        "# after a verbal particle (قد لم لن سوف); only frequencies were used.\n"
    )
    OUT.write_text(header + "".join(f"fa\t{w}\n" for w in chosen) + "".join(f"ar\t{w}\n" for w in chosen_ar), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(chosen)} + {len(chosen_ar)} words")


if __name__ == "__main__":
    main()
