#!/usr/bin/env python3
"""Candidate days for the second, held-out event set (Benchmarks/labels/ant-events2.tsv).

Same procedure as the first set: count politics/world articles (ids whose section part is
internationalNews or middleEast) per `published` day (first 10 characters), excluding the
first set's days and the day before/after each. Prints candidate days with per-outlet counts.

    python3 scripts/data/select_event_days2.py                 # candidate table (70-110 articles)
    python3 scripts/data/select_event_days2.py list 2018-07-03 # id, outlet, title for one day
    python3 scripts/data/select_event_days2.py ids 2018-07-03 2018-...  # the selected ids
"""
import collections, datetime, json, lzma, sys

CORPUS = "/work/shared/corpora/ant_multisource_ar.jsonl.xz"
SECTIONS = {"internationalNews", "middleEast"}
FIRST_SET = ["2018-06-12", "2018-10-16", "2018-05-08", "2018-05-14"]

def excluded():
    out = set()
    for d in FIRST_SET:
        day = datetime.date.fromisoformat(d)
        for k in (-1, 0, 1):
            out.add((day + datetime.timedelta(days=k)).isoformat())
    return out

def politics():
    with lzma.open(CORPUS, "rt") as f:
        for line in f:
            a = json.loads(line)
            parts = a["id"].split("-")
            if len(parts) >= 2 and parts[1] in SECTIONS and a.get("published"):
                yield a

def main():
    arts = list(politics())
    if len(sys.argv) > 1 and sys.argv[1] in ("list", "ids"):
        days = set(sys.argv[2:])
        for a in sorted(arts, key=lambda a: (a["published"], a["id"])):
            if a["published"][:10] in days:
                if sys.argv[1] == "ids":
                    print(a["id"], a["published"][:10], sep="\t")
                else:
                    print(a["id"], a["outlet"], a["published"], a["title"], sep="\t")
        return
    skip = excluded()
    per_day = collections.defaultdict(collections.Counter)
    for a in arts:
        per_day[a["published"][:10]][a["id"].split("-")[0]] += 1
    lo, hi = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (70, 110)
    for day in sorted(per_day):
        c = per_day[day]
        n = sum(c.values())
        if day in skip or not lo <= n <= hi:
            continue
        print(day, n, len(c), " ".join(f"{k}:{v}" for k, v in sorted(c.items())), sep="\t")

def run_for_later_set(excluded_days, chosen):
    """main() for a later set (select_event_days3.py, 4, 5): the days of the earlier sets (and
    their neighbours) are excluded, and `ids` with no day lists the set's chosen days."""
    global FIRST_SET
    FIRST_SET = list(excluded_days)
    if sys.argv[1:] == ["ids"]:
        sys.argv += chosen
    main()

if __name__ == "__main__":
    main()
