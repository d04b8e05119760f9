#!/usr/bin/env python3
"""Score khabar's event dating against the hand-made gold set
Tests/KhabarTimeTests/Fixtures/event-dates-ant.tsv.

Usage: score_event_dates.py KHABAR_BINARY CORPUS.jsonl [--errors]

Each article is written as a text report (`date YYYY-MM-DD` from the first ten characters of
`published`, then the text, as ingest sees it: the title is not part of the text) and analysed
with `khabar analyze --format json`; its `event_date` start day is compared with the gold day.
A gold `bg` (background, explainer) counts as right when the report gets its publication day
(the undated fallback); a gold `A|B` accepts either day."""
import json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_event_dates import read_docs

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "Tests/KhabarTimeTests/Fixtures/event-dates-ant.tsv"

def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    show = "--errors" in sys.argv
    gold = {}
    for line in GOLD.read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        i, day, note = line.split("\t")
        gold[i] = (day, note)
    docs = read_docs(corpus, gold)
    tmp = tempfile.mkdtemp(prefix="khabar-eventdates-")

    def run(i):
        d = docs[i]
        path = os.path.join(tmp, i + ".txt")
        with open(path, "w") as out:
            out.write(f"date {d['published'][:10]}\n{d['text']}\n")
        res = subprocess.run([binary, "analyze", path, "--format", "json"], capture_output=True, text=True)
        doc = json.loads(res.stdout)
        ev = doc.get("event_date")
        start = ev.get("start") if isinstance(ev, dict) else ev
        return i, start, doc.get("tense")

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        results = list(pool.map(run, sorted(gold)))
    right = total = 0
    for i, start, tense in results:
        day, note = gold[i]
        published = docs[i]["published"][:10]
        accepted = {published} if day == "bg" else set(day.split("|"))
        ok = start is not None and start[:10] in accepted
        total += 1
        right += ok
        if show and not ok:
            print(f"{i}\tgold {day}\tgot {start} {tense}\tpub {published}\t{note}")
    print(f"event dates right: {right}/{total} = {right / total:.3f}")

if __name__ == "__main__":
    main()
