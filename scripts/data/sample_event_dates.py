#!/usr/bin/env python3
"""Draw the event-date gold sample: the 150 articles of the development event sets 1-4
(Benchmarks/labels/ant-events.tsv … ant-events4.tsv) with the smallest SHA-256 of
"khabar-eventdate:" + id. Never reads ant-events5.tsv (the held-out set).

Usage: sample_event_dates.py CORPUS.jsonl [N]   prints id, published, title and lead of each,
for annotation by hand (the text itself is not stored in the repository)."""
import hashlib, json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = ["ant-events.tsv", "ant-events2.tsv", "ant-events3.tsv", "ant-events4.tsv"]

def ids():
    out = set()
    for name in SETS:
        for line in (ROOT / "Benchmarks/labels" / name).read_text().splitlines():
            if line.startswith("#") or not line.strip():
                continue
            out.add(line.split("\t")[0])
    return out

def sample(n=150):
    key = lambda i: hashlib.sha256(("khabar-eventdate:" + i).encode()).hexdigest()
    return sorted(ids(), key=key)[:n]

def read_docs(corpus, wanted):
    """The corpus articles (JSON Lines) whose ids are in `wanted`, by id."""
    docs = {}
    with open(corpus) as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in wanted:
                docs[d["id"]] = d
    return docs

if __name__ == "__main__":
    corpus, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150
    chosen = sample(n)
    docs = read_docs(corpus, set(chosen))
    for i in chosen:
        d = docs[i]
        print(f"=== {i}\t{d['published']}")
        print("T:", d["title"])
        print("L:", d["text"][:600].replace("\n", " / "))
