#!/usr/bin/env python3
"""Builds Tests/KhabarExtractTests/Fixtures/entity-sample8.txt, the eighth-round sample of person /
organisation / place mentions in article openings (issue 5, eighth round), measured once.

Selection rule, fixed before any annotation (the seventh sample's rule with a new salt and 20 + 20
articles): among the articles of Fars News (farsnews_fa) and of the ANT corpus (Middle East /
international news) whose text is at least 400 characters long, that are in none of the earlier
samples (build_entity_sample.py, build_body_sample.py, build_body6_sample.py,
build_entity_sample7.py) and none of the unannotated articles read while tuning the eighth round
(GUARD_SALT below: 200 Fars News and 150 ANT articles, and 150 more Fars News sports articles from
varzesh3), the 20 Persian and the 20 Arabic ones with the smallest SHA-256 of "khabar-extract8:" +
id. Excerpt: the opening sentences up to ~450 characters (build_entity_sample.excerpt). The whole
sample is one untouched part: it was annotated by hand and committed before the extractor ran on
it, then measured once with the round's final code; nothing was changed after.

Conventions: those of build_entity_sample7.py.

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_entity_sample8.py ../shared/corpora          # writes the fixture
    python3 scripts/data/build_entity_sample8.py ../shared/corpora --show   # prints the excerpts
"""
import hashlib
import json
import lzma
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample as earlier  # noqa: E402
import build_entity_sample7 as sample7  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "KhabarExtractTests" / "Fixtures"
SALT = "khabar-extract8:"
GUARD_SALT = "khabar-guard8:"
COUNTS = {"fa": 20, "ar": 20}
P, O, L = "person", "organization", "place"

SAMPLE8 = {
}


def used_ids():
    return sample7.used_ids() | set(sample7.SAMPLE7)


def eligible(item):
    if len(item["text"]) < 400:
        return False
    return item["language"] == "fa" or item["id"].split("-")[1] in ("middleEast", "internationalNews")


def articles(corpora):
    for name in ["farsnews_fa.jsonl.xz", "ant_multisource_ar.jsonl.xz"]:
        with lzma.open(corpora / name, "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


def digest(salt, article_id):
    return hashlib.sha256((salt + article_id).encode("utf-8")).hexdigest()


def guard_ids(corpora):
    """The unannotated articles read while tuning the eighth round."""
    used = used_ids()
    fa, ar, sport = [], [], []
    for item in articles(corpora):
        if item["id"] in used or not eligible(item):
            continue
        d = digest(GUARD_SALT, item["id"])
        (fa if item["language"] == "fa" else ar).append((d, item["id"]))
        if "varzesh3" in item["id"]:
            sport.append((d, item["id"]))
    chosen = [i for _, i in sorted(fa)[:200]] + [i for _, i in sorted(ar)[:150]]
    taken = set(chosen)
    return taken | set([i for _, i in sorted(sport) if i not in taken][:150])


def select(corpora):
    used = used_ids() | guard_ids(corpora)
    candidates = {"fa": [], "ar": []}
    texts = {}
    for item in articles(corpora):
        if item["id"] in used or not eligible(item):
            continue
        candidates[item["language"]].append((digest(SALT, item["id"]), item["id"]))
        texts[item["id"]] = item
    chosen = {language: [i for _, i in sorted(candidates[language])[:COUNTS[language]]] for language in COUNTS}
    return chosen, texts


def excerpt(text):
    return sample7.excerpt(text)


def main():
    argv = sys.argv
    corpora = pathlib.Path(argv[1] if len(argv) > 1 else ROOT.parent / "shared" / "corpora")
    chosen, texts = select(corpora)
    if "--show" in argv:
        for language in ["fa", "ar"]:
            for rank, article_id in enumerate(chosen[language]):
                print(f"== {rank} {article_id}\n{excerpt(texts[article_id]['text'])}\n")
        return
    part = {}
    for language in ["fa", "ar"]:
        for article_id in chosen[language]:
            if article_id not in SAMPLE8:
                sys.exit(f"selection rule picks an unannotated article: {article_id}")
            part[article_id] = SAMPLE8[article_id]
    header = [
        "# Hand-annotated evaluation sample for EntityExtractor (built by scripts/data/build_entity_sample8.py).\n",
        "# Persian excerpts: Fars News via farsnews_fa (Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring).\n",
        "# Arabic excerpts: ANT corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; cite when used).\n",
        "# The texts are the outlets' own; only these opening sentences are kept, for evaluation.\n",
        "# Format: '@ id<TAB>language<TAB>url', then one line of text with [[type|name]] marks\n",
        "# (type: person, organization, place). Annotated by hand by the Khabar developers.\n",
    ]
    earlier.write_marked(OUT / "entity-sample8.txt", header, part, texts, excerpt, True, "excerpts")


if __name__ == "__main__":
    main()
