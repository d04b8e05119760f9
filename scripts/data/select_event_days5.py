#!/usr/bin/env python3
"""Candidate days for the fifth, held-out event set (Benchmarks/labels/ant-events5.tsv).

Reuses select_event_days2.py unchanged (same corpus, sections, `published` day, 70-110 window);
the only difference is the exclusion list: the days of sets 1-4 and the day before/after each.

    python3 scripts/data/select_event_days5.py                 # candidate table (70-110 articles)
    python3 scripts/data/select_event_days5.py list 2018-04-02 # id, outlet, title for one day
    python3 scripts/data/select_event_days5.py ids             # the selected ids (CHOSEN days)
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_event_days2 as base
import select_event_days3 as set3
import select_event_days4 as set4

SET4 = set4.CHOSEN
CHOSEN = ["2018-02-27", "2018-04-22", "2018-06-20"]  # g1, g2, g3

base.FIRST_SET = set3.SET1 + set3.SET2 + set3.CHOSEN + SET4  # excluded(): these days and their neighbours

if __name__ == "__main__":
    if sys.argv[1:] == ["ids"]:
        sys.argv += CHOSEN
    base.main()
