#!/usr/bin/env python3
"""Builds Tests/KhabarExtractTests/Fixtures/entity-sample9.txt, the ninth-round sample of person /
organisation / place mentions in article openings (issue 5, ninth round), measured once.

Selection rule, fixed before any annotation (the eighth sample's rule with a new salt): among the
articles of Fars News (farsnews_fa) and of the ANT corpus (Middle East / international news)
whose text is at least 400 characters long, that are in none of the earlier samples (every
sample up to build_entity_sample8.py), none of the unannotated articles read while tuning the
eighth round (build_entity_sample8.GUARD_SALT) and none of those read while tuning the ninth
(GUARD_SALT below: 200 Fars News and 150 ANT articles, and 150 more Fars News sports articles from
varzesh3), the 20 Persian and the 20 Arabic ones with the smallest SHA-256 of "khabar-extract9:" +
id. Excerpt: the opening sentences up to ~450 characters (build_entity_sample.excerpt). The whole
sample is one untouched part: it was annotated by hand and committed before the extractor ran on
it, then measured once with the round's final code; nothing was changed after.

Conventions: those of build_entity_sample7.py and build_entity_sample8.py (a club and its country
are two mentions: لیل فرانسه; شرکت outside a company's name; a festival's or a municipality
district's body annotated whole).

Run from the repository root with the corpora beside it:
    python3 scripts/data/build_entity_sample9.py ../shared/corpora          # writes the fixture
    python3 scripts/data/build_entity_sample9.py ../shared/corpora --show   # prints the excerpts
    python3 scripts/data/build_entity_sample9.py ../shared/corpora --guard FILE.jsonl
        # writes the ninth round's unannotated tuning articles (first 1,500 characters)
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import build_entity_sample as earlier  # noqa: E402
import build_entity_sample8 as sample8  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests" / "KhabarExtractTests" / "Fixtures"
SALT = "khabar-extract9:"
GUARD_SALT = "khabar-guard9:"
COUNTS = {"fa": 20, "ar": 20}
P, O, L = "person", "organization", "place"

SAMPLE9 = {
}


def earlier_ids(corpora):
    """Every article of an earlier sample or read while tuning the eighth round."""
    return sample8.used_ids() | set(sample8.SAMPLE8) | sample8.guard_ids(corpora)


def guard_ids(corpora, used):
    """The unannotated articles read while tuning the ninth round."""
    fa, ar, sport = [], [], []
    for item in sample8.articles(corpora):
        if item["id"] in used or not sample8.eligible(item):
            continue
        d = sample8.digest(GUARD_SALT, item["id"])
        (fa if item["language"] == "fa" else ar).append((d, item["id"]))
        if "varzesh3" in item["id"]:
            sport.append((d, item["id"]))
    chosen = [i for _, i in sorted(fa)[:200]] + [i for _, i in sorted(ar)[:150]]
    taken = set(chosen)
    return chosen + [i for _, i in sorted(sport) if i not in taken][:150]


def select(corpora):
    earlier_used = earlier_ids(corpora)
    used = earlier_used | set(guard_ids(corpora, earlier_used))
    candidates = {"fa": [], "ar": []}
    texts = {}
    for item in sample8.articles(corpora):
        if item["id"] in used or not sample8.eligible(item):
            continue
        candidates[item["language"]].append((sample8.digest(SALT, item["id"]), item["id"]))
        texts[item["id"]] = item
    chosen = {language: [i for _, i in sorted(candidates[language])[:COUNTS[language]]] for language in COUNTS}
    return chosen, texts


def excerpt(text):
    return sample8.excerpt(text)


def write_guard(corpora, path):
    ids = guard_ids(corpora, earlier_ids(corpora))
    wanted = set(ids)
    rows = {}
    for item in sample8.articles(corpora):
        if item["id"] in wanted:
            rows[item["id"]] = {"id": item["id"], "language": item["language"], "text": item["text"][:1500]}
    with open(path, "w", encoding="utf-8") as f:
        for article_id in ids:
            f.write(json.dumps(rows[article_id], ensure_ascii=False) + "\n")
    print(f"{path}: {len(ids)} articles")


def main():
    argv = sys.argv
    corpora = pathlib.Path(argv[1] if len(argv) > 1 else ROOT.parent / "shared" / "corpora")
    if "--guard" in argv:
        write_guard(corpora, argv[argv.index("--guard") + 1])
        return
    chosen, texts = select(corpora)
    if "--show" in argv:
        for language in ["fa", "ar"]:
            for rank, article_id in enumerate(chosen[language]):
                print(f"== {rank} {article_id}\n{excerpt(texts[article_id]['text'])}\n")
        return
    part = {}
    for language in ["fa", "ar"]:
        for article_id in chosen[language]:
            if article_id not in SAMPLE9:
                sys.exit(f"selection rule picks an unannotated article: {article_id}")
            part[article_id] = SAMPLE9[article_id]
    header = [
        "# Hand-annotated evaluation sample for EntityExtractor (built by scripts/data/build_entity_sample9.py).\n",
        "# Persian excerpts: Fars News via farsnews_fa (Apache-2.0, github language-ml/course-nlp-ir-1-text-exploring).\n",
        "# Arabic excerpts: ANT corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, AICCSA 2017; cite when used).\n",
        "# The texts are the outlets' own; only these opening sentences are kept, for evaluation.\n",
        "# Format: '@ id<TAB>language<TAB>url', then one line of text with [[type|name]] marks\n",
        "# (type: person, organization, place). Annotated by hand by the Khabar developers.\n",
    ]
    earlier.write_marked(OUT / "entity-sample9.txt", header, part, texts, excerpt, True, "excerpts")


if __name__ == "__main__":
    main()
